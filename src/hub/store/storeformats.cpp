// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/storeformats.h"

#include "hubdatabase.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>

namespace StoreFormats {

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QVariant projectColumn(const QJsonObject &payload)
{
    const QString code = payload.value(QStringLiteral("projectCode")).toString();
    return code.isEmpty() ? HubDatabase::nullText() : QVariant(code);
}

}
