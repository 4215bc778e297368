// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "qmlsingleton.h"
#include "records/recordstore.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

class StaffSession;

/** The records this kiosk holds, for the staff records screen: newest first, at most `limit`,
    matching a receipt code typed in part or in full (any typing ReceiptCode::normalize
    accepts). Code, kind, time, sync state, status and who entered it; never personal data
    (the store's list has none). Filled only in staff mode. */
class StaffRecordsModel : public QAbstractListModel, public QmlSingleton<StaffRecordsModel>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(StaffRecords)
    QML_SINGLETON
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int total READ total NOTIFY countChanged)
    Q_PROPERTY(int limit READ limit CONSTANT)

public:
    enum Role {
        CodeRole = Qt::UserRole + 1,
        KindRole,
        KindNameRole,
        TimeRole,
        SyncStateRole,
        StatusRole,
        StatusWordRole,
        EnteredByRole,
    };
    Q_ENUM(Role)

    StaffRecordsModel(const RecordStore &store, StaffSession *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString query() const { return m_query; }
    void setQuery(const QString &query);
    /** Rows shown. */
    int count() const { return int(m_rows.size()); }
    /** Records on the kiosk, found or not. */
    int total() const { return m_total; }
    int limit() const { return m_limit; }
    void setLimit(int limit) { m_limit = limit; }
    /** One row as {code, kind, kindName, time, syncState, status, statusWord, enteredBy}: for tests. */
    Q_INVOKABLE QVariantMap get(int row) const;
    /** Reads the store again (a record was stored, the city answered, the language changed). */
    Q_INVOKABLE void refresh();

    /** Whether a stored receipt code matches what staff typed: the whole code in any
        spelling, or a part of it without dashes or spaces. */
    static bool matches(const QString &receiptCode, const QString &typed);

Q_SIGNALS:
    void queryChanged();
    void countChanged();

private:
    const RecordStore &m_store;
    StaffSession *m_session;
    QString m_query;
    QList<RecordListEntry> m_rows;
    int m_total = 0;
    int m_limit = 200;
};
