// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile input against the real city-hub on 127.0.0.1: well over a thousand malformed or
// hostile requests, made from a seed (HUBABUSE_SEED, printed) so a failure can be replayed,
// sent byte for byte over raw sockets. Every well-formed request must get an answer below
// 500 within a timeout — a 4xx with the protocol's error body, or for a record that is wrong
// inside a well-formed batch the 200 with "rejected" the protocol prescribes — and afterwards
// the hub must be alive, answer a good request, and hold only the records that were valid.
#include "hubprocess.h"
#include "recordfixture.h"
#include "records/receiptcode.h"
#include "records/record.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QXmlStreamReader>

#include <functional>
#include <utility>

namespace {

constexpr quint32 DefaultSeed = 20261127;
constexpr int AnswerTimeoutMs = 60'000;     // generous: a loaded 2-core machine
constexpr int GarbageWaitMs = 3'000;        // how long a non-request may keep the hub silent
constexpr int Categories = 15;              // test functions that send hostile requests

/** What the hub sent back on one connection. */
struct Answer
{
    int status = 0;          // 0: no status line came
    bool closed = false;     // the hub closed without a complete answer
    bool timedOut = false;   // neither an answer nor a close within the wait
    QByteArray headers;      // raw header block, lower-cased names kept as sent
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : headers.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
    QString outcome() const
    {
        if (status)
            return QString::number(status);
        return timedOut ? QStringLiteral("timeout") : QStringLiteral("close");
    }
};

/** Decodes a chunked body; false while it is incomplete. */
bool dechunk(const QByteArray &raw, QByteArray *out)
{
    out->clear();
    qsizetype pos = 0;
    for (;;) {
        const qsizetype eol = raw.indexOf("\r\n", pos);
        if (eol < 0)
            return false;
        bool ok = false;
        const qsizetype size = raw.mid(pos, eol - pos).split(';').first().trimmed().toLongLong(&ok, 16);
        if (!ok)
            return false;
        pos = eol + 2;
        if (size == 0)
            return raw.indexOf("\r\n", pos) >= 0;
        if (raw.size() < pos + size + 2)
            return false;
        out->append(raw.mid(pos, size));
        pos += size + 2;
    }
}

/** Sends raw bytes on a fresh connection and reads one HTTP answer (or the close). Waits in
    short steps and runs the event loop between them: the hub logs every request to a pipe
    that HubProcess's QProcess empties only from the event loop, and a hub blocked in write()
    on a full pipe would look like a hub that hangs. */
Answer exchange(quint16 port, const QByteArray &raw, int waitMs, bool headRequest)
{
    Answer a;
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(10'000)) {
        a.closed = true;
        return a;
    }
    QDeadlineTimer deadline(waitMs);
    socket.write(raw);
    while (socket.bytesToWrite() > 0 && socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        QCoreApplication::processEvents();
        socket.waitForBytesWritten(20);
    }

    QByteArray in;
    for (;;) {
        in += socket.readAll();
        const qsizetype end = in.indexOf("\r\n\r\n");
        if (end >= 0) {
            const QByteArray head = in.left(end);
            const QByteArray rest = in.mid(end + 4);
            const QList<QByteArray> statusLine = head.left(head.indexOf("\r\n") < 0 ? head.size() : head.indexOf("\r\n")).split(' ');
            a.headers = head;
            const int status = statusLine.size() >= 2 ? statusLine.at(1).toInt() : 0;
            const QByteArray length = a.header("Content-Length");
            const bool chunked = a.header("Transfer-Encoding").toLower().contains("chunked");
            bool complete = false;
            if (headRequest || status == 304 || status == 204 || (status >= 100 && status < 200)) {
                complete = true;
            } else if (chunked) {
                complete = dechunk(rest, &a.body);
            } else if (!length.isEmpty()) {
                complete = rest.size() >= length.toLongLong();
                a.body = rest.left(length.toLongLong());
            } else {
                a.body = rest;  // delimited by the close
                complete = socket.state() != QAbstractSocket::ConnectedState;
            }
            if (complete) {
                a.status = status;
                return a;
            }
        }
        if (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0) {
            a.closed = true;
            return a;
        }
        if (deadline.hasExpired()) {
            a.timedOut = true;
            return a;
        }
        QCoreApplication::processEvents();
        socket.waitForReadyRead(int(std::clamp<qint64>(deadline.remainingTime(), 1, 20)));
    }
}

/** A request as bytes: the request line, Host, Connection: close, the given headers, the body
    with its Content-Length (unless a header already says how the body ends). */
QByteArray request(const QByteArray &method, const QByteArray &target, const QList<QByteArray> &headers = {},
                   const QByteArray &body = {}, bool addLength = true)
{
    QByteArray r = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    bool hasLength = false;
    for (const QByteArray &h : headers) {
        r += h + "\r\n";
        const QByteArray lower = h.toLower();
        hasLength = hasLength || lower.startsWith("content-length:") || lower.startsWith("transfer-encoding:");
    }
    if (addLength && !hasLength && (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH"))
        r += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return r + "\r\n" + body;
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/** How a case must be answered. */
enum class Expect {
    Refused,    // a 4xx (statuses, when given, name which), with the error body of its API
    Rejected,   // 200 {"results": [...]} where every record is "rejected" (reason, when given, checked)
    Handled,    // any answer below 500 (a filter that finds nothing, an odd but valid field)
    Survive,    // not a request: an answer below 500 or a close; silence is ended by the client
};

/** Which error body a refusal must carry. WellFormed: one of the three, whichever the
    answer's Content-Type says (a path that no route takes gets the router's JSON 404 even
    when it starts like a residents' page or an Open311 resource). */
enum class ErrorBody { ApiJson, Open311Json, Open311Xml, Html, WellFormed, Any };

/** One hostile request and the answer it must get. A constructor with defaults rather than an
    aggregate, so a case names only what differs from the usual refusal. */
struct Case
{
    Case(QString name, QByteArray raw, Expect expect = Expect::Refused, QList<int> statuses = {},
         ErrorBody body = ErrorBody::ApiJson, QString reason = {}, bool head = false)
        : name(std::move(name)), raw(std::move(raw)), expect(expect), statuses(std::move(statuses)),
          body(body), reason(std::move(reason)), head(head)
    {
    }

    QString name;
    QByteArray raw;
    Expect expect;
    QList<int> statuses;     // allowed 4xx statuses; empty: any 4xx
    ErrorBody body;
    QString reason;          // for Rejected: a text the reason must contain
    bool head;
};

/** The body kind a target's errors come in. */
ErrorBody bodyFor(const QByteArray &target)
{
    const QByteArray path = target.split('?').first();
    if (path.startsWith("/r/"))
        return ErrorBody::Html;
    if (path.startsWith("/open311/"))
        return path.endsWith(".json") ? ErrorBody::Open311Json : ErrorBody::Open311Xml;
    return ErrorBody::ApiJson;
}

/** Codes the protocol's error table allows for a status (deploy/SYNC-PROTOCOL.md, "Errors"). */
const QMap<int, QStringList> &apiErrorCodes()
{
    static const QMap<int, QStringList> codes{
            {400, {QStringLiteral("bad-json"), QStringLiteral("bad-request"), QStringLiteral("batch-too-large"),
                   QStringLiteral("bad-parameter")}},
            {401, {QStringLiteral("unauthorized")}},
            {403, {QStringLiteral("enrolment-refused")}},
            {404, {QStringLiteral("not-found")}},
            {405, {QStringLiteral("method-not-allowed")}},
            {413, {QStringLiteral("too-large")}},
            {415, {QStringLiteral("unsupported-media-type")}},
    };
    return codes;
}

/** Empty when the error body is what its API promises, else what is wrong. */
QString checkErrorBody(ErrorBody kind, const Answer &a)
{
    switch (kind) {
    case ErrorBody::Any:
        return {};
    case ErrorBody::ApiJson: {
        if (!a.header("Content-Type").startsWith("application/json"))
            return QStringLiteral("Content-Type %1 is not application/json").arg(QString::fromLatin1(a.header("Content-Type")));
        QJsonParseError e;
        const QJsonObject o = QJsonDocument::fromJson(a.body, &e).object();
        if (e.error != QJsonParseError::NoError || !o.value(QStringLiteral("error")).isString()
            || !o.value(QStringLiteral("message")).isString() || o.value(QStringLiteral("message")).toString().isEmpty())
            return QStringLiteral("not {\"error\", \"message\"}: %1").arg(QString::fromUtf8(a.body.left(200)));
        const QString code = o.value(QStringLiteral("error")).toString();
        if (!apiErrorCodes().value(a.status).contains(code))
            return QStringLiteral("error \"%1\" is not one the protocol gives with %2").arg(code).arg(a.status);
        return {};
    }
    case ErrorBody::Open311Json: {
        QJsonParseError e;
        const QJsonDocument doc = QJsonDocument::fromJson(a.body, &e);
        const QJsonArray list = doc.array();
        if (e.error != QJsonParseError::NoError || !doc.isArray() || list.isEmpty())
            return QStringLiteral("not the Open311 error list: %1").arg(QString::fromUtf8(a.body.left(200)));
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("code")).toInt() != a.status
                || o.value(QStringLiteral("description")).toString().isEmpty())
                return QStringLiteral("an Open311 error is not {code: %1, description}: %2").arg(a.status).arg(QString::fromUtf8(a.body.left(200)));
        }
        return {};
    }
    case ErrorBody::Open311Xml: {
        QXmlStreamReader xml(a.body);
        QStringList path;
        int errors = 0;
        bool codeOk = true;
        bool described = true;
        QString root;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (root.isEmpty())
                    root = xml.name().toString();
                if (xml.name() == u"error")
                    ++errors;
                else if (xml.name() == u"code")
                    codeOk = codeOk && xml.readElementText().toInt() == a.status;
                else if (xml.name() == u"description")
                    described = described && !xml.readElementText().isEmpty();
            }
        }
        if (xml.hasError() || root != u"errors" || errors == 0 || !codeOk || !described)
            return QStringLiteral("not <errors><error><code>%1</code><description>: %2").arg(a.status).arg(QString::fromUtf8(a.body.left(200)));
        return {};
    }
    case ErrorBody::WellFormed: {
        const QByteArray type = a.header("Content-Type");
        if (type.startsWith("text/html"))
            return checkErrorBody(ErrorBody::Html, a);
        if (type.contains("xml"))
            return checkErrorBody(ErrorBody::Open311Xml, a);
        return checkErrorBody(QJsonDocument::fromJson(a.body).isArray() ? ErrorBody::Open311Json : ErrorBody::ApiJson, a);
    }
    case ErrorBody::Html:
        if (!a.header("Set-Cookie").isEmpty())
            return QStringLiteral("a Set-Cookie header came from the address");
        if (a.header("Content-Type").startsWith("application/json"))
            return checkErrorBody(ErrorBody::ApiJson, a);  // not a code: the path has a '/' after /r/
        if (!a.header("Content-Type").startsWith("text/html"))
            return QStringLiteral("the residents' page is not text/html");
        // What was typed is shown escaped: no markup from the address reaches the page.
        if (a.body.toLower().contains("<script") || a.body.toLower().contains("<img"))
            return QStringLiteral("markup from the address appears in the page");
        return {};
    }
    return {};
}

