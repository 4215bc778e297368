// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "localizedtext.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

class Database;

/** What a setting holds, and so how a new value is checked. */
enum class SettingType {
    Text,      // any text
    Integer,   // a whole number within [min, max]
    Flag,      // stored "1" or "0"; "true" also reads as on
    Url,       // empty, or an http(s) address with a host; trailing slashes are dropped
    Language,  // "vi" or "en"
    Time,      // empty, or a time of day "HH:mm"
};

/** One row of the settings table: the key in the database, its type and default, limits for
    numbers, whether its value may ever be logged, and whether staff edit it on the kiosk. */
struct SettingSpec
{
    QString key;
    SettingType type = SettingType::Text;
    QString defaultValue;   // what an unset or empty row reads as
    int min = 0;            // Integer only
    int max = 0;
    bool sensitive = false;     // never logged, at any level
    bool staffEditable = false; // on the staff settings screen
    LocalizedText outOfRange;   // Integer only: the refusal of a value outside [min, max]
};

/** Why a setting was not stored, with the message staff read. */
struct SettingError
{
    enum class Kind {
        Unknown,     // no such setting
        Invalid,     // not of the setting's type (a language, a time, an address)
        OutOfRange,  // a number outside the setting's limits
        NotSaved,    // the database refused the write
    };
    Kind kind = Kind::Invalid;
    LocalizedText message;
};

/** The outcome of checking or storing a setting: the value as stored, or the error. */
class [[nodiscard]] SettingResult
{
public:
    SettingResult(QString stored) : m_value(std::move(stored)) {}
    SettingResult(SettingError error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error; }
    explicit operator bool() const { return ok(); }
    const QString &value() const { return m_value; }
    const SettingError &error() const { return *m_error; }

private:
    QString m_value;
    std::optional<SettingError> m_error;
};

/** The kiosk's settings: one declared table (Settings::table) and typed accessors over the
    `settings` table of a Database. An empty value means "not set": the default applies. */
class Settings
{
public:
    enum class Key {
        // Enrolment, set by the city hub (sync) and cleared when staff unlink the kiosk.
        HubUrl, KioskId, ReceiptPrefix,
        // Staff settings (the staff settings screen).
        WardCode, PublicUrl, IdleTimeoutSeconds, DefaultLanguage, AllowAnonymousPledges, ScreenOffFrom, ScreenOffTo,
        LoopSound, ReceiptPrinter, ReceiptPaperMm,
        // Written by the sync client.
        SyncLastSuccess, SyncLastAttempt, SyncLastErrorVi, SyncLastErrorEn, SyncContentEtag,
        // The staff PIN (StaffPin) and its lockout.
        StaffPinHash, StaffFailures, StaffLockouts, StaffLockedUntil,
    };

    /** Every setting, in the order of Key. */
    static const QList<SettingSpec> &table();
    static const SettingSpec &spec(Key key);
    static QString name(Key key) { return spec(key).key; }
    /** The key stored under `name`, if there is one. */
    static std::optional<Key> find(const QString &name);
    /** The value as a log may show it: a sensitive one never. */
    static QString forLog(Key key, const QString &value);
    /** Checks a value against the setting's type and limits: the text it would be stored as,
        or why it is refused (in Vietnamese and English). */
    static SettingResult check(Key key, const QVariant &value);

    explicit Settings(Database &db);

    /** The stored text, or the default when the row is missing or empty. */
    QString text(Key key) const;
    /** The stored text, empty when unset: no default. */
    QString stored(Key key) const;
    /** The stored number when it is one within the limits, else the default's; nothing when
        neither is a number (a setting whose default is the command line's). */
    std::optional<int> number(Key key) const;
    bool flag(Key key) const;

    /** Checks and stores a value (see check()). */
    SettingResult set(Key key, const QVariant &value);
    /** Puts the setting back to its default. */
    bool clear(Key key);

private:
    Database &m_db;
};
