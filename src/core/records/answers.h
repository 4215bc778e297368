// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QVariant>
#include <QVariantMap>

/** The answers of a pledge or waste report being filled in, in the JSON form RecordDraft
    reads (deploy/RECORDS-JSON.md), with the rules that keep them sendable whatever order the
    resident answers in: another kind drops the old kind's answers, choosing anonymity drops
    the name, typed numbers are read the Vietnamese way. */
class Answers
{
public:
    Answers() = default;
    explicit Answers(const QVariantMap &json) : m_json(json) {}

    /** The answer at a dotted path ("kind", "person.phone"); invalid when there is none. */
    QVariant value(QStringView path) const;
    /** Sets (or, with an invalid value, removes) the answer at a dotted path. A text given
        for a number field ("areaM2", "days") is read as typedNumber() reads it. */
    void set(const QString &path, const QVariant &value);
    /** Adds a material line from what was picked and typed; the quantity as typedNumber(). */
    void addItem(const QString &item, const QString &otherItem, const QString &quantity, const QString &unit);
    void removeItem(int index);
    /** Adds the key to the list at path, or takes it out when it is there (skills). */
    void toggle(const QString &path, const QString &key);
    /** Moves the ISO date at path by some days; nothing when there is no valid date. */
    void shiftDate(const QString &path, int days);
    /** Sets each of these answers that is missing (not there, null or empty); the paths set. */
    QStringList fillMissing(const QVariantMap &answers);

    /** The answers as nested maps, for RecordDraft::fromJson and the records controller. */
    QVariantMap toMap() const { return m_json; }
    QJsonObject toJson() const { return QJsonObject::fromVariantMap(m_json); }
    /** Every answer under its dotted path, objects and their members alike ("person" and
        "person.phone"): what a step shows next to each field. */
    QVariantMap byPath() const;

    /** A number as residents type it: "1.250" and "1.250,5" group thousands with dots,
        otherwise a comma is the decimal mark ("12,5"); surrounding spaces are ignored.
        Invalid for an empty text; the trimmed text itself when it is not a number, so the
        checks can say so. Exactly what the kiosk's JavaScript form did (Number() included:
        "1e3", "0x10", "Infinity"). */
    static QVariant typedNumber(const QString &text);
    /** Whether the field at path holds a number ("areaM2", "days"). */
    static bool isNumberField(QStringView path);

private:
    QVariantMap m_json;
};