/** The hostile values a field of a given JSON type is replaced with; each changes the type,
    leaves a required number at zero, or is far out of range. */
QList<std::pair<QString, QJsonValue>> wrongValuesFor(const QJsonValue &original, QRandomGenerator &random)
{
    const QString longText(100'000 + int(random.bounded(1000)), QChar(0x1EA1));  // "ạ" × 100,000
    QJsonArray thousand;
    for (int i = 0; i < 10'000; ++i)
        thousand.append(i);
    const QList<std::pair<QString, QJsonValue>> containers{
            {QStringLiteral("array"), QJsonArray{QStringLiteral("x")}},
            {QStringLiteral("object"), QJsonObject{{QStringLiteral("$ne"), 1}}},
    };
    QList<std::pair<QString, QJsonValue>> out;
    switch (original.type()) {
    case QJsonValue::String:
        out = {{QStringLiteral("number"), 7},
               {QStringLiteral("huge-number"), 1.7e308},
               {QStringLiteral("bool"), true},
               {QStringLiteral("100k-text"), longText}};
        break;
    case QJsonValue::Double:
        out = {{QStringLiteral("text"), QStringLiteral("12")},
               {QStringLiteral("bool"), true},
               {QStringLiteral("huge"), 1.7e308},
               {QStringLiteral("negative"), -1.5},
               {QStringLiteral("NaN-text"), QStringLiteral("NaN")}};
        break;
    case QJsonValue::Bool:
        out = {{QStringLiteral("text"), QStringLiteral("true")}, {QStringLiteral("number"), 1}};
        break;
    case QJsonValue::Array:
        out = {{QStringLiteral("object"), QJsonObject{}},
               {QStringLiteral("text"), QStringLiteral("[]")},
               {QStringLiteral("number"), 3},
               {QStringLiteral("nested"), QJsonArray{QJsonArray{QJsonArray{}}}},
               {QStringLiteral("10k-numbers"), thousand}};
        return out;
    case QJsonValue::Object:
        out = {{QStringLiteral("array"), QJsonArray{}},
               {QStringLiteral("text"), QStringLiteral("{}")},
               {QStringLiteral("number"), 0},
               {QStringLiteral("bool"), false}};
        return out;
    default:
        return out;
    }
    return out + containers;
}

using Path = QList<QJsonValue>;  // object keys (strings) and array indexes (numbers)

void collectPaths(const QJsonValue &value, const Path &here, QList<Path> *out)
{
    if (!here.isEmpty())
        out->append(here);
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            collectPaths(it.value(), Path(here) << it.key(), out);
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            collectPaths(a.at(i), Path(here) << double(i), out);
    }
}

QJsonValue valueAt(const QJsonValue &root, const Path &path)
{
    QJsonValue v = root;
    for (const QJsonValue &step : path)
        v = step.isString() ? v.toObject().value(step.toString()) : v.toArray().at(qsizetype(step.toDouble()));
    return v;
}

/** root with the value at path replaced (or removed, when replacement is undefined). */
QJsonValue replaced(const QJsonValue &root, const Path &path, qsizetype depth, const QJsonValue &replacement)
{
    const QJsonValue step = path.at(depth);
    const bool last = depth + 1 == path.size();
    if (step.isString()) {
        QJsonObject o = root.toObject();
        if (last && replacement.isUndefined())
            o.remove(step.toString());
        else
            o.insert(step.toString(), last ? replacement : replaced(o.value(step.toString()), path, depth + 1, replacement));
        return o;
    }
    QJsonArray a = root.toArray();
    const qsizetype i = qsizetype(step.toDouble());
    if (last && replacement.isUndefined())
        a.removeAt(i);
    else
        a.replace(i, last ? replacement : replaced(a.at(i), path, depth + 1, replacement));
    return a;
}

QString pathText(const Path &path)
{
    QString s;
    for (const QJsonValue &step : path)
        s += step.isString() ? (s.isEmpty() ? QString() : QStringLiteral(".")) + step.toString()
                             : QStringLiteral("[%1]").arg(qsizetype(step.toDouble()));
    return s;
}

struct Tally
{
    int count = 0;
    QMap<QString, int> outcomes;
};

}

class tst_HubAbuse : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void truncatedJson();
    void wrongTypesInEveryField();
    void nullsAndShapes();
    void oversizedBodies();
    void open311TooLarge();
    void badUtf8AndControlCharacters();
    void numbersAndDuplicateKeys();
    void deepNesting();
    void wrongContentType();
    void authorization();
    void pathTricksAndMethods();
    void phonePageCodes();
    void open311Forms();
    void hugeQueries();
    void notHttp();
    void hubStillServes();

private:
    struct Kiosk
    {
        QString id, ward, prefix;
        QByteArray token;
    };
    Kiosk enrolThroughApi(const QString &name);
    QString newId();
    /** A valid record of kind for the kiosk, with a fresh id and receipt code. */
    QJsonObject record(const Kiosk &k, const QString &kind);
    QByteArray batchBody(const QJsonArray &records) const;
    QByteArray post(const QByteArray &target, const QByteArray &body, const QByteArray &token,
                    const QByteArray &type = "application/json") const;
    void run(const QString &category, const QList<Case> &cases);
    Answer send(const QByteArray &raw, int waitMs = AnswerTimeoutMs, bool head = false) const
    {
        return exchange(m_hub->port(), raw, waitMs, head);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HubProcess> m_hub;
    QString m_hubDb;
    QRandomGenerator m_random;
    quint32 m_seed = DefaultSeed;
    quint32 m_sequence = 100;
    Kiosk m_kiosk, m_other, m_revoked;
    int m_validAccepted = 0;
    QMap<QString, Tally> m_tallies;
    QStringList m_categoryOrder;
    int m_total = 0;
};

tst_HubAbuse::Kiosk tst_HubAbuse::enrolThroughApi(const QString &name)
{
    int exit = -1;
    QString error;
    const QString code = m_hub->admin({QStringLiteral("enrol-code"), QStringLiteral("--ward"), QStringLiteral("HONG-BANG")},
                                      &exit, &error);
    if (exit != 0) {
        qWarning("enrol-code failed: %s", qPrintable(error));
        return {};
    }
    const Answer a = send(request("POST", "/api/v1/enrol", {"Content-Type: application/json"},
                                  compact({{QStringLiteral("code"), code}, {QStringLiteral("name"), name}})));
    const QJsonObject o = QJsonDocument::fromJson(a.body).object();
    if (a.status != 200)
        qWarning("enrolment answered %s: %s", qPrintable(a.outcome()), a.body.constData());
    return {o.value(QStringLiteral("kioskId")).toString(), o.value(QStringLiteral("ward")).toString(),
            o.value(QStringLiteral("receiptPrefix")).toString(), o.value(QStringLiteral("token")).toString().toLatin1()};
}

QString tst_HubAbuse::newId()
{
    // A version-4 UUID from the seeded generator, so a run can be replayed.
    quint32 w[4];
    m_random.fillRange(w);
    return QStringLiteral("%1-%2-4%3-%4-%5%6")
            .arg(w[0], 8, 16, QChar(u'0'))
            .arg(w[1] >> 16, 4, 16, QChar(u'0'))
            .arg(w[1] & 0xfff, 3, 16, QChar(u'0'))
            .arg(0x8000 | (w[2] >> 18), 4, 16, QChar(u'0'))
            .arg(w[2] & 0xffff, 4, 16, QChar(u'0'))
            .arg(w[3], 8, 16, QChar(u'0'));
}

QJsonObject tst_HubAbuse::record(const Kiosk &k, const QString &kind)
{
    const RecordDraft d = RecordFixture::draft(kind, int(m_sequence % 8)).normalized();
    const QJsonObject personal = d.toPersonalJson();
    return QJsonObject{
            {QStringLiteral("id"), newId()},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("schema"), RecordDraft::SchemaVersion},
            {QStringLiteral("createdAt"), QDateTime::currentDateTimeUtc().toOffsetFromUtc(7 * 3600).toString(Qt::ISODateWithMs)},
            {QStringLiteral("ward"), k.ward},
            {QStringLiteral("kioskId"), k.id},
            {QStringLiteral("receiptCode"), ReceiptCode::make(k.prefix, ++m_sequence)},
            {QStringLiteral("enteredBy"), QStringLiteral("resident")},
            {QStringLiteral("payload"), d.toPayloadJson()},
            {QStringLiteral("personal"), personal.isEmpty() ? QJsonValue() : QJsonValue(personal)},
            {QStringLiteral("photo"), d.photoJpeg.isEmpty() ? QJsonValue() : QJsonValue(QString::fromLatin1(d.photoJpeg.toBase64()))},
    };
}

QByteArray tst_HubAbuse::batchBody(const QJsonArray &records) const
{
    return compact({{QStringLiteral("records"), records}});
}

QByteArray tst_HubAbuse::post(const QByteArray &target, const QByteArray &body, const QByteArray &token,
                              const QByteArray &type) const
{
    QList<QByteArray> headers;
    if (!type.isEmpty())
        headers << "Content-Type: " + type;
    if (!token.isEmpty())
        headers << "Authorization: Bearer " + token;
    return request("POST", target, headers, body);
}

