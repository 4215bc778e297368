// SPDX-License-Identifier: GPL-3.0-or-later
#include "answers.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace {

bool isMap(const QVariant &v)
{
    return v.typeId() == QMetaType::QVariantMap;
}

void setIn(QVariantMap &map, QStringList parts, const QVariant &value)
{
    const QString key = parts.takeFirst();
    if (parts.isEmpty()) {
        if (value.isValid())
            map.insert(key, value);
        else
            map.remove(key);
        return;
    }
    const QVariant child = map.value(key);
    QVariantMap childMap = isMap(child) ? child.toMap() : QVariantMap();
    setIn(childMap, parts, value);
    map.insert(key, childMap);
}

void flatten(const QVariantMap &map, const QString &prefix, QVariantMap *out)
{
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const QString path = prefix + it.key();
        out->insert(path, it.value());
        if (isMap(it.value()))
            flatten(it.value().toMap(), path + u'.', out);
    }
}

bool isMissing(const QVariant &v)
{
    return !v.isValid() || v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isEmpty());
}

/** JavaScript's String.prototype.trim: its white space and line terminators (not Qt's
    isSpace, which also takes U+0085 and misses U+FEFF). */
QString jsTrimmed(const QString &text)
{
    const auto space = [](QChar c) {
        const char16_t u = c.unicode();
        return u == 0x09 || u == 0x0A || u == 0x0B || u == 0x0C || u == 0x0D || u == 0xFEFF || u == 0x2028
               || u == 0x2029 || c.category() == QChar::Separator_Space;
    };
    qsizetype from = 0;
    qsizetype to = text.size();
    while (from < to && space(text.at(from)))
        ++from;
    while (to > from && space(text.at(to - 1)))
        --to;
    return text.mid(from, to - from);
}

/** JavaScript's Number() of a trimmed, non-empty text: NaN when it is not a number. */
double jsNumber(const QString &text)
{
    static const QRegularExpression decimal(QStringLiteral("^[+-]?(Infinity|([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?)$"));
    static const QRegularExpression radix(QStringLiteral("^0([xX][0-9a-fA-F]+|[oO][0-7]+|[bB][01]+)$"));
    if (radix.match(text).hasMatch()) {
        const QChar prefix = text.at(1).toLower();
        const int base = prefix == u'x' ? 16 : prefix == u'o' ? 8 : 2;
        double value = 0;
        for (const QChar c : QStringView(text).mid(2))
            value = value * base + QString(c).toInt(nullptr, 16);
        return value;
    }
    const QRegularExpressionMatch m = decimal.match(text);
    if (!m.hasMatch())
        return std::numeric_limits<double>::quiet_NaN();
    if (m.captured(1) == u"Infinity")
        return text.startsWith(u'-') ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
    // The C locale reads what the pattern let through; out of range it still gives the
    // infinity or zero JavaScript gives, only with ok false.
    return QLocale::c().toDouble(text.startsWith(u'+') ? text.mid(1) : text);
}

}

QVariant Answers::value(QStringView path) const
{
    QVariant node = m_json;
    for (const QStringView part : path.split(u'.')) {
        if (!isMap(node))
            return {};
        node = node.toMap().value(part.toString());
    }
    return node;
}

void Answers::set(const QString &path, const QVariant &given)
{
    const QVariant value = isNumberField(path) && given.typeId() == QMetaType::QString ? typedNumber(given.toString())
                                                                                       : given;
    // Another kind: the answers that belonged to the old kind go, or the record could never be
    // sent (the rules refuse fields of another kind). Who, the work and consent stay.
    if (path == u"kind" && m_json.contains(QStringLiteral("kind")) && m_json.value(QStringLiteral("kind")) != value) {
        QVariantMap kept;
        for (const QString &key : {QStringLiteral("projectCode"), QStringLiteral("person"), QStringLiteral("consent")})
            if (m_json.contains(key))
                kept.insert(key, m_json.value(key));
        // Land is never anonymous.
        if (value != QVariant(QStringLiteral("pledge.land")) && m_json.contains(QStringLiteral("anonymous")))
            kept.insert(QStringLiteral("anonymous"), m_json.value(QStringLiteral("anonymous")));
        m_json = kept;
    }
    setIn(m_json, path.split(u'.'), value);
    // Choosing to stay anonymous drops whatever was entered about the person.
    if (path == u"anonymous" && value.typeId() == QMetaType::Bool && value.toBool()) {
        m_json.remove(QStringLiteral("person"));
        m_json.remove(QStringLiteral("consent"));
    }
}

void Answers::addItem(const QString &item, const QString &otherItem, const QString &quantity, const QString &unit)
{
    QVariantList items = m_json.value(QStringLiteral("items")).toList();
    QVariantMap line{{QStringLiteral("item"), item}, {QStringLiteral("otherItem"), otherItem}, {QStringLiteral("unit"), unit}};
    if (const QVariant q = typedNumber(quantity); q.isValid())
        line.insert(QStringLiteral("quantity"), q);
    items.append(line);
    set(QStringLiteral("items"), items);
}

void Answers::removeItem(int index)
{
    QVariantList items = m_json.value(QStringLiteral("items")).toList();
    if (index < 0 || index >= items.size())
        return;
    items.removeAt(index);
    set(QStringLiteral("items"), items);
}

void Answers::toggle(const QString &path, const QString &key)
{
    QVariantList list = value(path).toList();
    if (list.contains(key))
        list.removeOne(key);
    else
        list.append(key);
    set(path, list);
}

void Answers::shiftDate(const QString &path, int days)
{
    const QDate date = QDate::fromString(value(path).toString(), Qt::ISODate);
    if (date.isValid())
        set(path, date.addDays(days).toString(Qt::ISODate));
}

QStringList Answers::fillMissing(const QVariantMap &answers)
{
    QStringList filled;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        if (isMissing(value(it.key()))) {
            set(it.key(), it.value());
            filled.append(it.key());
        }
    }
    return filled;
}

QVariantMap Answers::byPath() const
{
    QVariantMap out;
    flatten(m_json, {}, &out);
    return out;
}

QVariant Answers::typedNumber(const QString &text)
{
    const QString typed = jsTrimmed(text);
    if (typed.isEmpty())
        return {};
    // "1.250" or "1.250,5" is Vietnamese grouping; otherwise a comma is the decimal mark.
    static const QRegularExpression grouped(QStringLiteral("^[0-9]{1,3}(\\.[0-9]{3})+(,[0-9]+)?$"));
    QString plain = typed;
    if (grouped.match(typed).hasMatch())
        plain.remove(u'.');
    const qsizetype comma = plain.indexOf(u',');
    if (comma >= 0)
        plain[comma] = u'.'; // the first comma only, as String.replace(",", ".")
    const double n = jsNumber(plain);
    return std::isnan(n) ? QVariant(typed) : QVariant(n);
}

bool Answers::isNumberField(QStringView path)
{
    return path == u"areaM2" || path == u"days";
}
