// SPDX-License-Identifier: GPL-3.0-or-later
#include "lookupcontroller.h"

#include "content/projectcatalog.h"
#include "logging.h"
#include "records/receiptcode.h"
#include "records/receiptentry.h"
#include "records/record.h"
#include "records/recordstatus.h"
#include "records/recordstore.h"
#include "sync/hubconnection.h"
#include "sync/syncidentity.h"
#include "text/formatting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>

namespace {

/** The hub's words go to the screen as they are: bounded, and only what the lookup names. */
QJsonObject fromHub(const QJsonObject &o)
{
    QJsonArray history;
    for (const QJsonValue &v : o.value(QStringLiteral("history")).toArray()) {
        if (history.size() >= 50)
            break;
        const QJsonObject e = v.toObject();
        history.append(QJsonObject{{QStringLiteral("status"), e.value(QStringLiteral("status")).toString().left(40)},
                                   {QStringLiteral("at"), e.value(QStringLiteral("at")).toString().left(40)},
                                   {QStringLiteral("reply"), e.value(QStringLiteral("reply")).toString().left(1000)}});
    }
    const QJsonObject work = o.value(QStringLiteral("work")).toObject();
    const QJsonObject name = work.value(QStringLiteral("name")).toObject();
    return {{QStringLiteral("code"), o.value(QStringLiteral("code")).toString().left(20)},
            {QStringLiteral("kind"), o.value(QStringLiteral("kind")).toString().left(40)},
            {QStringLiteral("status"), o.value(QStringLiteral("status")).toString().left(40)},
            {QStringLiteral("createdAt"), o.value(QStringLiteral("createdAt")).toString().left(40)},
            {QStringLiteral("workCode"), work.value(QStringLiteral("code")).toString().left(40)},
            {QStringLiteral("workVi"), name.value(QStringLiteral("vi")).toString().left(300)},
            {QStringLiteral("workEn"), name.value(QStringLiteral("en")).toString().left(300)},
            {QStringLiteral("history"), history},
            {QStringLiteral("source"), QStringLiteral("hub")}};
}

QVariantMap statusWords(const QString &key, const QString &language)
{
    const RecordStatus::Info *info = RecordStatus::find(key);
    return {{QStringLiteral("key"), key},
            {QStringLiteral("word"), RecordStatus::word(key, language)},
            {QStringLiteral("icon"), info ? info->icon : QString()},
            {QStringLiteral("meaning"), info ? info->meaning.in(language) : QString()}};
}

}

LookupController::LookupController(Database &db, const QString &dataDir, const ProjectCatalog &catalog, QObject *parent)
    : QObject(parent), m_db(db), m_dataDir(dataDir), m_catalog(catalog)
{
}

LookupController::~LookupController() = default;

QString LookupController::keys() const
{
    return QString::fromUtf16(ReceiptCode::Alphabet);
}

int LookupController::maxLength() const
{
    return ReceiptEntry::MaxLength;
}

QString LookupController::shown() const
{
    return ReceiptEntry::grouped(m_typed);
}

bool LookupController::isComplete() const
{
    return ReceiptEntry::check(m_typed, false).state == ReceiptEntry::Check::State::Valid;
}

void LookupController::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    emit typedChanged();
    emit resultChanged();
}

void LookupController::setState(const QString &state)
{
    m_state = state;
    emit resultChanged();
}

void LookupController::setTyped(const QString &typed)
{
    m_typed = typed;
    const ReceiptEntry::Check c = ReceiptEntry::check(m_typed, false);
    m_problem = c.state == ReceiptEntry::Check::State::Wrong ? c.problem : LocalizedText{};
    emit typedChanged();
}

void LookupController::begin(const QString &typed)
{
    ++m_serial;  // an answer still on its way belongs to the code before
    m_found = {};
    m_offlineReason = {};
    m_state.clear();
    QString kept;
    for (const QChar c : typed.toUpper())
        if (kept.size() < ReceiptEntry::MaxLength && keys().contains(c))
            kept.append(c);
    setTyped(kept);
    emit resultChanged();
    if (isComplete())
        lookUp();
}