void tst_HubAbuse::initTestCase()
{
    bool ok = false;
    const quint32 seed = qEnvironmentVariable("HUBABUSE_SEED").toUInt(&ok);
    m_seed = ok ? seed : DefaultSeed;
    m_random.seed(m_seed);
    qInfo("seed %u (HUBABUSE_SEED=%u replays this run)", m_seed, m_seed);

    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    if (qEnvironmentVariableIsSet("HUBABUSE_KEEP")) {
        m_dir->setAutoRemove(false);
        qInfo("the hub's database stays in %s", qPrintable(m_dir->path()));
    }
    m_hubDb = m_dir->filePath(QStringLiteral("hub.sqlite"));
    m_hub = std::make_unique<HubProcess>(QStringLiteral("sqlite:") + m_hubDb);
    QVERIFY(m_hub->start());

    m_kiosk = enrolThroughApi(QStringLiteral("UBND phường Hồng Bàng, sảnh 1"));
    m_other = enrolThroughApi(QStringLiteral("UBND phường Hồng Bàng, sảnh 2"));
    m_revoked = enrolThroughApi(QStringLiteral("Ki-ốt đã thu hồi"));
    QCOMPARE(m_kiosk.token.size(), 64);
    QCOMPARE(m_other.token.size(), 64);
    QCOMPARE(m_revoked.token.size(), 64);
    int exit = -1;
    m_hub->admin({QStringLiteral("revoke"), m_revoked.id}, &exit);
    QCOMPARE(exit, 0);

    // The unmodified records are accepted, so a refusal below is about what was changed.
    QJsonArray good;
    for (const QString &kind : RecordFixture::kinds())
        good.append(record(m_kiosk, kind));
    const Answer a = send(post("/api/v1/records", batchBody(good), m_kiosk.token));
    QCOMPARE(a.status, 200);
    const QJsonArray results = QJsonDocument::fromJson(a.body).object().value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), good.size());
    for (const QJsonValue &r : results)
        QVERIFY2(r.toObject().value(QStringLiteral("result")).toString() == u"accepted", a.body.constData());
    m_validAccepted += int(good.size());
}

void tst_HubAbuse::cleanupTestCase()
{
    std::printf("\nhostile requests sent to city-hub (seed %u)\n", m_seed);
    std::printf("%-28s %6s  %s\n", "category", "count", "answers seen (status or close/timeout) x count");
    for (const QString &category : std::as_const(m_categoryOrder)) {
        const Tally &t = m_tallies[category];
        QStringList seen;
        for (auto it = t.outcomes.constBegin(); it != t.outcomes.constEnd(); ++it)
            seen << QStringLiteral("%1x%2").arg(it.key()).arg(it.value());
        std::printf("%-28s %6d  %s\n", qPrintable(category), t.count, qPrintable(seen.join(u' ')));
    }
    std::printf("%-28s %6d\n", "total", m_total);
    std::fflush(stdout);
    m_hub.reset();
    QSqlDatabase::removeDatabase(QStringLiteral("abuseview"));
}

void tst_HubAbuse::run(const QString &category, const QList<Case> &cases)
{
    if (!m_tallies.contains(category))
        m_categoryOrder << category;
    Tally &tally = m_tallies[category];
    QStringList failures;
    const bool verbose = qEnvironmentVariableIsSet("HUBABUSE_VERBOSE");
    for (const Case &c : cases) {
        QElapsedTimer timer;
        timer.start();
        const Answer a = send(c.raw, c.expect == Expect::Survive ? GarbageWaitMs : AnswerTimeoutMs, c.head);
        if (verbose)
            qInfo("%s | %s -> %s in %lld ms", qPrintable(category), qPrintable(c.name.left(100)), qPrintable(a.outcome()),
                  qlonglong(timer.elapsed()));
        ++tally.count;
        ++m_total;
        ++tally.outcomes[a.outcome()];
        QString problem;
        if (a.status >= 500) {
            problem = QStringLiteral("answered %1: %2").arg(a.status).arg(QString::fromUtf8(a.body.left(300)));
        } else if (c.expect == Expect::Survive) {
            // Anything but a 5xx; the hub's liveness is checked after the category.
        } else if (a.status == 0) {
            problem = a.timedOut ? QStringLiteral("no answer within %1 s").arg(AnswerTimeoutMs / 1000)
                                 : QStringLiteral("connection closed without an answer");
        } else if (c.expect == Expect::Refused) {
            if (a.status < 400 || (!c.statuses.isEmpty() && !c.statuses.contains(a.status)))
                problem = QStringLiteral("answered %1, expected %2: %3")
                                  .arg(a.status)
                                  .arg(c.statuses.isEmpty() ? QStringLiteral("a 4xx")
                                                            : QString::number(c.statuses.first()))
                                  .arg(QString::fromUtf8(a.body.left(300)));
            else
                problem = checkErrorBody(c.body, a);
        } else if (c.expect == Expect::Rejected) {
            const QJsonArray results = QJsonDocument::fromJson(a.body).object().value(QStringLiteral("results")).toArray();
            if (a.status != 200 || results.isEmpty()) {
                problem = QStringLiteral("answered %1, expected 200 with results: %2").arg(a.status).arg(QString::fromUtf8(a.body.left(300)));
            } else {
                for (const QJsonValue &r : results) {
                    const QJsonObject o = r.toObject();
                    if (o.value(QStringLiteral("result")).toString() != u"rejected"
                        || !o.value(QStringLiteral("reason")).toString().contains(c.reason))
                        problem = QStringLiteral("a record was %1 (%2), expected rejected%3")
                                          .arg(o.value(QStringLiteral("result")).toString(), o.value(QStringLiteral("reason")).toString(),
                                               c.reason.isEmpty() ? QString() : QStringLiteral(" with ") + c.reason);
                }
            }
        } else if (c.expect == Expect::Handled && a.status >= 400) {
            problem = checkErrorBody(c.body, a);
        }
        if (!problem.isEmpty())
            failures << QStringLiteral("%1: %2").arg(c.name, problem);
    }
    // After each category the hub must still be there and answer.
    const bool alive = m_hub->isRunning();
    const Answer probe = alive ? send(request("GET", "/api/v1/content", {"Authorization: Bearer " + m_kiosk.token}))
                               : Answer();
    if (!alive || probe.status != 200)
        failures << QStringLiteral("after “%1” the hub %2").arg(category, alive ? QStringLiteral("answered a good request with ") + probe.outcome()
                                                                               : QStringLiteral("is not running"));
    for (const QString &f : std::as_const(failures).mid(0, 40))
        qWarning("%s", qPrintable(f));
    QVERIFY2(failures.isEmpty(), qPrintable(QStringLiteral("%1 of %2 cases in “%3” were answered wrongly (above, first 40)")
                                                    .arg(failures.size()).arg(cases.size()).arg(category)));
}

void tst_HubAbuse::truncatedJson()
{
    QList<Case> cases;
    for (const QString &kind : RecordFixture::kinds()) {
        const QByteArray body = batchBody({record(m_kiosk, kind)});
        for (int i = 0; i < 30; ++i) {
            const qsizetype cut = 1 + qsizetype(m_random.bounded(quint32(body.size() - 1)));
            cases.append({QStringLiteral("records %1 cut at %2").arg(kind).arg(cut),
                          post("/api/v1/records", body.left(cut), m_kiosk.token), Expect::Refused, {400}});
        }
    }
    const QByteArray enrol = compact({{QStringLiteral("code"), QStringLiteral("ABCD-EFGH-JKMN")}, {QStringLiteral("name"), QStringLiteral("x")}});
    for (int cut = 0; cut < enrol.size() - 1; cut += 2)
        cases.append({QStringLiteral("enrol cut at %1").arg(cut), post("/api/v1/enrol", enrol.left(cut), {}), Expect::Refused, {400}});
    for (const QByteArray &tail : {QByteArray("{\"records\": [ {"), QByteArray("{\"records\": [ {\"id\": \"0b9c"),
                                   QByteArray("{\"records\": [] "), QByteArray("{\"records\": [],"), QByteArray("{\"records\"")})
        cases.append({QStringLiteral("records %1").arg(QString::fromLatin1(tail)), post("/api/v1/records", tail, m_kiosk.token),
                      Expect::Refused, {400}});
    run(QStringLiteral("truncated JSON"), cases);
}

void tst_HubAbuse::wrongTypesInEveryField()
{
    // Every field and sub-field of a record of every kind, in turn given a value of the wrong
    // type or far out of range: the batch is well formed, so the answer is 200 and the record
    // "rejected" (deploy/SYNC-PROTOCOL.md), never stored.
    QList<Case> cases;
    for (const QString &kind : RecordFixture::kinds()) {
        for (const int variant : {0, 1}) {
            m_sequence += quint32(variant);  // odd and even fixture variants: with and without photo, "other" skill
            const QJsonObject base = record(m_kiosk, kind);
            QList<Path> paths;
            collectPaths(base, {}, &paths);
            for (const Path &path : std::as_const(paths)) {
                const QString where = pathText(path);
                if (variant == 1 && !where.startsWith(QStringLiteral("payload")) && !where.startsWith(QStringLiteral("photo")))
                    continue;  // the envelope was covered by variant 0
                for (const auto &[what, value] : wrongValuesFor(valueAt(base, path), m_random)) {
                    QJsonObject r = replaced(base, path, 0, value).toObject();
                    r.insert(QStringLiteral("id"), path.first().toString() == u"id" ? r.value(QStringLiteral("id")) : QJsonValue(newId()));
                    if (path.first().toString() != u"receiptCode")
                        r.insert(QStringLiteral("receiptCode"), ReceiptCode::make(m_kiosk.prefix, ++m_sequence));
                    cases.append({QStringLiteral("%1 v%2 %3 = %4").arg(kind).arg(variant).arg(where, what),
                                  post("/api/v1/records", batchBody({r}), m_kiosk.token), Expect::Rejected});
                }
            }
        }
    }
    run(QStringLiteral("wrong types in records"), cases);
}

