// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordsummary.h"

#include "text/formatting.h"

#include <QDate>
#include <QJsonArray>

namespace RecordSummary {

namespace {

QString t(QStringView language, const char16_t *vi, const char16_t *en)
{
    return QString::fromUtf16(language == u"en" ? en : vi);
}

QString days(double n, QStringView language, bool labour)
{
    const QString number = Formatting::decimal(n, language);
    if (language == u"en")
        return (labour ? (n == 1 ? QStringLiteral("%1 labour day") : QStringLiteral("%1 labour days"))
                       : (n == 1 ? QStringLiteral("%1 day") : QStringLiteral("%1 days")))
                .arg(number);
    return (labour ? QStringLiteral("%1 ngày công") : QStringLiteral("%1 ngày")).arg(number);
}

QStringList materials(const QJsonObject &p, QStringView language)
{
    // "Xi măng 20 bao": the pick-list words, as the resident chose them.
    QStringList out;
    const QJsonArray list = p.value(QStringLiteral("items")).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject item = v.toObject();
        out << QStringLiteral("%1 %2 %3")
                        .arg(choice(u"item", item.value(QStringLiteral("item")).toString(),
                                    item.value(QStringLiteral("otherItem")).toString(), language),
                             Formatting::decimal(item.value(QStringLiteral("quantity")).toDouble(), language),
                             choice(u"unit", item.value(QStringLiteral("unit")).toString(),
                                    item.value(QStringLiteral("otherUnit")).toString(), language));
    }
    return out;
}

QString area(const QJsonObject &p, QStringView language)
{
    return QStringLiteral("%1 m²").arg(Formatting::decimal(p.value(QStringLiteral("areaM2")).toDouble(), language));
}

}

QString choice(QStringView group, const QString &key, const QString &other, QStringView language)
{
    if (key == u"other" && !other.isEmpty())
        return other;
    return RecordVocabulary::label(group, key).in(language);
}

QList<SummaryLine> lines(RecordKind kind, const QJsonObject &p, QStringView language)
{
    QList<SummaryLine> out;
    auto add = [&out](const QString &label, const QString &value, bool freeText = false) {
        if (!value.isEmpty())
            out.append({label, value, {}, freeText});
    };
    switch (kind) {
    case RecordKind::PledgeLand:
        add(t(language, u"Diện tích hiến", u"Area pledged"), area(p, language));
        break;
    case RecordKind::PledgeLabour: {
        add(t(language, u"Số ngày công", u"Days of work"), days(p.value(QStringLiteral("days")).toDouble(), language, false));
        QStringList skills;
        const QJsonArray list = p.value(QStringLiteral("skills")).toArray();
        for (const QJsonValue &v : list)
            skills << choice(u"skill", v.toString(), p.value(QStringLiteral("otherSkill")).toString(), language);
        add(t(language, u"Việc có thể làm", u"Work offered"), skills.join(QStringLiteral(", ")));
        const QDate from = QDate::fromString(p.value(QStringLiteral("availableFrom")).toString(), Qt::ISODate);
        const QDate to = QDate::fromString(p.value(QStringLiteral("availableTo")).toString(), Qt::ISODate);
        if (from.isValid() && to.isValid())
            add(t(language, u"Thời gian có thể làm", u"Available"),
                QStringLiteral("%1 – %2").arg(Formatting::date(from, language), Formatting::date(to, language)));
        break;
    }
    case RecordKind::PledgeMaterials: {
        const QStringList items = materials(p, language);
        if (!items.isEmpty())
            out.append({t(language, u"Vật liệu", u"Materials"), items.join(QStringLiteral(", ")), items, false});
        break;
    }
    case RecordKind::ReportWaste:
        add(t(language, u"Loại lãng phí", u"Kind of waste"),
            RecordVocabulary::label(u"category", p.value(QStringLiteral("category")).toString()).in(language));
        add(t(language, u"Nơi xảy ra", u"Where"), p.value(QStringLiteral("place")).toString(), true);
        add(t(language, u"Nội dung phản ánh", u"What was seen"), p.value(QStringLiteral("description")).toString(), true);
        break;
    }
    return out;
}

QString brief(RecordKind kind, const QJsonObject &p, QStringView language)
{
    switch (kind) {
    case RecordKind::PledgeLand:
        return area(p, language);
    case RecordKind::PledgeLabour:
        return days(p.value(QStringLiteral("days")).toDouble(), language, true);
    case RecordKind::PledgeMaterials:
        return materials(p, language).join(QStringLiteral(", "));
    case RecordKind::ReportWaste:
        return p.value(QStringLiteral("place")).toString();
    }
    return {};
}

}
