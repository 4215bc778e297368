// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QVariant>

/** How the hub's store writes times, JSON and digests into its tables, one way for every
    piece of the store so what one writes the others read back unchanged. */
namespace StoreFormats {

/** Now, UTC ISO 8601 with milliseconds and "Z": sorts as text in both dialects. */
QString nowUtc();
/** The JSON text columns hold: compact, keys sorted. */
QString compactJson(const QJsonObject &object);
/** A JSON text column read back; an empty object when it is not JSON. */
QJsonObject parseObject(const QString &text);
/** SHA-256 of bytes, lower-case hex. */
QString sha256Hex(const QByteArray &bytes);
/** The records.project_code of a payload: its work's code, NULL when it names none. */
QVariant projectColumn(const QJsonObject &payload);

}
