// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubserver.h"

#include "hublogging.h"
#include "board/boardapi.h"
#include "board/boardpage.h"
#include "board/boardservice.h"
#include "hubstore.h"
#include "open311.h"
#include "phonepage.h"
#include "publishedworks.h"
#include "receiptlookup.h"
#include "store/workpledges.h"
#include "content/project.h"
#include "records/receiptcode.h"
#include "staff/staffhttp.h"
#include "workpage.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QDateTime>
#include <QUrlQuery>

#include <variant>

namespace {

using Status = QHttpServerResponse::StatusCode;

// One case-insensitive header lookup for the kiosk API and the back-office.
using StaffHttp::header;

QByteArray methodName(const QHttpServerRequest &request)
{
    const char *key = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(request.method()));
    return key ? QByteArray(key).toUpper() : QByteArray("UNKNOWN");
}

QHttpServerResponse json(const QJsonObject &body, Status status = Status::Ok)
{
    QHttpServerResponse r("application/json", QJsonDocument(body).toJson(QJsonDocument::Compact), status);
    r.addHeader("Cache-Control", "no-store");
    return r;
}

/** The handler's answer when the request uses the route's method, else 405. */
template <typename Handler>
QHttpServerResponse only(QHttpServerRequest::Method method, const QHttpServerRequest &request, Handler handler)
{
    if (request.method() == method)
        return handler();
    QHttpServerResponse r = HubServer::error(Status::MethodNotAllowed, QStringLiteral("method-not-allowed"),
                                             QStringLiteral("This resource answers %1 only.")
                                                     .arg(QString::fromLatin1(method == QHttpServerRequest::Method::Get ? "GET" : "POST")));
    r.addHeader("Allow", method == QHttpServerRequest::Method::Get ? "GET" : "POST");
    return r;
}

/** The JSON object of a request's body, or the 4xx answer saying what is wrong with it. */
std::variant<QJsonObject, QHttpServerResponse> jsonBody(const QHttpServerRequest &request)
{
    const QByteArray body = request.body();
    if (body.size() > HubServer::MaxBodyBytes)
        return HubServer::error(Status::PayloadTooLarge, QStringLiteral("too-large"),
                                QStringLiteral("The body is larger than 16 MiB."));
    const QByteArray type = header(request, "Content-Type");
    const QList<QByteArray> parts = type.split(';');
    bool ok = parts.first().trimmed().toLower() == "application/json";
    for (qsizetype i = 1; ok && i < parts.size(); ++i) {
        const QByteArray p = parts.at(i).trimmed().toLower();
        if (p.startsWith("charset="))
            ok = p == "charset=utf-8" || p == "charset=\"utf-8\"";
    }
    if (!ok)
        return HubServer::error(Status::UnsupportedMediaType, QStringLiteral("unsupported-media-type"),
                                QStringLiteral("The body must be application/json in UTF-8."));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return HubServer::error(Status::BadRequest, QStringLiteral("bad-json"),
                                QStringLiteral("The body is not valid JSON (offset %1: %2).")
                                        .arg(parseError.offset).arg(parseError.errorString()));
    if (!doc.isObject())
        return HubServer::error(Status::BadRequest, QStringLiteral("bad-json"),
                                QStringLiteral("The body must be one JSON object."));
    return doc.object();
}

QString bearerToken(const QHttpServerRequest &request)
{
    const QByteArray value = header(request, "Authorization").trimmed();
    if (!value.startsWith("Bearer ") && !value.startsWith("bearer "))
        return {};
    return QString::fromLatin1(value.mid(7).trimmed());
}

QHttpServerResponse unauthorized()
{
    QHttpServerResponse r = HubServer::error(Status::Unauthorized, QStringLiteral("unauthorized"),
                                             QStringLiteral("A valid device token is needed (Authorization: Bearer …); "
                                                            "enrol the kiosk again if it was revoked."));
    r.addHeader("WWW-Authenticate", "Bearer");
    return r;
}

QHttpServerResponse storageDown()
{
    return HubServer::error(Status::ServiceUnavailable, QStringLiteral("storage-unavailable"),
                            QStringLiteral("The hub cannot reach its database; try again later."));
}

