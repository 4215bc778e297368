// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardmodel.h"

#include "board/boardtext.h"
#include "records/record.h"
#include "records/recordstatus.h"
#include "text/formatting.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace {

QString t(const QString &lang, const QString &vi, const QString &en)
{
    return lang == u"en" ? en : vi;
}

QString s(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

/** How many decimals Formatting::decimal() shows for `value` (at most two, no trailing zero). */
int decimalsOf(double value)
{
    const qint64 hundredths = std::llround(std::abs(value) * 100);
    return hundredths % 100 == 0 ? 0 : hundredths % 10 == 0 ? 1 : 2;
}

/** The entry of `ward` in a table, or an empty object. */
QJsonObject entryOf(const QJsonObject &table, const QString &ward)
{
    for (const QJsonValue &e : table.value(QStringLiteral("entries")).toArray())
        if (s(e.toObject(), "ward") == ward)
            return e.toObject();
    return {};
}

}

BoardModel::BoardModel(QObject *parent) : QObject(parent)
{
}

void BoardModel::setBoard(const std::optional<QJsonObject> &board, const QString &fetchedAt)
{
    m_board = board;
    m_fetchedAt = fetchedAt;
    rebuild();
}

void BoardModel::boardArrived(const std::optional<QJsonObject> &board, const QString &fetchedAt)
{
    // What each figure showed until now: the page counts from there to the new one.
    m_before.clear();
    m_arriving = true;
    for (const QVariant &v : std::as_const(m_measures)) {
        const QVariantMap m = v.toMap();
        if (m.value(QStringLiteral("hasCompared")).toBool())
            m_before.insert(m.value(QStringLiteral("key")).toString(), m.value(QStringLiteral("compared")).toDouble());
    }
    setBoard(board, fetchedAt);
    m_before.clear();
    m_arriving = false;
    ++m_arrivals;
    emit arrived();
}

void BoardModel::setWards(const QList<Ward> &wards)
{
    m_wards = wards;
    rebuild();
}

void BoardModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    rebuild();
}

void BoardModel::setPublicUrl(const QString &url)
{
    m_publicUrl = url;
    while (m_publicUrl.endsWith(u'/'))
        m_publicUrl.chop(1);
    emit changed();
}

QString BoardModel::publicPageUrl() const
{
    return m_publicUrl.isEmpty() ? QString() : m_publicUrl + QStringLiteral("/thi-dua");
}

QString BoardModel::wardNameOf(const QString &code) const
{
    for (const Ward &w : m_wards)
        if (w.code == code)
            return w.name.in(m_language);
    return code.left(40);
}

QString BoardModel::number(double value) const
{
    return Formatting::decimal(value, m_language);
}

QVariantList BoardModel::glance() const
{
    QVariantList placed, others;
    for (const QVariant &v : m_measures) {
        const QVariantMap m = v.toMap();
        const bool tiered = m.value(QStringLiteral("placed")).toBool() && !m.value(QStringLiteral("tierWord")).toString().isEmpty();
        (tiered ? placed : others).append(v);
    }
    return placed + others;
}

QVariantList BoardModel::seriesOf(const QString &kind, const QString &measure) const
{
    const QString ward = s(*m_board, "ward");
    QVariantList series;
    for (const QJsonValue &m : m_board->value(QStringLiteral("months")).toArray()) {
        const QJsonObject month = m.toObject();
        QJsonObject entry;
        for (const QJsonValue &tv : month.value(QStringLiteral("tables")).toArray()) {
            const QJsonObject table = tv.toObject();
            if (s(table, "kind") == kind && s(table, "measure") == measure)
                entry = entryOf(table, ward);
        }
        const QJsonValue compared = entry.value(QStringLiteral("compared"));
        const bool present = compared.isDouble();
        series.append(QVariantMap{{QStringLiteral("label"), BoardText::shortMonth(s(month, "month"), m_language)},
                                  {QStringLiteral("value"), present ? compared.toDouble() : 0.0},
                                  {QStringLiteral("valueText"), present ? number(compared.toDouble()) : QStringLiteral("—")},
                                  {QStringLiteral("present"), present},
                                  {QStringLiteral("provisional"), month.value(QStringLiteral("provisional")).toBool()}});
    }
    return series;
}

