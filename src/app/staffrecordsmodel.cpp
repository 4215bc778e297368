// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffrecordsmodel.h"

#include "records/receiptcode.h"
#include "records/record.h"
#include "records/recordstatus.h"
#include "staffsession.h"
#include "text/formatting.h"

#include <QRegularExpression>

StaffRecordsModel::StaffRecordsModel(const RecordStore &store, StaffSession *session, QObject *parent)
    : QAbstractListModel(parent), m_store(store), m_session(session)
{
    connect(m_session, &StaffSession::activeChanged, this, &StaffRecordsModel::refresh);
    connect(m_session, &StaffSession::languageChanged, this, &StaffRecordsModel::refresh);
    // The records screen opens on the newest records, whatever was searched last time.
    connect(m_session, &StaffSession::opening, this, [this](const QString &section) {
        if (section != u"records")
            return;
        m_query.clear();
        emit queryChanged();
        refresh();
    });
}

bool StaffRecordsModel::matches(const QString &receiptCode, const QString &typed)
{
    const QString trimmed = typed.trimmed();
    if (trimmed.isEmpty())
        return true;
    const QString exact = ReceiptCode::normalize(trimmed);
    if (!exact.isEmpty())
        return receiptCode == exact;
    QString part = trimmed.toUpper();
    part.remove(QRegularExpression(QStringLiteral("[\\s-]")));
    return QString(receiptCode).remove(u'-').contains(part);
}

void StaffRecordsModel::refresh()
{
    // Outside staff mode nothing is kept: the list is read again when staff come back.
    const QList<RecordListEntry> all = m_session->isActive() ? m_store.list() : QList<RecordListEntry>();
    QList<RecordListEntry> rows;
    for (auto it = all.crbegin(); it != all.crend() && rows.size() < m_limit; ++it)
        if (matches(it->receiptCode, m_query))
            rows.append(*it);
    beginResetModel();
    m_rows = std::move(rows);
    m_total = int(all.size());
    endResetModel();
    emit countChanged();
}

void StaffRecordsModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    emit queryChanged();
    refresh();
}

int StaffRecordsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant StaffRecordsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RecordListEntry &r = m_rows.at(index.row());
    switch (role) {
    case CodeRole:
        return r.receiptCode;
    case KindRole:
        return r.kind;
    case KindNameRole: {
        const std::optional<RecordKind> kind = RecordKinds::fromKey(r.kind);
        return kind ? RecordKinds::name(*kind).in(m_session->language()) : r.kind;
    }
    case TimeRole:
        return Formatting::localDateTime(r.createdAt, m_session->language());
    case SyncStateRole:
        return r.syncState;
    case StatusRole:
        return r.status;
    case StatusWordRole:
        return RecordStatus::word(r.status, m_session->language());
    case EnteredByRole:
        return r.enteredBy;
    }
    return {};
}

QHash<int, QByteArray> StaffRecordsModel::roleNames() const
{
    return {{CodeRole, "code"},       {KindRole, "kind"},     {KindNameRole, "kindName"}, {TimeRole, "time"},
            {SyncStateRole, "syncState"}, {StatusRole, "status"}, {StatusWordRole, "statusWord"},
            {EnteredByRole, "enteredBy"}};
}

QVariantMap StaffRecordsModel::get(int row) const
{
    QVariantMap out;
    if (row < 0 || row >= count())
        return out;
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        out.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return out;
}