QHttpServerResponse fromReply(const HubReply &reply)
{
    QHttpServerResponse r(reply.contentType, reply.body, Status(reply.status));
    return r;
}

/** A page for residents' phones: HTML that may show the published images and nothing else. */
QHttpServerResponse publicPage(const HubReply &reply)
{
    QHttpServerResponse r = fromReply(reply);
    r.addHeader("Cache-Control", "no-cache");
    r.addHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'");
    return r;
}

QString pageLanguage(const QHttpServerRequest &request)
{
    return request.query().queryItemValue(QStringLiteral("lang")) == u"en" ? QStringLiteral("en") : QStringLiteral("vi");
}

/** The request's If-None-Match names etag (or "*"). */
bool matchesEtag(const QHttpServerRequest &request, const QByteArray &etag)
{
    const QList<QByteArray> tags = header(request, "If-None-Match").split(',');
    for (QByteArray tag : tags) {
        tag = tag.trimmed();
        if (tag.startsWith("W/"))
            tag = tag.mid(2);
        if (tag == etag || tag == "*")
            return true;
    }
    return false;
}

/** Today in Hải Phòng (UTC+7 all year), for the "behind schedule" mark. */
QDate vietnamToday()
{
    return QDateTime::currentDateTimeUtc().toOffsetFromUtc(7 * 3600).date();
}

}

template <typename Handler>
QHttpServerResponse HubServer::forKiosk(QHttpServerRequest::Method method, const QHttpServerRequest &request,
                                        Handler handler)
{
    return only(method, request, [&] {
        const std::optional<HubKiosk> kiosk = m_store.kiosks().authenticate(bearerToken(request));
        if (!kiosk)
            return unauthorized();
        // What the kiosk runs and which content it holds, for /staff/kiosks (SYNC-PROTOCOL.md).
        const QByteArray app = header(request, "X-Kiosk-App-Version");
        const QByteArray content = header(request, "X-Kiosk-Content-Version");
        if (!app.isEmpty() || !content.isEmpty())
            m_store.kiosks().noteVersions(*kiosk, QString::fromLatin1(app), QString::fromLatin1(content));
        return handler(*kiosk);
    });
}

template <typename Handler>
QHttpServerResponse HubServer::forWorks(const QHttpServerRequest &request, Handler handler)
{
    return only(QHttpServerRequest::Method::Get, request, [&] {
        const std::shared_ptr<const PublishedWorks> works = m_store.content().publishedWorks();
        return works ? handler(*works) : storageDown();
    });
}