void BoardModel::rebuild()
{
    m_measures.clear();
    m_leaders.clear();
    m_mostImproved.clear();
    m_waste.clear();
    m_provisional = false;
    m_monthText.clear();
    m_provisionalText.clear();
    m_kindName.clear();
    m_updatedText.clear();
    if (!m_board) {
        emit changed();
        return;
    }
    const QJsonObject &root = *m_board;
    const QString ward = s(root, "ward");
    m_wardName = wardNameOf(ward);
    m_minRecords = root.value(QStringLiteral("rules")).toObject().value(QStringLiteral("minRecords")).toInt(10);
    const QJsonObject current = root.value(QStringLiteral("months")).toArray().last().toObject();
    const QString month = s(current, "month");
    m_monthText = BoardText::month(month, m_language);
    m_provisional = current.value(QStringLiteral("provisional")).toBool();
    if (m_provisional) {
        m_provisionalText = t(m_language, QStringLiteral("Số liệu tạm tính, chốt ngày %1"),
                              QStringLiteral("Provisional figures, final on %1"))
                                    .arg(Formatting::date(BoardText::publishDay(month), m_language));
    } else {
        const QDate published = QDateTime::fromString(s(current, "publishedAt"), Qt::ISODateWithMs).toLocalTime().date();
        m_provisionalText = t(m_language, QStringLiteral("Đã chốt ngày %1"), QStringLiteral("Final since %1"))
                                    .arg(Formatting::date(published, m_language));
    }
    if (!m_fetchedAt.isEmpty())
        m_updatedText = t(m_language, QStringLiteral("Cập nhật %1"), QStringLiteral("Updated %1"))
                                .arg(Formatting::localDateTime(m_fetchedAt, m_language));

    QString kind;
    for (const QJsonValue &w : current.value(QStringLiteral("wards")).toArray())
        if (s(w.toObject(), "code") == ward)
            kind = s(w.toObject(), "kind");
    for (const Ward &w : std::as_const(m_wards))
        if (kind.isEmpty() && w.code == ward)
            kind = w.kind;
    m_kindName = BoardText::kind(kind, m_language);

    for (const QJsonValue &tv : current.value(QStringLiteral("tables")).toArray()) {
        const QJsonObject table = tv.toObject();
        if (s(table, "kind") != kind)
            continue;
        const QString measure = s(table, "measure");
        const bool perThousand = table.value(QStringLiteral("perThousand")).toBool();
        const QString measureName = BoardText::measure(measure, m_language);
        const QString comparedUnit = BoardText::comparedUnit(measure, perThousand, m_language);
        for (const QJsonValue &ev : table.value(QStringLiteral("entries")).toArray()) {
            const QJsonObject e = ev.toObject();
            const QString who = s(e, "ward");
            const QVariantMap base{{QStringLiteral("measure"), measureName},
                                   {QStringLiteral("ward"), wardNameOf(who)},
                                   {QStringLiteral("mine"), who == ward}};
            if (e.value(QStringLiteral("leader")).toBool()) {
                QVariantMap m = base;
                m.insert(QStringLiteral("valueText"), number(e.value(QStringLiteral("compared")).toDouble()) + u' ' + comparedUnit);
                m_leaders.append(m);
            }
            if (e.value(QStringLiteral("mostImproved")).toBool()) {
                QVariantMap m = base;
                const double rise = e.value(QStringLiteral("rise")).toDouble();
                m.insert(QStringLiteral("valueText"), (rise > 0 ? QStringLiteral("+") : QString()) + number(rise) + u' '
                                                              + BoardText::comparedUnit(measure, perThousand, m_language));
                m_mostImproved.append(m);
            }
        }
        const QJsonObject mine = entryOf(table, ward);
        if (mine.isEmpty())
            continue;
        const QJsonValue compared = mine.value(QStringLiteral("compared"));
        const bool placed = mine.value(QStringLiteral("placed")).toBool();
        const QString tier = s(mine, "tier");
        const int records = mine.value(QStringLiteral("records")).toInt();
        const QVariantList series = seriesOf(kind, measure);
        double top = 0;
        for (const QVariant &p : series)
            top = std::max(top, p.toMap().value(QStringLiteral("value")).toDouble());
        m_measures.append(QVariantMap{
                {QStringLiteral("key"), measure},
                {QStringLiteral("name"), measureName},
                {QStringLiteral("unit"), comparedUnit},
                {QStringLiteral("hasCompared"), compared.isDouble()},
                {QStringLiteral("compared"), compared.toDouble()},
                {QStringLiteral("comparedText"), compared.isDouble() ? number(compared.toDouble()) : QStringLiteral("—")},
                {QStringLiteral("decimals"), decimalsOf(compared.toDouble())},
                {QStringLiteral("countFrom"), m_arriving ? m_before.value(measure, 0.0) : compared.toDouble()},
                {QStringLiteral("valueText"), number(mine.value(QStringLiteral("value")).toDouble()) + u' '
                                                      + BoardText::unit(measure, m_language)},
                {QStringLiteral("perThousand"), perThousand},
                {QStringLiteral("lowerIsBetter"), table.value(QStringLiteral("lowerIsBetter")).toBool()},
                {QStringLiteral("records"), records},
                {QStringLiteral("recordsText"), BoardText::records(records, m_language)},
                {QStringLiteral("placed"), placed},
                {QStringLiteral("notPlacedText"), placed ? QString()
                                                         : BoardText::notPlaced(s(mine, "notPlaced"), m_minRecords, m_language)},
                {QStringLiteral("tier"), tier},
                {QStringLiteral("tierWord"), BoardText::tier(tier, m_language)},
                {QStringLiteral("tierIcon"), tier.isEmpty() || BoardText::tier(tier, m_language).isEmpty()
                                                     ? QString() : QStringLiteral("tier-") + tier},
                {QStringLiteral("leader"), mine.value(QStringLiteral("leader")).toBool()},
                {QStringLiteral("mostImproved"), mine.value(QStringLiteral("mostImproved")).toBool()},
                {QStringLiteral("series"), series},
                {QStringLiteral("seriesTop"), top},
        });
    }
    buildWaste(root.value(QStringLiteral("waste")).toObject());
    emit changed();
}