void tst_HubAbuse::nullsAndShapes()
{
    QList<Case> cases;
    auto records = [&](const QString &name, const QByteArray &body, Expect expect = Expect::Refused) {
        cases.append({name, post("/api/v1/records", body, m_kiosk.token), expect, expect == Expect::Refused ? QList<int>{400} : QList<int>{}});
    };
    const QList<QByteArray> bodies{"null", "[]", "\"records\"", "42", "true", "{}", "{\"records\": null}", "{\"records\": {}}",
                                   "{\"records\": \"[]\"}", "{\"records\": 1}", "{\"Records\": []}", "{\"records \": []}",
                                   "[{\"records\": []}]", "", " ", "{\"records\": []} {}",
                                   QByteArrayLiteral("{\"records\": []}\x00"), "{'records': []}", "{records: []}",
                                   "{\"records\": [],}"};
    for (const QByteArray &body : bodies)
        records(QStringLiteral("body %1").arg(QString::fromLatin1(body.toPercentEncoding())), body);
    // A byte-order mark before the object: refused, or read as the empty batch it is.
    records(QStringLiteral("body with BOM"), "\xef\xbb\xbf{\"records\": []}", Expect::Handled);
    // Items that are not records: each is rejected on its own.
    for (const char *item : {"null", "0", "\"x\"", "[]", "true", "{}", "[{}]", "{\"id\": null}"})
        records(QStringLiteral("item %1").arg(QString::fromLatin1(item)),
                QByteArray("{\"records\": [") + item + "]}", Expect::Rejected);
    // A whole record of nulls, and each required field removed in turn.
    QJsonObject allNull;
    const QJsonObject base = record(m_kiosk, QStringLiteral("pledge.land"));
    for (auto it = base.constBegin(); it != base.constEnd(); ++it)
        allNull.insert(it.key(), QJsonValue::Null);
    records(QStringLiteral("every field null"), batchBody({allNull}), Expect::Rejected);
    for (const QString &field : {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("schema"), QStringLiteral("createdAt"),
                                 QStringLiteral("ward"), QStringLiteral("kioskId"), QStringLiteral("receiptCode"),
                                 QStringLiteral("enteredBy"), QStringLiteral("payload")}) {
        QJsonObject r = record(m_kiosk, QStringLiteral("pledge.materials"));
        r.remove(field);
        records(QStringLiteral("no %1").arg(field), batchBody({r}), Expect::Rejected);
        r = record(m_kiosk, QStringLiteral("pledge.materials"));
        r.insert(field, QJsonValue::Null);
        records(QStringLiteral("%1 null").arg(field), batchBody({r}), Expect::Rejected);
    }
    // Fields that are not fields; personal data inside the payload.
    {
        QJsonObject r = record(m_kiosk, QStringLiteral("report.waste"));
        r.insert(QStringLiteral("__proto__"), QJsonObject{{QStringLiteral("admin"), true}});
        records(QStringLiteral("unknown envelope field"), batchBody({r}), Expect::Rejected);
        r = record(m_kiosk, QStringLiteral("pledge.land"));
        QJsonObject payload = r.value(QStringLiteral("payload")).toObject();
        payload.insert(QStringLiteral("person"), r.value(QStringLiteral("personal")).toObject().value(QStringLiteral("person")));
        r.insert(QStringLiteral("payload"), payload);
        records(QStringLiteral("person inside payload"), batchBody({r}), Expect::Rejected);
        r = record(m_kiosk, QStringLiteral("pledge.land"));
        QJsonObject personal = r.value(QStringLiteral("personal")).toObject();
        personal.insert(QStringLiteral("email"), QStringLiteral("a@b.c"));
        r.insert(QStringLiteral("personal"), personal);
        records(QStringLiteral("unknown personal field"), batchBody({r}), Expect::Rejected);
    }
    // Enrolment bodies.
    for (const char *body : {"null", "{}", "{\"code\": null}", "{\"code\": 12345}", "{\"code\": [\"ABCD\"]}",
                             "{\"code\": {\"$gt\": \"\"}}", "{\"code\": \"ABCD-EFGH-JKMN\", \"name\": 5}",
                             "{\"code\": \"ABCD-EFGH-JKMN\", \"name\": {}}", "[\"ABCD-EFGH-JKMN\"]"})
        cases.append({QStringLiteral("enrol %1").arg(QString::fromLatin1(body)), post("/api/v1/enrol", body, {}),
                      Expect::Refused, {400}});
    for (const QByteArray &code : {QByteArray("ABCD-EFGH-JKMN"), QByteArray(""), QByteArray("' OR 1=1 --"),
                                   QByteArray("%"), QByteArray("\\u0000"), QByteArray(64, 'A')})
        cases.append({QStringLiteral("enrol with code %1").arg(QString::fromLatin1(code)),
                      post("/api/v1/enrol", "{\"code\": \"" + code + "\"}", {}), Expect::Refused, {403}});
    cases.append({QStringLiteral("enrol with a 65-character code"),
                  post("/api/v1/enrol", "{\"code\": \"" + QByteArray(65, 'A') + "\"}", {}), Expect::Refused, {400}});
    cases.append({QStringLiteral("enrol with a 100k name"),
                  post("/api/v1/enrol", "{\"code\": \"ABCD-EFGH-JKMN\", \"name\": \"" + QByteArray(100'000, 'n') + "\"}", {}),
                  Expect::Refused, {400}});
    run(QStringLiteral("nulls and shapes"), cases);
}

void tst_HubAbuse::oversizedBodies()
{
    QList<Case> cases;
    // 501 valid records: the protocol's limit is 500 per batch.
    QJsonArray many;
    for (int i = 0; i < 501; ++i)
        many.append(record(m_kiosk, RecordFixture::kinds().at(i % 4)));
    cases.append({QStringLiteral("batch of 501"), post("/api/v1/records", batchBody(many), m_kiosk.token), Expect::Refused, {400}});
    QJsonArray nulls;
    for (int i = 0; i < 100'000; ++i)
        nulls.append(QJsonValue::Null);
    cases.append({QStringLiteral("batch of 100,000 nulls"), post("/api/v1/records", batchBody(nulls), m_kiosk.token),
                  Expect::Refused, {400}});
    // 10 MB: under the 16 MiB cap, so read and refused for what it is.
    QByteArray tenMb(10'000'000, ' ');
    for (qsizetype i = 0; i < tenMb.size(); i += 97)
        tenMb[i] = char('a' + m_random.bounded(26));
    cases.append({QStringLiteral("10 MB of letters"), post("/api/v1/records", tenMb, m_kiosk.token), Expect::Refused, {400}});
    cases.append({QStringLiteral("10 MB string in a record"),
                  post("/api/v1/records", "{\"records\": [{\"id\": \"" + QByteArray(10'000'000, 'x') + "\"}]}", m_kiosk.token),
                  Expect::Rejected});
    cases.append({QStringLiteral("10 MB enrol body"), post("/api/v1/enrol", tenMb, {}), Expect::Refused, {400}});
    // Over 16 MiB: 413 on every body-taking route.
    const QByteArray huge(16 * 1024 * 1024 + 1024, 'x');
    cases.append({QStringLiteral("16 MiB + 1 KiB records"), post("/api/v1/records", huge, m_kiosk.token), Expect::Refused, {413}});
    cases.append({QStringLiteral("16 MiB + 1 KiB enrol"), post("/api/v1/enrol", huge, {}), Expect::Refused, {413}});
    // A 10,000-element array of 10 KB strings inside a valid batch.
    QJsonObject r = record(m_kiosk, QStringLiteral("pledge.labour"));
    QJsonObject payload = r.value(QStringLiteral("payload")).toObject();
    QJsonArray skills;
    for (int i = 0; i < 1'000; ++i)
        skills.append(QString(10'000, u's'));
    payload.insert(QStringLiteral("skills"), skills);
    r.insert(QStringLiteral("payload"), payload);
    cases.append({QStringLiteral("1,000 skills of 10 KB"), post("/api/v1/records", batchBody({r}), m_kiosk.token), Expect::Rejected});
    r = record(m_kiosk, QStringLiteral("report.waste"));
    r.insert(QStringLiteral("photo"), QString::fromLatin1(QByteArray(2 * 1024 * 1024, '\xff').toBase64()));
    cases.append({QStringLiteral("2 MiB photo"), post("/api/v1/records", batchBody({r}), m_kiosk.token), Expect::Rejected});
    run(QStringLiteral("oversized bodies"), cases);
}

void tst_HubAbuse::open311TooLarge()
{
    const QByteArray huge(16 * 1024 * 1024 + 1024, 'x');
    const QList<Case> cases{
            {QStringLiteral("16 MiB + 1 KiB Open311 .json"), post("/open311/v2/requests.json", huge, {}, "application/x-www-form-urlencoded"),
             Expect::Refused, {413}, ErrorBody::Open311Json},
            {QStringLiteral("16 MiB + 1 KiB Open311 .xml"), post("/open311/v2/requests.xml", huge, {}, "application/x-www-form-urlencoded"),
             Expect::Refused, {413}, ErrorBody::Open311Xml},
    };
    run(QStringLiteral("Open311 over 16 MiB"), cases);
}

void tst_HubAbuse::badUtf8AndControlCharacters()
{
    // Byte sequences that are not UTF-8 (lone continuation, truncated, surrogate halves,
    // overlong forms of '/', '.' and NUL, beyond U+10FFFF), raw control characters, and NUL
    // and control characters escaped, placed in each text field of a record.
    const QList<std::pair<QString, QByteArray>> badBytes{
            {QStringLiteral("ff"), "\xff"},
            {QStringLiteral("fe-fe"), "\xfe\xfe"},
            {QStringLiteral("lone-80"), "\x80"},
            {QStringLiteral("truncated-c3"), "\xc3"},
            {QStringLiteral("c3-28"), "\xc3\x28"},
            {QStringLiteral("truncated-e1-ba"), "\xe1\xba"},
            {QStringLiteral("surrogate-ed-a0-80"), "\xed\xa0\x80"},
            {QStringLiteral("overlong-slash-c0-af"), "\xc0\xaf"},
            {QStringLiteral("overlong-nul-c0-80"), "\xc0\x80"},
            {QStringLiteral("overlong-dot-e0-80-ae"), "\xe0\x80\xae"},
            {QStringLiteral("overlong-4-f0-80-80-af"), "\xf0\x80\x80\xaf"},
            {QStringLiteral("beyond-10ffff-f4-90"), "\xf4\x90\x80\x80"},
            {QStringLiteral("5-byte-f8"), "\xf8\x88\x80\x80\x80"},
    };
    const QList<std::pair<QString, QByteArray>> rawControls{
            {QStringLiteral("raw-nul"), QByteArray("a\0b", 3)},
            {QStringLiteral("raw-01"), "\x01"},
            {QStringLiteral("raw-newline"), "\n"},
            {QStringLiteral("raw-tab"), "\t"},
            {QStringLiteral("raw-1f"), "\x1f"},
    };
    QList<Case> cases;
    const QByteArray marker("\"MARKER\"");
    for (const QString &kind : RecordFixture::kinds()) {
        // Text fields of this kind: each gets the marker, then the marker is swapped for bytes.
        const QJsonObject base = record(m_kiosk, kind);
        QList<Path> paths;
        collectPaths(base, {}, &paths);
        QList<Path> texts;
        for (const Path &p : std::as_const(paths))
            if (valueAt(base, p).isString() && p.first().toString() != u"photo")
                texts << p;
        for (const Path &p : std::as_const(texts)) {
            QJsonObject r = replaced(base, p, 0, QStringLiteral("MARKER")).toObject();
            r.insert(QStringLiteral("id"), p.first().toString() == u"id" ? r.value(QStringLiteral("id")) : QJsonValue(newId()));
            if (p.first().toString() != u"receiptCode")
                r.insert(QStringLiteral("receiptCode"), ReceiptCode::make(m_kiosk.prefix, ++m_sequence));
            const QByteArray body = batchBody({r});
            // Not valid JSON text: the parser refuses the whole body.
            const auto &[badName, bytes] = badBytes.at(m_random.bounded(int(badBytes.size())));
            QByteArray b = body;
            b.replace(marker, "\"Ph\xc6\xb0\xe1\xbb\x9dng " + bytes + " x\"");
            cases.append({QStringLiteral("%1 %2 %3").arg(kind, pathText(p), badName),
                          post("/api/v1/records", b, m_kiosk.token), Expect::Refused, {400}});
            const auto &[ctlName, ctl] = rawControls.at(m_random.bounded(int(rawControls.size())));
            b = body;
            b.replace(marker, "\"x" + ctl + "y\"");
            // Qt's JSON parser takes unescaped control characters inside strings (RFC 8259 does
            // not): the record is then judged by the rules, and what is stored is checked below.
            cases.append({QStringLiteral("%1 %2 %3").arg(kind, pathText(p), ctlName),
                          post("/api/v1/records", b, m_kiosk.token), Expect::Handled});
            // Valid JSON carrying NUL and other control characters: cleaned or refused, never
            // stored as sent (checked in the database at the end).
            b = body;
            b.replace(marker, "\"\\u0000\\u0007\\u001b[31m\\u202e\\ud800 x\"");
            cases.append({QStringLiteral("%1 %2 escaped controls").arg(kind, pathText(p)),
                          post("/api/v1/records", b, m_kiosk.token), Expect::Handled});
        }
    }
    // Every bad sequence in the enrolment code and in the body's key.
    for (const auto &[name, bytes] : badBytes) {
        cases.append({QStringLiteral("enrol code %1").arg(name), post("/api/v1/enrol", "{\"code\": \"AB" + bytes + "\"}", {}),
                      Expect::Refused, {400}});
        cases.append({QStringLiteral("key %1").arg(name), post("/api/v1/records", "{\"rec" + bytes + "ords\": []}", m_kiosk.token),
                      Expect::Refused, {400}});
    }
    // A body in UTF-16 with its BOM, and in Latin-1.
    cases.append({QStringLiteral("UTF-16 body"),
                  post("/api/v1/records", QByteArray("\xff\xfe") + QByteArray::fromRawData(reinterpret_cast<const char *>(u"{\"records\": []}"), 30),
                       m_kiosk.token),
                  Expect::Refused, {400}});
    cases.append({QStringLiteral("Latin-1 body"),
                  post("/api/v1/enrol", "{\"code\": \"\xc4\x90\", \"name\": \"ph\xe6\xf8\"}", {}), Expect::Refused, {400}});
    run(QStringLiteral("bad UTF-8, controls"), cases);
}

void tst_HubAbuse::numbersAndDuplicateKeys()
{
    QList<Case> cases;
    const QList<QByteArray> numbers{"1e999", "-1e999", "NaN", "Infinity", "-Infinity", "nan", "0x10", "1e", "--1", "+1",
                                    "01", "1.", ".5", "1e+", "99999999999999999999999999999999999999", "-0",
                                    "1e-400", "4.9e-324", "9007199254740993", "1_000"};
    // In schema (only 1 is accepted) and in the numbers of each kind.
    const QList<std::pair<QString, QString>> targets{
            {QStringLiteral("pledge.land"), QStringLiteral("schema")},
            {QStringLiteral("pledge.land"), QStringLiteral("areaM2")},
            {QStringLiteral("pledge.labour"), QStringLiteral("days")},
            {QStringLiteral("pledge.materials"), QStringLiteral("quantity")},
    };
    for (const auto &[kind, field] : targets) {
        const QJsonObject base = record(m_kiosk, kind);
        const QByteArray body = batchBody({base});
        const QByteArray needle = "\"" + field.toLatin1() + "\":";
        const qsizetype at = body.indexOf(needle);
        QVERIFY2(at >= 0, qPrintable(field));
        const qsizetype start = at + needle.size();
        qsizetype end = start;
        while (end < body.size() && body.at(end) != ',' && body.at(end) != '}')
            ++end;
        for (const QByteArray &n : numbers) {
            QByteArray b = body;
            b.replace(start, end - start, n);
            // Not JSON numbers: 400. JSON numbers out of range or not whole: the record is rejected.
            // The few that are JSON and in range (-0, tiny, 2^53+1) are judged by the rules.
            const QJsonDocument parsed = QJsonDocument::fromJson(b);
            const bool json = !parsed.isNull();
            cases.append({QStringLiteral("%1 %2 = %3").arg(kind, field, QString::fromLatin1(n)),
                          post("/api/v1/records", b, m_kiosk.token), json ? Expect::Handled : Expect::Refused,
                          json ? QList<int>{} : QList<int>{400}});
        }
    }
    // Duplicate keys: whichever one the parser keeps, an invalid one never slips through.
    {
        const QJsonObject base = record(m_kiosk, QStringLiteral("pledge.materials"));
        const QByteArray body = batchBody({base});
        const QByteArray kiosk = "\"kioskId\":\"" + m_kiosk.id.toLatin1() + "\"";
        QByteArray b = body;
        b.replace(kiosk, kiosk + ",\"kioskId\":\"" + m_other.id.toLatin1() + "\"");
        cases.append({QStringLiteral("kioskId twice, other kiosk last"), post("/api/v1/records", b, m_kiosk.token),
                      Expect::Rejected, {}, ErrorBody::ApiJson, QStringLiteral("kiosk-mismatch")});
        b = body;
        b.replace(kiosk, "\"kioskId\":\"" + m_other.id.toLatin1() + "\"," + kiosk);
        cases.append({QStringLiteral("kioskId twice, other kiosk first"), post("/api/v1/records", b, m_kiosk.token), Expect::Handled});
        b = body;
        b.replace("{\"records\":", "{\"records\":[],\"records\":");
        cases.append({QStringLiteral("records twice"), post("/api/v1/records", b, m_kiosk.token), Expect::Handled});
        b = body;
        b.replace("\"schema\":1", "\"schema\":1,\"schema\":\"1\"");
        cases.append({QStringLiteral("schema twice, text last"), post("/api/v1/records", b, m_kiosk.token), Expect::Rejected});
        b = body;
        b.replace("\"enteredBy\":\"resident\"", "\"enteredBy\":\"resident\",\"enteredBy\":\"admin\"");
        cases.append({QStringLiteral("enteredBy twice, admin last"), post("/api/v1/records", b, m_kiosk.token), Expect::Rejected});
        b = body;
        b.replace("{\"records\":", "{\"records\":[],\"records\":[],\"records\":1,\"records\":");
        cases.append({QStringLiteral("records four times"), post("/api/v1/records", b, m_kiosk.token), Expect::Handled});
    }
    run(QStringLiteral("numbers, duplicate keys"), cases);
}

void tst_HubAbuse::deepNesting()
{
    QList<Case> cases;
    for (const int depth : {10'000, 100'000}) {
        cases.append({QStringLiteral("%1 x [").arg(depth), post("/api/v1/records", QByteArray(depth, '['), m_kiosk.token),
                      Expect::Refused, {400}});
        cases.append({QStringLiteral("%1 x [ closed").arg(depth),
                      post("/api/v1/records", "{\"records\":" + QByteArray(depth, '[') + QByteArray(depth, ']') + "}", m_kiosk.token),
                      Expect::Refused, {400}});
        QByteArray objects;
        for (int i = 0; i < depth; ++i)
            objects += "{\"a\":";
        cases.append({QStringLiteral("%1 x {\"a\":").arg(depth), post("/api/v1/records", objects, m_kiosk.token), Expect::Refused, {400}});
        objects += "1" + QByteArray(depth, '}');
        cases.append({QStringLiteral("%1 x {\"a\": closed").arg(depth), post("/api/v1/records", objects, m_kiosk.token),
                      Expect::Refused, {400}});
        cases.append({QStringLiteral("enrol %1 x [").arg(depth), post("/api/v1/enrol", "{\"code\":" + QByteArray(depth, '['), {}),
                      Expect::Refused, {400}});
    }
    // Nesting the parser may accept (under its limit) inside a record's payload.
    for (const int depth : {100, 500, 1'000, 1'500}) {
        QJsonObject r = record(m_kiosk, QStringLiteral("report.waste"));
        QByteArray b = batchBody({r});
        b.replace("\"payload\":{", "\"payload\":{\"deep\":" + QByteArray(depth, '[') + QByteArray(depth, ']') + ",");
        cases.append({QStringLiteral("payload.deep %1 levels").arg(depth), post("/api/v1/records", b, m_kiosk.token),
                      depth <= 512 ? Expect::Rejected : Expect::Handled});
    }
    run(QStringLiteral("deep nesting"), cases);
}

void tst_HubAbuse::wrongContentType()
{
    QList<Case> cases;
    const QByteArray body = batchBody({record(m_kiosk, QStringLiteral("pledge.land"))});
    const QList<QByteArray> types{"", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                                  "application/jsonp", "application/json-patch+json", "application/xml", "text/json",
                                  "application/json; charset=latin1", "application/json; charset=utf-16",
                                  "application/json; charset=\"iso-8859-1\"", "json", "*/*", "application/",
                                  "application/json\x01", "application/json, text/plain"};
    for (const QByteArray &type : types) {
        cases.append({QStringLiteral("records as %1").arg(QString::fromLatin1(type.toPercentEncoding())),
                      post("/api/v1/records", body, m_kiosk.token, type), Expect::Refused, {415}});
        cases.append({QStringLiteral("enrol as %1").arg(QString::fromLatin1(type.toPercentEncoding())),
                      post("/api/v1/enrol", "{\"code\": \"ABCD-EFGH-JKMN\"}", {}, type), Expect::Refused, {415}});
    }
    // Two Content-Type headers, one of them JSON.
    cases.append({QStringLiteral("two content types"),
                  request("POST", "/api/v1/records",
                          {"Content-Type: text/plain", "Content-Type: application/json", "Authorization: Bearer " + m_kiosk.token},
                          body),
                  Expect::Handled});
    run(QStringLiteral("wrong Content-Type"), cases);
}

void tst_HubAbuse::authorization()
{
    QList<Case> cases;
    const QByteArray body = batchBody({record(m_kiosk, QStringLiteral("pledge.materials"))});
    QByteArray flipped = m_kiosk.token;
    flipped[5] = flipped.at(5) == 'a' ? 'b' : 'a';
    QList<std::pair<QString, QList<QByteArray>>> auths{
            {QStringLiteral("none"), {}},
            {QStringLiteral("empty"), {"Authorization:"}},
            {QStringLiteral("Bearer only"), {"Authorization: Bearer"}},
            {QStringLiteral("Bearer and space"), {"Authorization: Bearer "}},
            {QStringLiteral("Basic"), {"Authorization: Basic " + ("K0001:" + m_kiosk.token).toBase64()}},
            {QStringLiteral("token without Bearer"), {"Authorization: " + m_kiosk.token}},
            {QStringLiteral("one character changed"), {"Authorization: Bearer " + flipped}},
            {QStringLiteral("upper-case token"), {"Authorization: Bearer " + m_kiosk.token.toUpper()}},
            {QStringLiteral("token cut"), {"Authorization: Bearer " + m_kiosk.token.left(63)}},
            {QStringLiteral("token plus a character"), {"Authorization: Bearer " + m_kiosk.token + "0"}},
            {QStringLiteral("token twice"), {"Authorization: Bearer " + m_kiosk.token + m_kiosk.token}},
            {QStringLiteral("10 KB token"), {"Authorization: Bearer " + QByteArray(10'000, 'a')}},
            {QStringLiteral("SQL"), {"Authorization: Bearer ' OR '1'='1"}},
            {QStringLiteral("SQL hex"), {"Authorization: Bearer " + QByteArray(60, '0') + "' --"}},
            {QStringLiteral("token as %-encoding"), {"Authorization: Bearer " + m_kiosk.token.toPercentEncoding("", "0123456789abcdef")}},
            {QStringLiteral("non-ASCII"), {"Authorization: Bearer \xc4\x91\xc3\xa2y-l\xc3\xa0-m\xc3\xa3"}},
            {QStringLiteral("revoked kiosk"), {"Authorization: Bearer " + m_revoked.token}},
            {QStringLiteral("revoked kiosk, lower-case bearer"), {"Authorization: bearer " + m_revoked.token}},
            {QStringLiteral("Bearer of the revoked, then the good"),
             {"Authorization: Bearer " + m_revoked.token, "Authorization: Bearer " + m_kiosk.token}},
    };
    for (const auto &[name, headers] : std::as_const(auths)) {
        QList<QByteArray> h = headers;
        h << "Content-Type: application/json";
        // "Two Authorization headers" may be read either way; the first one is refused either way
        // only when it is the only token, so it is judged as Handled below.
        const Expect e = name.startsWith(QStringLiteral("Bearer of the")) ? Expect::Handled : Expect::Refused;
        cases.append({QStringLiteral("records, %1").arg(name), request("POST", "/api/v1/records", h, body), e, {401}});
        cases.append({QStringLiteral("content, %1").arg(name), request("GET", "/api/v1/content", headers), e, {401}});
        cases.append({QStringLiteral("receipts, %1").arg(name),
                      request("GET", "/api/v1/receipts?codes=" + ReceiptCode::make(m_kiosk.prefix, 101).toLatin1(), headers), e, {401}});
    }
    // Another kiosk's token: it cannot write as this kiosk (kioskId, ward and prefix are its own).
    for (const QString &kind : RecordFixture::kinds()) {
        QJsonObject r = record(m_kiosk, kind);
        cases.append({QStringLiteral("other kiosk's token, %1").arg(kind),
                      post("/api/v1/records", batchBody({r}), m_other.token), Expect::Rejected, {}, ErrorBody::ApiJson,
                      QStringLiteral("kiosk-mismatch")});
        r.insert(QStringLiteral("kioskId"), m_other.id);
        cases.append({QStringLiteral("other kiosk's token and id, this prefix, %1").arg(kind),
                      post("/api/v1/records", batchBody({r}), m_other.token), Expect::Rejected, {}, ErrorBody::ApiJson,
                      QStringLiteral("prefix-mismatch")});
        r.insert(QStringLiteral("receiptCode"), ReceiptCode::make(m_other.prefix, ++m_sequence));
        r.insert(QStringLiteral("ward"), QStringLiteral("LE-CHAN"));
        cases.append({QStringLiteral("other kiosk, another ward, %1").arg(kind),
                      post("/api/v1/records", batchBody({r}), m_other.token), Expect::Rejected, {}, ErrorBody::ApiJson,
                      QStringLiteral("ward-mismatch")});
        r = record(m_kiosk, kind);
        r.insert(QStringLiteral("receiptCode"), ReceiptCode::make(QStringLiteral("TP"), ++m_sequence));
        cases.append({QStringLiteral("the hub's own prefix TP, %1").arg(kind),
                      post("/api/v1/records", batchBody({r}), m_kiosk.token), Expect::Rejected, {}, ErrorBody::ApiJson,
                      QStringLiteral("prefix-mismatch")});
    }
    // The other kiosk asks for this kiosk's statuses: nothing comes back.
    cases.append({QStringLiteral("other kiosk reads statuses"),
                  request("GET", "/api/v1/receipts?codes=" + ReceiptCode::make(m_kiosk.prefix, 101).toLatin1(),
                          {"Authorization: Bearer " + m_other.token}),
                  Expect::Handled});
    // Odd X-Outbox-Pending values are ignored.
    for (const QByteArray &pending : {QByteArray("-1"), QByteArray("1e999"), QByteArray("99999999999999999999999"),
                                      QByteArray("'; DROP TABLE kiosks; --"), QByteArray(5'000, '9')})
        cases.append({QStringLiteral("X-Outbox-Pending %1").arg(QString::fromLatin1(pending.left(30))),
                      request("POST", "/api/v1/records",
                              {"Content-Type: application/json", "Authorization: Bearer " + m_kiosk.token, "X-Outbox-Pending: " + pending},
                              "{\"records\": [null]}"),
                      Expect::Rejected});
    run(QStringLiteral("Authorization"), cases);
}

void tst_HubAbuse::pathTricksAndMethods()
{
    QList<Case> cases;
    const QByteArray bearer = "Authorization: Bearer " + m_kiosk.token;
    const QList<QByteArray> paths{
            "/api/v1/content/images/../../etc/passwd",
            "/api/v1/content/images/..%2f..%2fetc%2fpasswd",
            "/api/v1/content/images/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
            "/api/v1/content/images/%252e%252e%252fetc%252fpasswd",
            "/api/v1/content/images/..\\..\\etc\\passwd",
            "/api/v1/content/images/.htaccess",
            "/api/v1/content/images/a.png%00.svg",
            "/api/v1/content/images/%00",
            "/api/v1/content/images/hub.sqlite",
            "/api/v1/content/images/",
            "/api/v1/content/images/%c0%ae%c0%ae%2fetc%2fpasswd",
            "/api/v1/content/images/" + QByteArray(300, 'a') + ".png",
            "/api/v1/content/images/x.png?name=../../etc/passwd",
            "/api/v1/records/../records",
            "/api/v1/%2e%2e/v1/records",
            "//api/v1/content",
            "/api//v1/content",
            "/api/v1/content/",
            "/api/v1/content%00",
            "/api/v1/content%2f",
            "/API/V1/CONTENT",
            "/api/v2/records",
            "/api/v1",
            "/",
            "/..",
            "/%2e%2e/%2e%2e/etc/passwd",
            "/etc/passwd",
            "/hub.sqlite",
            "/open311/v2/../../api/v1/content",
            "/r/../api/v1/content",
            "/" + QByteArray(8'000, 'a'),
            "/api/v1/content/images/" + QByteArray(8'000, '%').replace("%", "%41"),
            "http://127.0.0.1/api/v1/content/images/../../etc/passwd",
    };
    for (const QByteArray &path : paths) {
        const ErrorBody kind = path.startsWith("/r/") || path.startsWith("/open311") ? ErrorBody::WellFormed : ErrorBody::ApiJson;
        cases.append({QStringLiteral("GET %1").arg(QString::fromLatin1(path.left(80))), request("GET", path, {bearer}),
                      Expect::Refused, {}, kind});
    }
    // Odd but valid forms of the content route: answered (200 is right), never a 5xx.
    for (const QByteArray &path : {"/api/v1/content?" + QByteArray(8'000, 'q'), QByteArray("http://evil.example/api/v1/content")})
        cases.append({QStringLiteral("GET %1").arg(QString::fromLatin1(path.left(80))), request("GET", path, {bearer}), Expect::Handled});
    cases.append({QStringLiteral("GET *"), request("GET", "*", {bearer}), Expect::Survive});
    // Methods each route does not take; an unknown method name is for the parser to judge.
    const QList<QByteArray> routes{"/api/v1/enrol", "/api/v1/records", "/api/v1/content", "/api/v1/content/images/x.png",
                                   "/api/v1/receipts", "/r/HC-2345K-M", "/open311/v2/services.json",
                                   "/open311/v2/requests.json", "/nowhere"};
    const QList<QByteArray> methods{"GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "HEAD", "CONNECT",
                                    "PROPFIND", "MKCOL", "COPY", "LOCK", "SEARCH", "PURGE"};
    const QHash<QByteArray, QByteArray> allowed{{"/api/v1/enrol", "POST"},        {"/api/v1/records", "POST"},
                                                {"/api/v1/content", "GET"},       {"/api/v1/receipts", "GET"},
                                                {"/r/HC-2345K-M", "GET"},         {"/open311/v2/services.json", "GET"},
                                                {"/open311/v2/requests.json", "GET POST"}};
    for (const QByteArray &route : routes) {
        for (const QByteArray &method : methods) {
            if (allowed.value(route).split(' ').contains(method))
                continue;
            const bool known = QList<QByteArray>{"GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "HEAD", "CONNECT"}.contains(method);
            const bool head = method == "HEAD";
            Case c{QStringLiteral("%1 %2").arg(QString::fromLatin1(method), QString::fromLatin1(route)),
                   request(method, method == "CONNECT" ? "127.0.0.1:443" : route, {bearer}, method == "GET" || head ? QByteArray() : QByteArray("{}")),
                   known && method != "CONNECT" ? Expect::Refused : Expect::Survive, {},
                   head ? ErrorBody::Any : route.startsWith("/open311") ? bodyFor(route) : route.startsWith("/r/") ? ErrorBody::WellFormed : ErrorBody::ApiJson};
            c.head = head;
            if (route == "/api/v1/content/images/x.png" && method != "GET" && method != "TRACE" && known)
                c.statuses = {405};
            // Qt HttpServer 6.4 routes no TRACE: the router's JSON 404 answers it everywhere.
            if (method == "TRACE")
                c.body = ErrorBody::WellFormed;
            // Open311 answers HEAD as GET.
            if (head && route.startsWith("/open311/"))
                c.expect = Expect::Handled;
            cases.append(c);
        }
        for (const QByteArray &method : {QByteArray("FOO"), QByteArray("G ET"), QByteArray("get"), QByteArray(200, 'X')})
            cases.append({QStringLiteral("%1 %2").arg(QString::fromLatin1(method.left(20)), QString::fromLatin1(route)),
                          request(method, route, {bearer}), Expect::Survive});
    }
    run(QStringLiteral("paths and methods"), cases);
}

void tst_HubAbuse::phonePageCodes()
{
    QList<Case> cases;
    const QList<QByteArray> codes{
            QByteArray("%F0%9F%98%80"),                                       // 😀
            QByteArray("HC-%F0%9F%98%80-M"),
            QByteArray("%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
            QByteArray("<script>alert(1)</script>"),
            QByteArray("%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E"),
            QByteArray("'%20OR%20'1'='1"),
            QByteArray("HC-2345K-M'%3B--"),
            QByteArray(5'000, 'A'),
            QByteArray(5'000, 'A').replace("A", "%C3%A1"),
            QByteArray("%00"),
            QByteArray("HC%00-2345K-M"),
            QByteArray("%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
            QByteArray("%E2%80%AEM-K5432-CH"),                                // right-to-left override
            QByteArray("%C3%81%CC%81%CC%81%CC%81%CC%81%CC%81"),               // combining marks
            QByteArray("%FF%FE"),
            QByteArray("%C0%AF"),
            QByteArray("HC-2345K-M?lang=%3Cscript%3E"),
            QByteArray("HC-2345K-M?lang=en&lang=vi&lang=" + QByteArray(5'000, 'x')),
            QByteArray("TP-00000-0"),
            QByteArray("hc-2345k-m"),
            QByteArray("HP-22222-2"),
            QByteArray("%20"),
            QByteArray("%0d%0aSet-Cookie:%20x=1"),
            QByteArray("${jndi:ldap://x}"),
            QByteArray("{{7*7}}"),
    };
    for (const QByteArray &code : codes)
        cases.append({QStringLiteral("/r/%1").arg(QString::fromLatin1(code.left(60))), request("GET", "/r/" + code),
                      Expect::Refused, {404}, ErrorBody::Html});
    // Random codes from the receipt alphabet and outside it, seeded.
    const QByteArray alphabet("ABCDEFGHJKMNPQRSTUVWXYZ23456789-");
    for (int i = 0; i < 40; ++i) {
        QByteArray code;
        const int n = 1 + int(m_random.bounded(40));
        for (int j = 0; j < n; ++j)
            code += i % 2 ? alphabet.at(int(m_random.bounded(int(alphabet.size())))) : char(m_random.bounded(33, 127));
        if (i % 2 == 0)
            code = code.toPercentEncoding();
        cases.append({QStringLiteral("/r/%1 (random)").arg(QString::fromLatin1(code)), request("GET", "/r/" + code),
                      Expect::Refused, {404}, ErrorBody::Html});
    }
    run(QStringLiteral("/r/ odd codes"), cases);
}

void tst_HubAbuse::open311Forms()
{
    QList<Case> cases;
    const QByteArray key = "api_key=" + m_kiosk.token;
    const QByteArray good = key + "&service_code=delay&address_string=Ng%C3%B5%2012&description=C%C3%B4ng%20tr%C3%ACnh%20d%E1%BB%ABng%20ba%20th%C3%A1ng";
    const QByteArray form = "application/x-www-form-urlencoded";
    auto add = [&](const QString &name, const QByteArray &body, QList<int> statuses, const QByteArray &type = "application/x-www-form-urlencoded",
                   const QByteArray &target = "/open311/v2/requests.json") {
        cases.append({name, post(target, body, {}, type), Expect::Refused, statuses, bodyFor(target)});
    };
    for (const QByteArray &target : {QByteArray("/open311/v2/requests.json"), QByteArray("/open311/v2/requests.xml")}) {
        const QString t = QString::fromLatin1(target.mid(12));
        add(QStringLiteral("%1 empty").arg(t), "", {403}, form, target);
        add(QStringLiteral("%1 no api_key").arg(t), "service_code=delay&description=xxxxxxxxxxxxxxxx", {403}, form, target);
        add(QStringLiteral("%1 revoked api_key").arg(t), "api_key=" + m_revoked.token + "&service_code=delay&description=xxxxxxxxxxxx",
            {403}, form, target);
        add(QStringLiteral("%1 api_key garbage").arg(t), "api_key=%27%20OR%201%3D1&service_code=delay", {403}, form, target);
        add(QStringLiteral("%1 api_key twice").arg(t), "api_key=x&api_key=&service_code=delay", {403}, form, target);
        add(QStringLiteral("%1 no service_code").arg(t), key + "&description=xxxxxxxxxxxxxxxxxxxx", {400}, form, target);
        add(QStringLiteral("%1 unknown service_code").arg(t), key + "&service_code=%3Cscript%3E&description=xxxxxxxxxxxxxxx",
            {404}, form, target);
        add(QStringLiteral("%1 no description").arg(t), key + "&service_code=delay&address_string=x", {400}, form, target);
        add(QStringLiteral("%1 no place").arg(t), key + "&service_code=delay&description=xxxxxxxxxxxxxxxxxxxxxxxx", {400}, form, target);
        add(QStringLiteral("%1 JSON body").arg(t), "{\"api_key\": \"" + m_kiosk.token + "\"}", {400}, "application/json", target);
        add(QStringLiteral("%1 multipart").arg(t), "--x\r\nContent-Disposition: form-data; name=\"api_key\"\r\n\r\n" + m_kiosk.token + "\r\n--x--",
            {400}, "multipart/form-data; boundary=x", target);
        add(QStringLiteral("%1 lat NaN").arg(t), good + "&lat=NaN&long=Infinity", {400}, form, target);
        add(QStringLiteral("%1 lat 1e999").arg(t), good + "&lat=1e999&long=-1e999", {400}, form, target);
        add(QStringLiteral("%1 lat 91").arg(t), good + "&lat=91&long=106.6", {400}, form, target);
        add(QStringLiteral("%1 lat only").arg(t), good + "&lat=20.8", {400}, form, target);
        add(QStringLiteral("%1 lat text").arg(t), good + "&lat=%3Cb%3E&long=x", {400}, form, target);
        add(QStringLiteral("%1 100k description").arg(t), key + "&service_code=delay&address_string=x&description=" + QByteArray(100'000, 'd'),
            {400}, form, target);
        add(QStringLiteral("%1 description of NUL").arg(t), key + "&service_code=delay&address_string=x&description=%00%00%00%00%00%00%00%00%00%00%00%00%00%00",
            {400}, form, target);
        add(QStringLiteral("%1 description of controls").arg(t), key + "&service_code=delay&address_string=x&description=%01%02%03%04%05%06%07%08%0b%0c%0e%0f%10%11%12",
            {400}, form, target);
        // Optional fields the hub does not keep: a 200 is as right as a 400.
        cases.append({QStringLiteral("%1 10 KB media_url").arg(t), post(target, good + "&media_url=" + QByteArray(10'000, 'u'), {}, form),
                      Expect::Handled, {}, bodyFor(target)});
        // Descriptions of bytes that are not UTF-8: refused, or stored with them replaced.
        for (const QByteArray &bytes : {QByteArray("%ff%fe%fd%fc%fb%fa%f9%f8%f7%f6%f5%f4"), QByteArray("%c0%af%c0%af%c0%af%c0%af%c0%af%c0%af"),
                                        QByteArray("%ed%a0%80%ed%a0%80%ed%a0%80%ed%a0%80%ed%a0")})
            cases.append({QStringLiteral("%1 description %2").arg(t, QString::fromLatin1(bytes.left(12))),
                          post(target, key + "&service_code=delay&address_string=x&description=" + bytes, {}, form),
                          Expect::Handled, {}, bodyFor(target)});
    }
    // Broken form encoding: stray %, bad hex, bytes that are not UTF-8, no '=' at all, '+'.
    const QList<QByteArray> broken{"%", "%%", "%zz", "%4", "api_key%3D" + m_kiosk.token, "=", "&&&&", "=&=&=",
                                   key + "&service_code=%",
                                   key + "&service_code=dela%y",
                                   key + "&service_code=\xff\xfe&description=xxxxxxxxxxxxxxxxxxxxx",
                                   key + QByteArrayLiteral("&service_code=de\x00lay&description=xxxxxxxxxxxxxxxxxxxxx"),
                                   key + "&service_code=+++&description=++++++++++++++++++",
                                   "api_key=" + m_kiosk.token.left(32) + "%00" + m_kiosk.token.mid(32),
                                   QByteArray(10'000, '&'),
                                   QByteArray(5'000, '=').replace("=", "a=&")};
    for (const QByteArray &body : broken)
        add(QStringLiteral("POST form %1").arg(QString::fromLatin1(body.left(60).toPercentEncoding())), body, {});
    // 10,000 fields.
    QByteArray fields = good;
    for (int i = 0; i < 10'000; ++i)
        fields += "&f" + QByteArray::number(i) + "=" + QByteArray::number(m_random.bounded(1000));
    cases.append({QStringLiteral("POST 10,000 extra fields"), post("/open311/v2/requests.json", fields, {}, form), Expect::Handled, {},
                  ErrorBody::Open311Json});
    // GETs with broken parameters.
    const QList<QByteArray> gets{"/open311/v2/requests.json?start_date=yesterday",
                                 "/open311/v2/requests.json?start_date=2026-13-45",
                                 "/open311/v2/requests.json?start_date=2020-01-01T00:00:00Z&end_date=2026-01-01T00:00:00Z",
                                 "/open311/v2/requests.json?end_date=2020-01-01&start_date=2026-01-01",
                                 "/open311/v2/requests.json?status=%3Cscript%3E",
                                 "/open311/v2/requests.xml?status=deleted",
                                 "/open311/v2/requests.json?service_code=%00",
                                 "/open311/v2/requests/TP-00000-0.json",
                                 "/open311/v2/requests/%3Cscript%3E.xml",
                                 "/open311/v2/requests/" + QByteArray(5'000, 'x') + ".json",
                                 "/open311/v2/services/nothing.json",
                                 "/open311/v2/services/%2e%2e.xml",
                                 "/open311/v2/services.csv",
                                 "/open311/v2/services",
                                 "/open311/v2/services.json.json",
                                 "/open311/v2/discovery.json",
                                 "/open311/v2/",
                                 "/open311/v2/requests.json/..",
                                 "/open311/v3/services.json"};
    for (const QByteArray &target : gets) {
        // Paths no Open311 route takes get the router's JSON 404.
        const bool routed = target.startsWith("/open311/v2/") && target != "/open311/v2/" && !target.endsWith("/..");
        cases.append({QStringLiteral("GET %1").arg(QString::fromLatin1(target.left(80))), request("GET", target), Expect::Refused, {},
                      routed ? bodyFor(target) : ErrorBody::WellFormed});
    }
    run(QStringLiteral("Open311 forms"), cases);
}

void tst_HubAbuse::hugeQueries()
{
    QList<Case> cases;
    const QByteArray bearer = "Authorization: Bearer " + m_kiosk.token;
    // 10,000 codes, refused by the hub's limit of 200: one-character ones, and real ones that
    // make a 110 KB request line.
    QByteArray shortCodes, realCodes, repeated;
    for (int i = 0; i < 10'000; ++i) {
        shortCodes += (i ? "," : "") + QByteArray::number(i % 10);
        realCodes += (i ? "," : "") + ReceiptCode::make(m_kiosk.prefix, quint32(i + 1)).toLatin1();
        repeated += (i ? "&" : "") + QByteArray("codes=A");
    }
    QByteArray twoHundredOne;
    for (int i = 0; i < 201; ++i)
        twoHundredOne += (i ? "," : "") + ReceiptCode::make(m_kiosk.prefix, quint32(i + 1)).toLatin1();
    cases.append({QStringLiteral("receipts, 10,000 one-character codes"), request("GET", "/api/v1/receipts?codes=" + shortCodes, {bearer}),
                  Expect::Refused, {400}});
    cases.append({QStringLiteral("receipts, 201 codes"), request("GET", "/api/v1/receipts?codes=" + twoHundredOne, {bearer}),
                  Expect::Refused, {400}});
    cases.append({QStringLiteral("receipts, 10,000 times codes="), request("GET", "/api/v1/receipts?" + repeated, {bearer}),
                  Expect::Handled});
    cases.append({QStringLiteral("receipts, no codes"), request("GET", "/api/v1/receipts", {bearer}), Expect::Refused, {400}});
    cases.append({QStringLiteral("receipts, codes of commas"), request("GET", "/api/v1/receipts?codes=" + QByteArray(10'000, ','), {bearer}),
                  Expect::Handled});
    cases.append({QStringLiteral("receipts, %-garbage"), request("GET", "/api/v1/receipts?codes=%zz%ff%00%", {bearer}), Expect::Handled});
    cases.append({QStringLiteral("Open311, 10,000 one-character ids"),
                  request("GET", "/open311/v2/requests.json?service_request_id=" + shortCodes), Expect::Handled, {}, ErrorBody::Open311Json});
    cases.append({QStringLiteral("Open311, 10,000 service codes"),
                  request("GET", "/open311/v2/requests.json?service_code=" + QByteArray(10'000, 'x').replace("x", "x,")),
                  Expect::Refused, {400}, ErrorBody::Open311Json});
    // 110 KB request lines: nginx refuses them with 414 before the hub sees them, but the hub
    // alone must still answer them (its Open311 filter reads the first 1,000 ids).
    cases.append({QStringLiteral("receipts, 10,000 real codes (110 KB)"), request("GET", "/api/v1/receipts?codes=" + realCodes, {bearer}),
                  Expect::Refused, {400}});
    cases.append({QStringLiteral("Open311, 10,000 real ids (110 KB)"),
                  request("GET", "/open311/v2/requests.json?service_request_id=" + realCodes), Expect::Handled, {},
                  ErrorBody::Open311Json});
    run(QStringLiteral("huge query strings"), cases);
}

void tst_HubAbuse::notHttp()
{
    QList<Case> cases;
    for (int i = 0; i < 40; ++i) {
        QByteArray junk(1 + int(m_random.bounded(4'000)), Qt::Uninitialized);
        for (char &c : junk)
            c = char(m_random.bounded(256));
        cases.append({QStringLiteral("%1 random bytes").arg(junk.size()), junk, Expect::Survive});
    }
    const QByteArray bearer = "Authorization: Bearer " + m_kiosk.token;
    const QList<QByteArray> raws{
            "\r\n\r\n",
            "GET\r\n\r\n",
            "GET /\r\n\r\n",
            "GET / HTTP/9.9\r\n\r\n",
            "GET / HTTP/1.1\r\nHost\r\n\r\n",
            "GET / HTTP/1.1\r\n: empty-name\r\n\r\n",
            "GET / HTTP/1.1\r\nX: " + QByteArray(100'000, 'h') + "\r\n\r\n",
            "GET /api/v1/content HTTP/1.1\r\n" + QByteArray(5'000, 'X').replace("X", "A: b\r\n") + "\r\n",
            QByteArrayLiteral("GET /api/v1/con\x00tent HTTP/1.1\r\n\r\n"),
            "GET /r/\xff\xfe HTTP/1.1\r\n\r\n",
            "GET /r/a b c HTTP/1.1\r\n\r\n",
            "POST /api/v1/records HTTP/1.1\r\nContent-Length: -5\r\n\r\n",
            "POST /api/v1/records HTTP/1.1\r\nContent-Length: abc\r\n\r\n",
            "POST /api/v1/records HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 7\r\n\r\n12345",
            "POST /api/v1/records HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n{}",
            "POST /api/v1/records HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n",
            "POST /api/v1/records HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n",
            "POST /api/v1/records HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffff\r\n{}",
            "POST /api/v1/records HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n",
            "POST /api/v1/records HTTP/1.1\r\nContent-Length: 100\r\n\r\n{\"records\": []}",  // fewer bytes than said
            "GET / HTTP/1.1\r\nHost: a\r\n\r\nGET / HTTP/1.1\r\n\r\nGARBAGE\r\n\r\n",
            "GET / HTTP/1.1\n\n",
            "GET / HTTP/1.1\r\nX: a\r\n b\r\n\r\n",
            QByteArrayLiteral("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03"),  // a TLS ClientHello start
            "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n",
            "GET /api/v1/content HTTP/1.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: x\r\nSec-WebSocket-Version: 13\r\n" + bearer + "\r\n\r\n",
            "GET /api/v1/content HTTP/1.1\r\nExpect: 100-continue\r\n\r\n",
            "POST /api/v1/records HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n{}",
            "GET /" + QByteArray(1'000'000, 'a') + " HTTP/1.1\r\n\r\n",
    };
    for (const QByteArray &raw : raws)
        cases.append({QStringLiteral("raw %1").arg(QString::fromLatin1(raw.left(50).toPercentEncoding())), raw, Expect::Survive});
    // Connections that send part of a request and go away.
    for (const QByteArray &raw : {QByteArray("GET /api/v1/con"), QByteArray("POST /api/v1/records HTTP/1.1\r\nContent-Length: 1000000\r\n\r\n{\"rec")})
        cases.append({QStringLiteral("half request %1").arg(QString::fromLatin1(raw.left(30))), raw, Expect::Survive});
    run(QStringLiteral("not HTTP"), cases);
}

void tst_HubAbuse::hubStillServes()
{
    QVERIFY(m_hub->isRunning());
    // At least a thousand hostile requests were made (when every category ran, not a chosen few).
    if (m_categoryOrder.size() == Categories)
        QVERIFY2(m_total >= 1'000, qPrintable(QStringLiteral("only %1 hostile requests").arg(m_total)));
    // A good batch is still accepted, content and statuses answer, the phone page shows a record.
    const QJsonObject good = record(m_kiosk, QStringLiteral("pledge.land"));
    const Answer a = send(post("/api/v1/records", batchBody({good}), m_kiosk.token));
    QCOMPARE(a.status, 200);
    QCOMPARE(QJsonDocument::fromJson(a.body).object().value(QStringLiteral("results")).toArray().at(0).toObject()
                     .value(QStringLiteral("result")).toString(),
             QStringLiteral("accepted"));
    ++m_validAccepted;
    const QByteArray code = good.value(QStringLiteral("receiptCode")).toString().toLatin1();
    QCOMPARE(send(request("GET", "/api/v1/receipts?codes=" + code, {"Authorization: Bearer " + m_kiosk.token})).status, 200);
    const Answer page = send(request("GET", "/r/" + code));
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains(code));
    QCOMPARE(send(request("GET", "/open311/v2/services.json")).status, 200);

    // What reached storage: the valid records, plus what the "Handled" cases stored after the
    // hub cleaned it; no stored text keeps a NUL, a control character or a lone surrogate, and
    // nothing was stored for the revoked kiosk or under another kiosk's id.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("abuseview"));
    db.setDatabaseName(m_hubDb);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    QVERIFY(db.open());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT kiosk_id, ward, receipt_code, payload, coalesce(personal, '') FROM records")));
    int rows = 0;
    QStringList bad;
    while (q.next()) {
        ++rows;
        const QString kiosk = q.value(0).toString();
        const QString code = q.value(2).toString();
        if (kiosk != m_kiosk.id || q.value(1).toString() != m_kiosk.ward)
            bad << QStringLiteral("%1 stored for %2 / %3").arg(code, kiosk, q.value(1).toString());
        if (!code.startsWith(m_kiosk.prefix + u'-') && !code.startsWith(QStringLiteral("TP-")))
            bad << QStringLiteral("%1 stored with a foreign prefix").arg(code);
        for (const int column : {3, 4}) {
            const QString json = q.value(column).toString();
            static const QRegularExpression control(QStringLiteral("\\\\u00[01][0-9a-fA-F]|\\\\u007[fF]|\\\\ud[89ab]|[\\x00-\\x1f]"));
            const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
            const QString text = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
            if (json.contains(control) || text.contains(QChar(0xFFFD)) || text.contains(QChar(0x202E)))
                bad << QStringLiteral("%1 keeps control characters: %2").arg(code, json.left(200));
        }
    }
    qInfo("the hub stores %d records: %d valid ones sent, %d more that hostile requests carried and the hub cleaned",
          rows, m_validAccepted, rows - m_validAccepted);
    for (const QString &b : std::as_const(bad).mid(0, 20))
        qWarning("%s", qPrintable(b));
    QVERIFY2(bad.isEmpty(), "records that should never have been stored are in the hub (above)");
    QVERIFY(rows >= m_validAccepted);
    q.finish();
    db.close();
}

QTEST_GUILESS_MAIN(tst_HubAbuse)
#include "tst_hubabuse.moc"
