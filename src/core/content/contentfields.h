// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDate>
#include <QJsonObject>
#include <QString>

struct LocalizedText;

/** Reads one field of a content bundle's JSON object, cleaned and within its limits; on a
    problem it says what is wrong with the field in both languages (problemVi, problemEn) and
    answers false. ContentBundle adds where the field is. */
struct ContentFields
{
    QString problemVi;
    QString problemEn;

    /** A string, NFC-cleaned (TextFold::clean), at most maxLength characters. */
    bool text(const QJsonObject &o, const char *key, int maxLength, bool required, QString *out,
              bool keepNewlines = false);
    /** keyVi (required when asked) and keyEn (always optional). */
    bool localized(const QJsonObject &o, const char *base, int maxLength, bool required, LocalizedText *out,
                   bool keepNewlines = false);
    /** A whole number from min to max. */
    bool integer(const QJsonObject &o, const char *key, qint64 min, qint64 max, qint64 *out);
    /** The same when the field is there; out stays as it was when it is not. */
    bool optionalInteger(const QJsonObject &o, const char *key, qint64 min, qint64 max, qint64 *out);
    /** A date written YYYY-MM-DD. */
    bool date(const QJsonObject &o, const char *key, QDate *out);
    bool optionalDate(const QJsonObject &o, const char *key, QDate *out);

    bool problem(const QString &vi, const QString &en);
};