void BoardModel::buildWaste(const QJsonObject &waste)
{
    QVariantList categories;
    int reports = 0;
    const QJsonObject byCategory = waste.value(QStringLiteral("byCategory")).toObject();
    for (auto it = byCategory.begin(); it != byCategory.end(); ++it) {
        const int count = it.value().toInt();
        reports += count;
        categories.append(QVariantMap{{QStringLiteral("key"), it.key().left(40)},
                                      {QStringLiteral("name"), RecordVocabulary::label(u"category", it.key().left(40)).in(m_language)},
                                      {QStringLiteral("count"), count},
                                      {QStringLiteral("countText"), Formatting::number(count, m_language)}});
    }
    std::stable_sort(categories.begin(), categories.end(), [](const QVariant &a, const QVariant &b) {
        return a.toMap().value(QStringLiteral("count")).toInt() > b.toMap().value(QStringLiteral("count")).toInt();
    });
    QVariantList statuses;
    const QJsonObject byStatus = waste.value(QStringLiteral("byStatus")).toObject();
    for (const RecordStatus::Info &info : RecordStatus::all()) {
        const int count = byStatus.value(info.key).toInt();
        if (count > 0)
            statuses.append(QVariantMap{{QStringLiteral("key"), info.key},
                                        {QStringLiteral("icon"), info.icon},
                                        {QStringLiteral("word"), info.word.in(m_language)},
                                        {QStringLiteral("count"), count},
                                        {QStringLiteral("countText"), Formatting::number(count, m_language)}});
    }
    QVariantList published;
    for (const QJsonValue &pv : waste.value(QStringLiteral("published")).toArray()) {
        const QJsonObject p = pv.toObject();
        const QString summary = s(p, "summary").left(600);
        if (summary.isEmpty())
            continue;
        published.append(QVariantMap{{QStringLiteral("receiptCode"), s(p, "receiptCode").left(20)},
                                     {QStringLiteral("summary"), summary},
                                     {QStringLiteral("dateText"), Formatting::date(
                                              QDateTime::fromString(s(p, "publishedAt"), Qt::ISODateWithMs).toLocalTime().date(),
                                              m_language)}});
    }
    const QJsonValue median = waste.value(QStringLiteral("medianDaysToResolve"));
    const int resolved = waste.value(QStringLiteral("resolved")).toInt();
    m_waste = QVariantMap{
            {QStringLiteral("reports"), reports},
            {QStringLiteral("reportsText"), Formatting::number(reports, m_language)},
            {QStringLiteral("resolved"), resolved},
            {QStringLiteral("resolvedText"), Formatting::number(resolved, m_language)},
            {QStringLiteral("medianText"), median.isDouble()
                                                   ? number(median.toDouble()) + u' ' + t(m_language, QStringLiteral("ngày"), QStringLiteral("days"))
                                                   : QStringLiteral("—")},
            {QStringLiteral("byCategory"), categories},
            {QStringLiteral("byStatus"), statuses},
            {QStringLiteral("published"), published},
    };
}
