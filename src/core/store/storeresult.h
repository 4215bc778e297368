// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "localizedtext.h"

#include <QString>

#include <optional>
#include <utility>

class QSqlDatabase;
class QSqlError;

/** Why a call on a database failed (the kiosk's SQLite, or city-hub's SQLite or PostgreSQL):
    a kind callers can act on, the driver's words for the log (never personal data: statements
    bind their values), and a message for the kiosk's staff. */
struct StoreError
{
    enum class Kind {
        Full,        // the disk or the database is full
        Busy,        // another connection held the lock past the busy timeout
        Constraint,  // a constraint refused the change (foreign key, unique, check)
        Exhausted,   // a sequence has no values left (ReceiptSequence)
        Failed,      // anything else
    };

    Kind kind = Kind::Failed;
    QString detail;

    /** From an error of the kiosk's SQLite. */
    static StoreError from(const QSqlError &error);
    /** From an error on this connection, SQLite or PostgreSQL (QPSQL). */
    static StoreError from(const QSqlError &error, const QSqlDatabase &connection);
    static StoreError failed(const QString &detail) { return {Kind::Failed, detail}; }

    /** "Kiosk storage error: <detail>", in both languages. */
    LocalizedText message() const;
};

/** The outcome of a fallible call on the kiosk's database: a value, or the StoreError that
    stopped it. StoreResult<> carries no value. */
template <typename T = void>
class [[nodiscard]] StoreResult
{
public:
    StoreResult(T value) : m_value(std::move(value)) {}
    StoreResult(StoreError error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error; }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const StoreError &error() const { return *m_error; }

private:
    std::optional<T> m_value;
    std::optional<StoreError> m_error;
};

template <>
class [[nodiscard]] StoreResult<void>
{
public:
    StoreResult() = default;
    StoreResult(StoreError error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error; }
    explicit operator bool() const { return ok(); }
    const StoreError &error() const { return *m_error; }

private:
    std::optional<StoreError> m_error;
};