HubServer::HubServer(HubStore &store, const StaffSite::Options &staffOptions, QObject *parent)
    : QObject(parent), m_store(store), m_board(store), m_staff(store, m_board, staffOptions)
{
    m_staff.install(m_http);
    using Method = QHttpServerRequest::Method;
    using Kiosk = const HubKiosk &;
    using Works = const PublishedWorks &;
    // Each route says its method and what the request must bring (a device token, published
    // works) before its handler runs. Routes take every method and answer 405 themselves: the
    // 6.4 router would otherwise give an unmatched method the missing handler's 404.
    m_http.route(QStringLiteral("/api/v1/enrol"),
                 [this](const QHttpServerRequest &r) { return only(Method::Post, r, [&] { return enrol(r); }); });
    m_http.route(QStringLiteral("/api/v1/records"), [this](const QHttpServerRequest &r) {
        return forKiosk(Method::Post, r, [&](Kiosk kiosk) { return records(kiosk, r); });
    });
    m_http.route(QStringLiteral("/api/v1/content"), [this](const QHttpServerRequest &r) {
        return forKiosk(Method::Get, r, [&](Kiosk) { return content(r); });
    });
    for (const QString &folder : {QStringLiteral("images"), QStringLiteral("media")})
        m_http.route(QStringLiteral("/api/v1/content/%1/<arg>").arg(folder), [this, folder](const QString &name, const QHttpServerRequest &r) {
            return only(Method::Get, r, [&] { return contentFile(folder + u'/' + name); });
        });
    m_http.route(QStringLiteral("/api/v1/receipts/lookup"), [this](const QHttpServerRequest &r) {
        return forKiosk(Method::Get, r, [&](Kiosk kiosk) { return receiptLookup(kiosk, r); });
    });
    m_http.route(QStringLiteral("/api/v1/receipts"), [this](const QHttpServerRequest &r) {
        return forKiosk(Method::Get, r, [&](Kiosk kiosk) { return receipts(kiosk, r); });
    });
    m_http.route(QStringLiteral("/api/v1/works/pledges"), [this](const QHttpServerRequest &r) {
        return forKiosk(Method::Get, r, [&](Kiosk) { return workPledges(r); });
    });
    m_http.route(QStringLiteral("/api/v1/board"), [this](const QHttpServerRequest &r) {
        return forKiosk(Method::Get, r, [&](Kiosk kiosk) { return board(kiosk, r); });
    });
    m_http.route(QStringLiteral("/thi-dua"),
                 [this](const QHttpServerRequest &r) { return only(Method::Get, r, [&] { return boardPage(r); }); });
    m_http.route(QStringLiteral("/r/<arg>"), [this](const QString &code, const QHttpServerRequest &r) {
        return only(Method::Get, r, [&] { return phonePage(code, r); });
    });
    for (const QString &path : {QStringLiteral("/p/"), QStringLiteral("/p")})
        m_http.route(path, [this](const QHttpServerRequest &r) {
            return forWorks(r, [&](Works works) { return workList(works, r); });
        });
    m_http.route(QStringLiteral("/p/<arg>"), [this](const QString &code, const QHttpServerRequest &r) {
        return forWorks(r, [&](Works works) { return workPage(works, code, r); });
    });
    m_http.route(QStringLiteral("/open311/v2/<arg>"),
                 [this](const QUrl &, const QHttpServerRequest &r) { return open311(r); });
    m_http.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        const QString path = request.url().path();
        qCInfo(lcHubHttp).noquote() << methodName(request) << path.left(200) << 404;
        // afterRequest does not run for this answer, so it sets its own headers. A phone that
        // followed a mangled work link (/p/a/b, an encoded '/') gets the page, not JSON.
        QHttpServerResponse r = path.startsWith(QStringLiteral("/p/"))
                ? publicPage(WorkPage::notFound(WorkPage::Missing::Work, path.mid(3), isSampleContent(), pageLanguage(request)))
                : path.startsWith(QStringLiteral("/staff/")) ? StaffSite::notFoundPage(request)
                : error(Status::NotFound, QStringLiteral("not-found"), QStringLiteral("There is no such resource."));
        r.addHeader("X-Content-Type-Options", "nosniff");
        r.write(std::move(responder));
    });
    m_http.afterRequest([](QHttpServerResponse &&response, const QHttpServerRequest &request) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        // The path only: queries may carry receipt codes lists or Open311 form fields.
        qCInfo(lcHubHttp).noquote() << methodName(request) << request.url().path().left(200) << int(response.statusCode());
        return std::move(response);
    });
}

quint16 HubServer::listen(const QHostAddress &address, quint16 port)
{
    return m_http.listen(address, port);
}

QHttpServerResponse HubServer::error(Status status, const QString &code, const QString &message)
{
    return json(QJsonObject{{QStringLiteral("error"), code}, {QStringLiteral("message"), message}}, status);
}

