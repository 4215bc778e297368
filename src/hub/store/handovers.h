// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

class AuditLog;
class HubDatabase;
struct AuditActor;

/** One handover of a pledge: land (m²), labour (days) or a line of materials, as a ward
    officer (or a city officer) entered it, and the city officer who verified it, if any. */
struct Handover
{
    qint64 seq = 0;
    double quantity = 0;
    QString unit;      // "m2" for land, "day" for labour, the material's unit otherwise
    QString item;      // the material ("cement", or the officer's words); empty for land and labour
    QString handedOn;  // yyyy-MM-dd
    QString document;  // the handover document's number
    QString note;
    qint64 enteredBy = 0;
    QString enteredByName;
    QString enteredAt;
    qint64 verifiedBy = 0;  // 0: not verified yet
    QString verifiedByName;
    QString verifiedAt;
    bool isVerified() const { return verifiedBy != 0; }
};

/** What verified handovers of one ward in one month add up to: the movement board counts
    only these. */
struct HandoverTotals
{
    QString ward;
    QString month;  // yyyy-MM of the handover date
    double landM2 = 0;
    double labourDays = 0;
    /** Materials by "item|unit" (cement|bao), summed. */
    QMap<QString, double> materials;
    /** Pledges with at least one verified handover that month. */
    int pledgesHandedOver = 0;
};

/** The handovers of pledges (table handovers): entered by an officer of the record's ward,
    verified by a second pair of eyes (a city officer who did not enter it). Each change writes
    its audit line in the same transaction. Access rules (who may enter, who may verify) are
    the pages' to ask of StaffAccount; this class refuses a verification by the account that
    entered the handover, whoever calls it. */
class Handovers
{
public:
    static constexpr int MaxTextLength = 200;
    static constexpr double MaxQuantity = 1e9;

    Handovers(HubDatabase &db, AuditLog &audit);

    struct New
    {
        double quantity = 0;
        QString unit;
        QString item;
        QDate handedOn;
        QString document;
        QString note;
    };
    enum class Outcome { Done, NotFound, Refused, StorageError };

    /** A record's handovers, oldest first; nullopt when reading fails. */
    std::optional<QList<Handover>> forRecord(const QString &recordId);
    /** Stores a handover of the record (by id) and its audit line "handover.add". */
    Outcome add(const AuditActor &actor, const QString &recordId, const QString &receiptCode, const New &handover,
                qint64 *seq = nullptr);
    /** Marks every unverified handover of the record verified by actor, except those actor
        entered (Refused when only those remain). Audit line "handover.verify". */
    Outcome verify(const AuditActor &actor, const QString &recordId, const QString &receiptCode, int *verified = nullptr);

    /** Verified handovers of pledges not rejected, summed per ward and month of handover,
        wards and months in order; ward empty: every ward. nullopt when reading fails. */
    std::optional<QList<HandoverTotals>> verifiedTotals(const QString &ward = {});

private:
    HubDatabase &m_db;
    AuditLog &m_audit;
};
