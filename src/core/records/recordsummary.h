// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "localizedtext.h"
#include "record.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

/** One fact of a record, in one language: its label and its value as a person reads it. */
struct SummaryLine
{
    QString label;
    QString value;
    QStringList items;      // a list instead of one value (materials)
    bool freeText = false;  // typed by the resident (a place, a description), not chosen
};

/** What a record pledges or reports, in words, from its payload — the one place the kiosk's
    receipt and the residents' phone page describe a record. Only the fields each kind is
    known to carry are read, so an unexpected key in a payload is never shown, and nothing
    about who made the record is (the payload holds no name or phone). */
namespace RecordSummary {

/** The kind's facts in reading order, labelled (the phone page's rows). */
QList<SummaryLine> lines(RecordKind kind, const QJsonObject &payload, QStringView language);

/** The same in one short line for the receipt screen: "250 m²", "3 ngày công",
    "Xi măng 20 bao, Cát 2,5 m³", or the place of a waste report. */
QString brief(RecordKind kind, const QJsonObject &payload, QStringView language);

/** A pick-list word ("skill", "item", "unit", "category"), or the resident's own word when
    they chose "other". */
QString choice(QStringView group, const QString &key, const QString &other, QStringView language);

}