bool LookupController::press(const QString &key)
{
    if (key.size() != 1 || !keys().contains(key.at(0)) || m_typed.size() >= ReceiptEntry::MaxLength)
        return false;
    if (!m_state.isEmpty()) {
        // Typing again after an answer starts a new question.
        ++m_serial;
        m_found = {};
        setState({});
    }
    setTyped(m_typed + key);
    return true;
}

void LookupController::erase()
{
    if (m_typed.isEmpty())
        return;
    ++m_serial;
    m_found = {};
    m_state.clear();
    setTyped(m_typed.chopped(1));
    emit resultChanged();
}

void LookupController::clear()
{
    begin({});
}

bool LookupController::lookUp()
{
    const ReceiptEntry::Check c = ReceiptEntry::check(m_typed, true);
    if (c.state != ReceiptEntry::Check::State::Valid) {
        m_problem = c.problem;
        emit typedChanged();
        return false;
    }
    const QString code = c.code;
    const quint64 serial = ++m_serial;
    m_found = {};
    const SyncIdentity id = SyncIdentity::load(m_db, m_dataDir);
    if (!id.isEnrolled()) {
        showLocal(code, {QStringLiteral("Ki-ốt này chưa được kết nối với hệ thống của thành phố."),
                         QStringLiteral("This kiosk is not connected to the city's system yet.")});
        return true;
    }
    if (!m_hub)
        m_hub = new HubConnection(this);
    m_hub->setHub(id.hubUrl, id.token);
    m_hub->setTimeoutMs(m_timeoutMs);
    setState(QStringLiteral("busy"));
    m_hub->get(m_hub->request(QStringLiteral("/api/v1/receipts/lookup?code=") + code), [this, serial, code](const HubReply &reply) {
        if (serial == m_serial)
            answered(code, reply);
    });
    return true;
}

void LookupController::answered(const QString &code, const HubReply &reply)
{
    if (reply.status == 200) {
        const QJsonObject o = QJsonDocument::fromJson(reply.body).object();
        if (o.value(QStringLiteral("code")).toString() == code) {
            m_found = fromHub(o);
            m_offlineReason = {};
            setState(QStringLiteral("found"));
            return;
        }
        qCWarning(lcSync) << "receipt lookup: the hub answered for another code";
    }
    if (reply.status == 404) {
        // Not at the city (yet): this kiosk's own record, if it has it, not sent so far.
        if (const std::optional<StoredReceipt> own = RecordStore(m_db).find(code)) {
            showLocal(code, {});
            return;
        }
        m_offlineReason = {};
        setState(QStringLiteral("notFound"));
        return;
    }
    if (reply.status == 429) {
        showLocal(code, {QStringLiteral("Ki-ốt đã tra cứu nhiều lần trong một phút; xin chờ một phút rồi thử lại."),
                         QStringLiteral("This kiosk has looked up many codes this minute; please wait a minute and try again.")});
        return;
    }
    // The network's own words (NetworkProblem) are for staff; a resident is told plainly.
    showLocal(code, reply.status == 0 ? LocalizedText{QStringLiteral("Ki-ốt không kết nối được mạng của thành phố lúc này."),
                                                      QStringLiteral("The kiosk cannot reach the city's network right now.")}
                                      : LocalizedText{QStringLiteral("Hệ thống của thành phố chưa trả lời được."),
                                                      QStringLiteral("The city's system could not answer.")});
}