QHttpServerResponse HubServer::enrol(const QHttpServerRequest &request)
{
    auto body = jsonBody(request);
    if (auto *response = std::get_if<QHttpServerResponse>(&body))
        return std::move(*response);
    const QJsonObject o = std::get<QJsonObject>(body);
    const QJsonValue code = o.value(QStringLiteral("code"));
    const QJsonValue name = o.value(QStringLiteral("name"));
    if (!code.isString() || code.toString().size() > 64)
        return error(Status::BadRequest, QStringLiteral("bad-request"),
                     QStringLiteral("“code” must be the enrolment code as text, e.g. ABCD-EFGH-JKMN."));
    if ((!name.isString() && !name.isUndefined() && !name.isNull()) || name.toString().size() > 1000)
        return error(Status::BadRequest, QStringLiteral("bad-request"),
                     QStringLiteral("“name” must be text of at most %1 characters.").arg(KioskRegistry::MaxKioskNameLength));
    HubEnrolment e;
    const QJsonValue previous = o.value(QStringLiteral("previousToken"));
    if (!previous.isString() && !previous.isUndefined() && !previous.isNull())
        return error(Status::BadRequest, QStringLiteral("bad-request"),
                     QStringLiteral("“previousToken” must be the kiosk's earlier device token as text."));
    switch (m_store.kiosks().enrol(code.toString(), name.toString(), &e, previous.toString().left(200))) {
    case KioskRegistry::EnrolOutcome::Refused:
        return error(Status::Forbidden, QStringLiteral("enrolment-refused"),
                     QStringLiteral("This enrolment code is unknown, used or expired; ask the city for a new one."));
    case KioskRegistry::EnrolOutcome::StorageError:
        return storageDown();
    case KioskRegistry::EnrolOutcome::Enrolled:
        break;
    }
    return json({{QStringLiteral("kioskId"), e.kioskId},
                 {QStringLiteral("ward"), e.ward},
                 {QStringLiteral("receiptPrefix"), e.receiptPrefix},
                 {QStringLiteral("token"), e.token},
                 {QStringLiteral("publicUrl"), m_store.content().publicUrl()}});
}

QHttpServerResponse HubServer::records(const HubKiosk &kiosk, const QHttpServerRequest &request)
{
    const QByteArray pending = header(request, "X-Outbox-Pending");
    bool pendingOk = false;
    const qint64 pendingCount = pending.toLongLong(&pendingOk);
    if (pendingOk && pendingCount >= 0)
        m_store.kiosks().notePending(kiosk, pendingCount);

    auto body = jsonBody(request);
    if (auto *response = std::get_if<QHttpServerResponse>(&body))
        return std::move(*response);
    const QJsonValue list = std::get<QJsonObject>(body).value(QStringLiteral("records"));
    if (!list.isArray())
        return error(Status::BadRequest, QStringLiteral("bad-request"),
                     QStringLiteral("The body must be { \"records\": [ … ] }."));
    if (list.toArray().size() > RecordIngest::MaxBatchRecords)
        return error(Status::BadRequest, QStringLiteral("batch-too-large"),
                     QStringLiteral("At most %1 records per batch.").arg(RecordIngest::MaxBatchRecords));
    const HubIngestBatch batch = m_store.ingest().ingest(kiosk, list.toArray());
    switch (batch.status) {
    case HubIngestBatch::Status::BatchTooLarge:
        return error(Status::BadRequest, QStringLiteral("batch-too-large"),
                     QStringLiteral("At most %1 records per batch.").arg(RecordIngest::MaxBatchRecords));
    case HubIngestBatch::Status::StorageError:
        return storageDown();
    case HubIngestBatch::Status::Ok:
        break;
    }
    QJsonArray results;
    for (const HubIngestResult &r : batch.results) {
        QJsonObject o{{QStringLiteral("id"), r.id}, {QStringLiteral("result"), r.result}};
        if (!r.reason.isEmpty())
            o.insert(QStringLiteral("reason"), r.reason);
        results.append(o);
    }
    return json({{QStringLiteral("results"), results}});
}

QHttpServerResponse HubServer::content(const QHttpServerRequest &request)
{
    const std::optional<HubContent> c = m_store.content().served();
    if (!c)
        return storageDown();
    if (matchesEtag(request, c->etag)) {
        QHttpServerResponse r(Status::NotModified);
        r.addHeader("ETag", c->etag);
        return r;
    }
    QHttpServerResponse r("application/json", c->json);
    r.addHeader("ETag", c->etag);
    r.addHeader("Cache-Control", "no-cache");
    return r;
}

QHttpServerResponse HubServer::contentFile(const QString &path)
{
    QByteArray mime;
    const std::optional<QByteArray> bytes = m_store.content().file(path, &mime);
    if (!bytes)
        return error(Status::NotFound, QStringLiteral("not-found"), QStringLiteral("The published content has no such file."));
    QHttpServerResponse r(mime, *bytes);
    // An SVG opened directly must not run scripts in the hub's origin.
    r.addHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
    return r;
}

