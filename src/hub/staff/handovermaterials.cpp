// SPDX-License-Identifier: GPL-3.0-or-later
#include "staff/handovermaterials.h"

#include "records/record.h"
#include "records/recordsummary.h"
#include "text/formatting.h"

#include <QJsonArray>

namespace HandoverMaterials {

namespace {

QString t(const QString &lang, const char16_t *vi, const char16_t *en)
{
    return QString::fromUtf16(lang == u"en" ? en : vi);
}

/** The stored form of one line's item or unit: the key, or the resident's word for "other". */
QString stored(const QJsonObject &line, const QString &key, const QString &other)
{
    const QString value = line.value(key).toString();
    const QString own = line.value(other).toString();
    return value == u"other" && !own.isEmpty() ? own : value;
}

void addOnce(QList<Choice> &out, const QString &value, const QString &label)
{
    if (value.isEmpty())
        return;
    for (const Choice &c : std::as_const(out))
        if (c.value == value)
            return;
    out.append({value, label});
}

}

QString unitWord(const QString &unit, const QString &lang)
{
    if (unit == u"m2")
        return QStringLiteral("m²");
    if (unit == u"day")
        return t(lang, u"ngày công", u"labour days");
    return RecordSummary::choice(u"unit", unit, QString(), lang);
}

QString itemWord(const QString &item, const QString &lang)
{
    return RecordSummary::choice(u"item", item, QString(), lang);
}

QList<PledgedLine> pledged(const QJsonObject &payload, const QString &lang)
{
    QList<PledgedLine> out;
    const QJsonArray list = payload.value(QStringLiteral("items")).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject line = v.toObject();
        PledgedLine p;
        p.item = stored(line, QStringLiteral("item"), QStringLiteral("otherItem"));
        p.unit = stored(line, QStringLiteral("unit"), QStringLiteral("otherUnit"));
        p.quantity = line.value(QStringLiteral("quantity")).toDouble();
        // The words RecordSummary gives the receipt and the phone page.
        p.text = QStringLiteral("%1 %2 %3").arg(itemWord(p.item, lang), Formatting::decimal(p.quantity, lang),
                                                unitWord(p.unit, lang));
        out.append(p);
    }
    return out;
}

QList<Choice> itemChoices(const QJsonObject &payload, const QString &lang)
{
    QList<Choice> out;
    for (const PledgedLine &p : pledged(payload, lang))
        addOnce(out, p.item, itemWord(p.item, lang));
    for (const QString &key : RecordVocabulary::materialItems())
        if (key != u"other")
            addOnce(out, key, itemWord(key, lang));
    return out;
}

QList<Choice> unitChoices(const QJsonObject &payload, const QString &lang)
{
    QList<Choice> out;
    for (const QString &key : RecordVocabulary::materialUnits())
        if (key != u"other")
            addOnce(out, key, unitWord(key, lang));
    for (const PledgedLine &p : pledged(payload, lang))
        addOnce(out, p.unit, unitWord(p.unit, lang));
    return out;
}

bool offers(const QList<Choice> &choices, const QString &value)
{
    for (const Choice &c : choices)
        if (c.value == value)
            return true;
    return false;
}

}