void LookupController::showLocal(const QString &code, const LocalizedText &reason)
{
    m_offlineReason = reason;
    const std::optional<StoredReceipt> own = RecordStore(m_db).find(code);
    if (!own) {
        m_found = {};
        setState(reason.isEmpty() ? QStringLiteral("notFound") : QStringLiteral("offline"));
        return;
    }
    QJsonArray history;
    history.append(QJsonObject{{QStringLiteral("status"), QStringLiteral("submitted")}, {QStringLiteral("at"), own->createdAt}});
    if (!own->statusAt.isEmpty() && own->status != u"submitted")
        history.append(QJsonObject{{QStringLiteral("status"), own->status},
                                   {QStringLiteral("at"), own->statusAt},
                                   {QStringLiteral("reply"), own->statusNote}});
    const QString work = own->payload.value(QStringLiteral("projectCode")).toString();
    const Project *project = work.isEmpty() ? nullptr : m_catalog.find(work);
    m_found = {{QStringLiteral("code"), own->receiptCode},
               {QStringLiteral("kind"), RecordKinds::key(own->kind)},
               {QStringLiteral("status"), own->status},
               {QStringLiteral("createdAt"), own->createdAt},
               {QStringLiteral("workCode"), work},
               {QStringLiteral("workVi"), project ? project->name.vi : QString()},
               {QStringLiteral("workEn"), project ? project->name.en : QString()},
               {QStringLiteral("history"), history},
               {QStringLiteral("source"), QStringLiteral("kiosk")},
               {QStringLiteral("syncState"), own->syncState}};
    setState(reason.isEmpty() ? QStringLiteral("found") : QStringLiteral("offline"));
}

QVariantMap LookupController::result() const
{
    if (m_found.isEmpty())
        return {};
    const QString kindKey = m_found.value(QStringLiteral("kind")).toString();
    const std::optional<RecordKind> kind = RecordKinds::fromKey(kindKey);
    QVariantList history;
    for (const QJsonValue &v : m_found.value(QStringLiteral("history")).toArray()) {
        const QJsonObject e = v.toObject();
        QVariantMap entry = statusWords(e.value(QStringLiteral("status")).toString(), m_language);
        entry.insert(QStringLiteral("when"), Formatting::localDateTime(e.value(QStringLiteral("at")).toString(), m_language));
        entry.insert(QStringLiteral("reply"), e.value(QStringLiteral("reply")).toString());
        history.prepend(entry);  // newest first: what happened last is read first
    }
    const bool en = m_language == u"en";
    QString work = en ? m_found.value(QStringLiteral("workEn")).toString() : QString();
    if (work.isEmpty())
        work = m_found.value(QStringLiteral("workVi")).toString();
    if (work.isEmpty())
        work = m_found.value(QStringLiteral("workCode")).toString();
    const bool fromKiosk = m_found.value(QStringLiteral("source")).toString() == u"kiosk";
    const QString sync = m_found.value(QStringLiteral("syncState")).toString();
    QString note;
    if (fromKiosk && sync != u"confirmed")
        note = en ? QStringLiteral("This kiosk has not yet sent it to the city; it will when the network is back.")
                  : QStringLiteral("Ki-ốt này chưa gửi tới thành phố; sẽ gửi khi có mạng trở lại.");
    else if (fromKiosk)
        note = en ? QStringLiteral("The city has it; what it did since the kiosk last heard may not show here.")
                  : QStringLiteral("Thành phố đã nhận; những gì thành phố làm sau lần ki-ốt cập nhật gần nhất có thể chưa hiện ở đây.");
    return {{QStringLiteral("code"), m_found.value(QStringLiteral("code")).toString()},
            {QStringLiteral("kindName"), kind ? RecordKinds::name(*kind).in(m_language) : kindKey},
            {QStringLiteral("work"), work},
            {QStringLiteral("createdAt"), Formatting::localDateTime(m_found.value(QStringLiteral("createdAt")).toString(), m_language)},
            {QStringLiteral("status"), statusWords(m_found.value(QStringLiteral("status")).toString(), m_language)},
            {QStringLiteral("history"), history},
            {QStringLiteral("fromKiosk"), fromKiosk},
            {QStringLiteral("note"), note}};
}