QHttpServerResponse HubServer::receipts(const HubKiosk &kiosk, const QHttpServerRequest &request)
{
    const QUrlQuery query = request.query();
    if (!query.hasQueryItem(QStringLiteral("codes")))
        return error(Status::BadRequest, QStringLiteral("bad-parameter"), QStringLiteral("“codes” is missing."));
    QStringList codes;
    for (const QString &c : query.queryItemValue(QStringLiteral("codes"), QUrl::FullyDecoded).split(u','))
        if (!c.trimmed().isEmpty())
            codes.append(c.trimmed());
    if (codes.size() > RecordQueries::MaxReceiptCodes)
        return error(Status::BadRequest, QStringLiteral("bad-parameter"),
                     QStringLiteral("At most %1 codes at a time.").arg(RecordQueries::MaxReceiptCodes));
    const auto statuses = m_store.queries().receipts(kiosk, codes);
    if (!statuses)
        return storageDown();
    QJsonArray list;
    for (const HubReceiptStatus &s : *statuses)
        list.append(QJsonObject{{QStringLiteral("code"), s.code},
                                {QStringLiteral("status"), s.status},
                                {QStringLiteral("updatedAt"), s.updatedAt},
                                {QStringLiteral("note"), s.note}});
    return json({{QStringLiteral("receipts"), list}});
}

QHttpServerResponse HubServer::receiptLookup(const HubKiosk &kiosk, const QHttpServerRequest &request)
{
    const QUrlQuery query = request.query();
    if (!query.hasQueryItem(QStringLiteral("code")))
        return error(Status::BadRequest, QStringLiteral("bad-parameter"), QStringLiteral("“code” is missing."));
    LocalizedText problem;
    const QString code = ReceiptCode::normalize(query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded).left(64), &problem);
    if (code.isEmpty())
        return error(Status::BadRequest, QStringLiteral("bad-parameter"), problem.en);
    if (!m_lookup.allow(kiosk.id, QDateTime::currentDateTimeUtc()))
        return error(Status::TooManyRequests, QStringLiteral("too-many-requests"),
                     QStringLiteral("At most %1 lookups a minute per kiosk; try again in a minute.").arg(ReceiptLookup::MaxPerMinute));
    bool storageError = false;
    const std::optional<HubRecordView> record = m_store.queries().recordView(code, &storageError);
    if (storageError)
        return storageDown();
    if (!record)
        return error(Status::NotFound, QStringLiteral("not-found"), QStringLiteral("No record has this receipt code."));
    const HubNames names = m_store.content().names(record->ward, record->payload.value(QStringLiteral("projectCode")).toString());
    return json(ReceiptLookup::body(*record, names));
}

QHttpServerResponse HubServer::workPledges(const QHttpServerRequest &request)
{
    const QString code = request.query().queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded).trimmed().toUpper().left(64);
    if (!ContentEnums::isCode(code))
        return error(Status::BadRequest, QStringLiteral("bad-parameter"), QStringLiteral("“code” must be a work's code, e.g. HB-001."));
    if (!m_store.content().projectExists(code))
        return error(Status::NotFound, QStringLiteral("not-found"), QStringLiteral("The published content has no work with this code."));
    const std::optional<HubWorkPledges> w = WorkPledges(m_store.database()).of(code);
    if (!w)
        return storageDown();
    return json({{QStringLiteral("code"), code},
                 {QStringLiteral("pledges"), w->pledges},
                 {QStringLiteral("landM2"), w->landM2},
                 {QStringLiteral("labourDays"), w->labourDays},
                 {QStringLiteral("materialDeliveries"), w->materialDeliveries}});
}

QHttpServerResponse HubServer::board(const HubKiosk &kiosk, const QHttpServerRequest &request)
{
    const std::optional<BoardApi::Body> body = m_board.apiBody(kiosk.ward, BoardService::today());
    if (!body)
        return storageDown();
    const BoardApi::Body &b = *body;
    if (matchesEtag(request, b.etag)) {
        QHttpServerResponse r(Status::NotModified);
        r.addHeader("ETag", b.etag);
        return r;
    }
    QHttpServerResponse r("application/json", b.json);
    r.addHeader("ETag", b.etag);
    r.addHeader("Cache-Control", "no-cache");
    return r;
}

