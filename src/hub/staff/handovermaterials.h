// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QJsonObject>
#include <QList>
#include <QString>

/** The words of a pledge's handovers, from the kiosk's own vocabulary (RecordVocabulary, as
    RecordSummary words a pledge on the receipt and the phone page): "Xi măng", "bao", "m²",
    "ngày công" / "Cement", "bags", "labour days". A materials handover keeps the keys the
    pledge has ("cement", "bao"; the resident's own words for "other"), so the board's totals
    add up per material and unit; the form offers them as choices. Pure. */
namespace HandoverMaterials {

/** One choice of the handover form. */
struct Choice
{
    QString value;  // stored: a vocabulary key, or the resident's own word
    QString label;  // shown
};

/** One material the pledge lists, with what is pledged. */
struct PledgedLine
{
    QString item;      // key or own word
    QString unit;      // key or own word
    double quantity = 0;
    QString text;      // "Xi măng 20 bao"
};

/** A stored unit in words: "m2" → "m²", "day" → "ngày công", "bao" → "bao" / "bags";
    anything else (an officer's own word) as it is. */
QString unitWord(const QString &unit, const QString &lang);
/** A stored material in words: "cement" → "Xi măng" / "Cement"; an own word as it is. */
QString itemWord(const QString &item, const QString &lang);

/** The materials of a pledge.materials payload, in its order. */
QList<PledgedLine> pledged(const QJsonObject &payload, const QString &lang);

/** The materials the form offers: the pledge's first, then the rest of the vocabulary. */
QList<Choice> itemChoices(const QJsonObject &payload, const QString &lang);
/** The units the form offers: the vocabulary's, then the pledge's own words. */
QList<Choice> unitChoices(const QJsonObject &payload, const QString &lang);
/** Whether value is one of choices. */
bool offers(const QList<Choice> &choices, const QString &value);

}