QHttpServerResponse HubServer::boardPage(const QHttpServerRequest &request)
{
    const QString lang = pageLanguage(request);
    const QDate today = BoardService::today();
    const QString current = BoardService::monthOf(today);
    const QString typed = request.query().queryItemValue(QStringLiteral("month")).left(16);
    QString month = BoardService::checkedMonth(typed);
    const bool badMonth = !typed.isEmpty() && (month.isEmpty() || month > current);
    if (month.isEmpty() || month > current)
        month = current;
    const auto months = m_board.months(month, 2, today);
    if (!months || months->isEmpty())
        return storageDown();
    BoardPageData data;
    data.board = months->last();
    data.current = current;
    data.names = m_store.content().wards();
    data.sample = isSampleContent();
    data.badMonth = badMonth;
    return publicPage(BoardPage::render(data, lang));
}

QHttpServerResponse HubServer::phonePage(const QString &code, const QHttpServerRequest &request)
{
    const QString typed = code.left(64);
    const std::optional<HubRecordView> record = m_store.queries().recordView(typed);
    const HubNames names = record ? m_store.content().names(record->ward, record->payload.value(QStringLiteral("projectCode")).toString())
                                  : m_store.content().names({}, {});
    QHttpServerResponse r = fromReply(PhonePage::render(typed, record, names, pageLanguage(request)));
    r.addHeader("Cache-Control", "no-cache");
    r.addHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:");
    return r;
}

bool HubServer::isSampleContent()
{
    const std::shared_ptr<const PublishedWorks> works = m_store.content().publishedWorks();
    return works && works->isSample();
}

QHttpServerResponse HubServer::workPage(const PublishedWorks &works, const QString &code, const QHttpServerRequest &request)
{
    const QString lang = pageLanguage(request);
    const QString typed = code.left(64);
    const Project *work = works.work(typed.trimmed().toUpper());
    if (!work)
        return publicPage(WorkPage::notFound(WorkPage::Missing::Work, typed, works.isSample(), lang));
    const std::optional<qint64> pledges = m_store.queries().acceptedPledges(work->code);
    if (!pledges)
        return storageDown();
    WorkPageData data;
    data.work = *work;
    if (const Ward *ward = works.ward(work->wardCode))
        data.wardName = ward->name;
    data.acceptedPledges = *pledges;
    data.sample = works.isSample();
    data.today = vietnamToday();
    return publicPage(WorkPage::render(data, lang));
}

QHttpServerResponse HubServer::workList(const PublishedWorks &works, const QHttpServerRequest &request)
{
    const QString lang = pageLanguage(request);
    const QUrlQuery query = request.query();
    const QString ward = query.queryItemValue(QStringLiteral("ward"), QUrl::FullyDecoded).trimmed().toUpper().left(64);
    if (!ward.isEmpty() && !works.ward(ward))
        return publicPage(WorkPage::notFound(WorkPage::Missing::Ward, ward, works.isSample(), lang));
    WorkListData data;
    data.wards = works.wards();
    data.wardFilter = ward;
    data.total = works.count(ward);
    data.pageCount = WorkPage::pageCount(data.total);
    data.page = WorkPage::pageNumber(query.queryItemValue(QStringLiteral("page"), QUrl::FullyDecoded), data.total);
    const QList<const Project *> slice = works.slice(ward, qsizetype(data.page - 1) * WorkPage::PerPage, WorkPage::PerPage);
    data.works.reserve(slice.size());
    for (const Project *p : slice)
        data.works.append(*p);
    data.sample = works.isSample();
    data.today = vietnamToday();
    return publicPage(WorkPage::renderList(data, lang));
}

QHttpServerResponse HubServer::open311(const QHttpServerRequest &request)
{
    const QString path = request.url().path(QUrl::FullyDecoded);
    const QString prefix = QStringLiteral("/open311/v2/");
    const QString after = path.startsWith(prefix) ? path.mid(prefix.size()) : QString();
    if (request.body().size() > MaxBodyBytes)
        return fromReply(Open311::tooLarge(after, MaxBodyBytes));
    return fromReply(Open311::handle(methodName(request), after, request.query(), request.body(),
                                     header(request, "Content-Type"), m_store.open311()));
}
