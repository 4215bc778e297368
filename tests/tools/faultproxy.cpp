// SPDX-License-Identifier: GPL-3.0-or-later
// faultproxy: an HTTP/1.1 proxy for tests that breaks requests on command, so the kiosk's
// sync client is tested against the failures a ward office's network really has.
//
//   faultproxy --upstream 127.0.0.1:PORT
//
// Listens on 127.0.0.1, a free port, and prints `listening on 127.0.0.1:PORT` when ready.
// Reads commands from stdin, one a line; each applies to requests that start after it and is
// answered with one line on stdout (`ok <command>`, `error: …`, or the counts), so a test
// waits for the answer before it sends requests:
//   pass                      forward requests and answers unchanged
//   http500                   answer 500 without forwarding
//   drop-request              close the client's connection once part of a request arrived
//   drop-response             forward the request, read upstream's answer, close the
//                             client's connection instead of relaying it
//   delay MS                  relay the answer MS ms after it arrived
//   blackhole                 accept and read, never answer
//   truncate-response [PREFIX]
//                             forward the request, relay upstream's head and half of its
//                             body, then close the connection (the announced length is
//                             never reached); only requests whose path starts with PREFIX,
//                             others pass
//   reset                     answer a request by resetting the connection (TCP RST)
//   random SEED P500 PDROPREQ PDROPRESP PDELAY DELAYMS
//                             each request picks one of the above (else pass) with these
//                             probabilities, from a generator seeded with SEED
//   count                     prints `count pass=N http500=N drop-request=N drop-response=N
//                             delay=N blackhole=N truncate-response=N reset=N total=N`
//                             (requests seen, by fault)
// End of stdin ends the proxy, so it never outlives the test that started it.
//
// Requests and answers are framed by Content-Length or chunked encoding (answers also by
// the end of the connection), so keep-alive connections work; the bytes are relayed as
// they came.

#include <QCoreApplication>
#include <QHostAddress>
#include <QPointer>
#include <QRandomGenerator>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <array>
#include <cstdio>
#include <functional>
#include <utility>
#include <sys/socket.h>
#include <unistd.h>

namespace {

enum class Fault { Pass, Http500, DropRequest, DropResponse, Delay, Blackhole, Truncate, Reset, Count };
constexpr std::array<const char *, int(Fault::Count)> faultNames = {
    "pass", "http500", "drop-request", "drop-response", "delay", "blackhole", "truncate-response", "reset"};

/** What happens to one request: the fault, its delay, and for truncate the path prefix. */
struct FaultChoice
{
    Fault fault = Fault::Pass;
    int delayMs = 0;
    QByteArray prefix;
};

constexpr qsizetype maxHeadSize = 1 << 20;

void say(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

/** The parts of an HTTP message head that decide where the message ends. */
struct Head
{
    qsizetype size = 0; // bytes up to and including the blank line
    QByteArray method;  // requests
    QByteArray path;    // requests
    int status = 0;     // responses
    bool chunked = false;
    qint64 contentLength = -1;
    bool close = false; // Connection: close, or HTTP/1.0 without keep-alive
};

// Parses the head at the start of buf; false while it is incomplete.
bool parseHead(const QByteArray &buf, bool response, Head *head)
{
    const qsizetype end = buf.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    head->size = end + 4;
    const QList<QByteArray> lines = buf.left(end).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    bool http10 = false;
    if (response) {
        head->status = first.value(1).toInt();
        http10 = first.value(0) == "HTTP/1.0";
    } else {
        head->method = first.value(0);
        head->path = first.value(1);
        http10 = first.value(2) == "HTTP/1.0";
    }
    bool keepAlive = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed().toLower();
        if (name == "content-length")
            head->contentLength = value.toLongLong();
        else if (name == "transfer-encoding")
            head->chunked = value.contains("chunked");
        else if (name == "connection") {
            head->close = value.contains("close");
            keepAlive = value.contains("keep-alive");
        }
    }
    if (http10 && !keepAlive)
        head->close = true;
    return true;
}

// Length of the chunked body that starts at `from`, trailers included; -1 while incomplete.
qsizetype chunkedLength(const QByteArray &buf, qsizetype from)
{
    qsizetype pos = from;
    for (;;) {
        const qsizetype eol = buf.indexOf("\r\n", pos);
        if (eol < 0)
            return -1;
        QByteArray sizeText = buf.mid(pos, eol - pos);
        const qsizetype semicolon = sizeText.indexOf(';');
        if (semicolon >= 0)
            sizeText.truncate(semicolon);
        bool ok = false;
        const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0)
            return -2;
        pos = eol + 2;
        if (size == 0) {
            // Trailer lines, then an empty line.
            for (;;) {
                const qsizetype lineEnd = buf.indexOf("\r\n", pos);
                if (lineEnd < 0)
                    return -1;
                const bool empty = lineEnd == pos;
                pos = lineEnd + 2;
                if (empty)
                    return pos - from;
            }
        }
        if (buf.size() < pos + size + 2)
            return -1;
        pos += size + 2;
    }
}

/** One client connection and the upstream connection its requests go to. */
class Session : public QObject
{
public:
    using PickFault = std::function<FaultChoice()>;
    using Recount = std::function<void(Fault from, Fault to)>;

    Session(QTcpSocket *client, QString upstreamHost, quint16 upstreamPort, PickFault pick, Recount recount)
        : m_client(client), m_upstreamHost(std::move(upstreamHost)),
          m_upstreamPort(upstreamPort), m_pick(std::move(pick)), m_recount(std::move(recount))
    {
        client->setParent(this);
        connect(client, &QTcpSocket::readyRead, this, &Session::onClientData);
        connect(client, &QTcpSocket::disconnected, this, &Session::finish);
        onClientData();
    }

private:
    enum class State { Idle, ReadingRequest, WaitingUpstream, Holding, Blackholed, Done };

    void onClientData()
    {
        m_in += m_client->readAll();
        processRequests();
    }

    void processRequests()
    {
        while (!m_in.isEmpty()) {
            if (m_state == State::Blackholed) {
                m_in.clear();
                return;
            }
            if (m_state == State::Idle) {
                const FaultChoice choice = m_pick();
                m_fault = choice.fault;
                m_delayMs = choice.delayMs;
                m_prefix = choice.prefix;
                m_state = State::ReadingRequest;
                if (m_fault == Fault::DropRequest) {
                    m_client->abort();
                    finish();
                    return;
                }
                if (m_fault == Fault::Blackhole) {
                    m_state = State::Blackholed;
                    continue;
                }
            }
            if (m_state != State::ReadingRequest)
                return; // the answer to the previous request is on its way
            Head head;
            if (!parseHead(m_in, false, &head)) {
                if (m_in.size() > maxHeadSize)
                    abortBoth();
                return;
            }
            qsizetype size = head.size;
            if (head.chunked) {
                const qsizetype body = chunkedLength(m_in, head.size);
                if (body == -2)
                    return abortBoth();
                if (body < 0)
                    return;
                size += body;
            } else if (head.contentLength > 0) {
                if (m_in.size() < head.size + head.contentLength)
                    return;
                size += head.contentLength;
            }
            const QByteArray request = m_in.left(size);
            m_in.remove(0, size);
            m_requestHead = head;
            if (m_fault == Fault::Truncate && !head.path.startsWith(m_prefix)) {
                m_recount(Fault::Truncate, Fault::Pass);
                m_fault = Fault::Pass;
            }
            if (m_fault == Fault::Reset) {
                // SO_LINGER 0: close() sends RST instead of FIN, as a crashed box or a
                // middlebox would.
                const linger hard{1, 0};
                ::setsockopt(int(m_client->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
                m_client->abort();
                finish();
                return;
            }
            if (m_fault == Fault::Http500) {
                const QByteArray body =
                        R"({"error":"injected","message":"faultproxy answered 500."})";
                answer("HTTP/1.1 500 Internal Server Error\r\n"
                       "Content-Type: application/json\r\n"
                       "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body,
                       false);
                continue;
            }
            forward(request);
            return;
        }
    }

    void forward(const QByteArray &request)
    {
        m_state = State::WaitingUpstream;
        m_out.clear();
        if (!m_upstream) {
            m_upstream = new QTcpSocket(this);
            connect(m_upstream, &QTcpSocket::readyRead, this, &Session::onUpstreamData);
            connect(m_upstream, &QTcpSocket::disconnected, this, &Session::onUpstreamGone);
            connect(m_upstream, &QTcpSocket::errorOccurred, this, &Session::onUpstreamGone);
            m_upstream->connectToHost(m_upstreamHost, m_upstreamPort);
        }
        m_upstream->write(request); // buffered until connected
    }

    void onUpstreamData()
    {
        m_out += m_upstream->readAll();
        if (m_state != State::WaitingUpstream)
            return;
        for (;;) {
            Head head;
            if (!parseHead(m_out, true, &head)) {
                if (m_out.size() > maxHeadSize)
                    abortBoth();
                return;
            }
            if (head.status >= 100 && head.status < 200 && head.status != 101) {
                // An interim answer (100 Continue) goes to the client as it is.
                if (m_fault != Fault::DropResponse)
                    m_client->write(m_out.left(head.size));
                m_out.remove(0, head.size);
                continue;
            }
            qsizetype size = head.size;
            const bool noBody = m_requestHead.method == "HEAD" || head.status == 204
                    || head.status == 304;
            if (!noBody && head.chunked) {
                const qsizetype body = chunkedLength(m_out, head.size);
                if (body == -2)
                    return abortBoth();
                if (body < 0)
                    return;
                size += body;
            } else if (!noBody && head.contentLength >= 0) {
                if (m_out.size() < head.size + head.contentLength)
                    return;
                size += head.contentLength;
            } else if (!noBody) {
                return; // the answer ends when upstream closes
            }
            const QByteArray response = m_out.left(size);
            m_out.remove(0, size);
            if (m_fault == Fault::Truncate) {
                // The head as it came, then half the body, then the end of the connection.
                m_client->write(response.left(head.size + (size - head.size) / 2));
                m_client->flush();
                m_state = State::Done;
                m_client->disconnectFromHost();
                return;
            }
            relay(response, head.close);
            return;
        }
    }

    void onUpstreamGone()
    {
        QTcpSocket *upstream = m_upstream;
        if (!upstream || sender() != upstream)
            return;
        m_upstream = nullptr;
        upstream->disconnect(this);
        upstream->deleteLater();
        if (m_state != State::WaitingUpstream)
            return;
        m_out += upstream->readAll();
        Head head;
        if (!m_out.isEmpty() && parseHead(m_out, true, &head) && !head.chunked
            && head.contentLength < 0) {
            relay(std::exchange(m_out, {}), true); // framed by the end of the connection
        } else if (m_out.isEmpty()) {
            // Nothing came back (upstream down or closed on us): what nginx would say.
            const QByteArray body = R"({"error":"bad-gateway","message":"upstream gave no answer."})";
            relay("HTTP/1.1 502 Bad Gateway\r\nContent-Type: application/json\r\n"
                  "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body,
                  false);
        } else {
            abortBoth(); // a truncated answer
        }
    }

    void relay(const QByteArray &response, bool upstreamCloses)
    {
        if (upstreamCloses && m_upstream) {
            m_upstream->disconnect(this);
            m_upstream->abort();
            m_upstream->deleteLater();
            m_upstream = nullptr;
        }
        switch (m_fault) {
        case Fault::DropResponse:
            m_client->abort();
            finish();
            return;
        case Fault::Delay:
            m_state = State::Holding;
            QTimer::singleShot(m_delayMs, this, [this, response, upstreamCloses] {
                answer(response, upstreamCloses);
                processRequests();
            });
            return;
        default:
            answer(response, upstreamCloses);
            processRequests();
        }
    }

    // Writes an answer; the connection stays open for the next request unless either side
    // asked to close it.
    void answer(const QByteArray &response, bool close)
    {
        m_client->write(response);
        if (close || m_requestHead.close) {
            m_state = State::Done;
            m_client->disconnectFromHost();
            return;
        }
        m_state = State::Idle;
    }

    void abortBoth()
    {
        m_client->abort();
        finish();
    }

    void finish()
    {
        if (m_state == State::Done && m_client->state() != QAbstractSocket::UnconnectedState)
            return; // still flushing the last answer
        m_state = State::Done;
        if (m_upstream) {
            m_upstream->disconnect(this);
            m_upstream->abort();
        }
        m_client->disconnect(this);
        deleteLater();
    }

    QTcpSocket *m_client;
    QPointer<QTcpSocket> m_upstream;
    QString m_upstreamHost;
    quint16 m_upstreamPort;
    PickFault m_pick;
    Recount m_recount;
    State m_state = State::Idle;
    Fault m_fault = Fault::Pass;
    int m_delayMs = 0;
    QByteArray m_prefix;
    Head m_requestHead;
    QByteArray m_in;
    QByteArray m_out;
};

/** The listening side, the current fault mode and the counts. */
class FaultProxy : public QObject
{
public:
    FaultProxy(QString upstreamHost, quint16 upstreamPort)
        : m_upstreamHost(std::move(upstreamHost)), m_upstreamPort(upstreamPort)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                new Session(client, m_upstreamHost, m_upstreamPort, [this] { return pick(); },
                            [this](Fault from, Fault to) {
                                --m_counts[int(from)];
                                ++m_counts[int(to)];
                            });
        });
    }

    bool listen()
    {
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            return false;
        say("listening on 127.0.0.1:" + QByteArray::number(m_server.serverPort()));
        return true;
    }

    void command(const QByteArray &line)
    {
        const QList<QByteArray> words = line.simplified().split(' ');
        const QByteArray &verb = words.value(0);
        auto number = [&words](int i, bool *ok) { return words.value(i).toDouble(ok); };
        bool ok = true;
        if (verb.isEmpty()) {
            return;
        } else if (verb == "count") {
            QByteArray out = "count";
            int total = 0;
            for (int f = 0; f < int(Fault::Count); ++f) {
                out += ' ' + QByteArray(faultNames[f]) + '=' + QByteArray::number(m_counts[f]);
                total += m_counts[f];
            }
            say(out + " total=" + QByteArray::number(total));
            return;
        } else if (words.size() == 1
                   && (verb == "pass" || verb == "http500" || verb == "drop-request"
                       || verb == "drop-response" || verb == "blackhole" || verb == "reset")) {
            m_random = false;
            m_prefix.clear();
            m_fixed = Fault(std::find(faultNames.begin(), faultNames.end(), verb)
                            - faultNames.begin());
        } else if (verb == "truncate-response" && words.size() <= 2) {
            m_random = false;
            m_fixed = Fault::Truncate;
            m_prefix = words.value(1);
        } else if (verb == "delay" && words.size() == 2) {
            const int ms = int(number(1, &ok));
            if (!ok || ms < 0)
                return say("error: delay needs a number of milliseconds");
            m_random = false;
            m_fixed = Fault::Delay;
            m_delayMs = ms;
        } else if (verb == "random" && words.size() == 7) {
            const quint32 seed = words.value(1).toUInt(&ok);
            double p[4];
            for (int i = 0; i < 4 && ok; ++i) {
                p[i] = number(2 + i, &ok);
                ok = ok && p[i] >= 0 && p[i] <= 1;
            }
            const int ms = ok ? int(number(6, &ok)) : 0;
            if (!ok || ms < 0 || p[0] + p[1] + p[2] + p[3] > 1.0 + 1e-9)
                return say("error: random SEED P500 PDROPREQ PDROPRESP PDELAY DELAYMS, "
                           "probabilities 0..1 adding up to at most 1");
            m_random = true;
            m_generator.seed(seed);
            std::copy(std::begin(p), std::end(p), m_probabilities.begin());
            m_delayMs = ms;
        } else {
            return say("error: unknown command: " + line.simplified());
        }
        say("ok " + line.simplified());
    }

private:
    FaultChoice pick()
    {
        Fault fault = m_fixed;
        if (m_random) {
            const double r = m_generator.generateDouble();
            const Fault order[] = {Fault::Http500, Fault::DropRequest, Fault::DropResponse,
                                   Fault::Delay};
            double edge = 0;
            fault = Fault::Pass;
            for (int i = 0; i < 4; ++i) {
                edge += m_probabilities[i];
                if (r < edge) {
                    fault = order[i];
                    break;
                }
            }
        }
        ++m_counts[int(fault)];
        return {fault, m_delayMs, m_prefix};
    }

    QTcpServer m_server;
    QString m_upstreamHost;
    quint16 m_upstreamPort;
    Fault m_fixed = Fault::Pass;
    QByteArray m_prefix;
    bool m_random = false;
    QRandomGenerator m_generator;
    std::array<double, 4> m_probabilities{};
    int m_delayMs = 0;
    std::array<int, int(Fault::Count)> m_counts{};
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--upstream"));
    const QString upstream = at > 0 ? args.value(at + 1) : QString();
    const qsizetype colon = upstream.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const int port = colon > 0 ? upstream.mid(colon + 1).toInt(&portOk) : 0;
    if (!portOk || port <= 0 || port > 65535) {
        std::fprintf(stderr, "usage: faultproxy --upstream HOST:PORT\n");
        return 2;
    }

    FaultProxy proxy(upstream.left(colon), quint16(port));
    if (!proxy.listen()) {
        std::fprintf(stderr, "faultproxy: cannot listen on 127.0.0.1\n");
        return 1;
    }

    QByteArray pending;
    QSocketNotifier stdinNotifier(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&stdinNotifier, &QSocketNotifier::activated, &app, [&] {
        char chunk[4096];
        const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
        if (n <= 0) {
            stdinNotifier.setEnabled(false);
            QCoreApplication::quit();
            return;
        }
        pending.append(chunk, n);
        qsizetype eol;
        while ((eol = pending.indexOf('\n')) >= 0) {
            proxy.command(pending.left(eol));
            pending.remove(0, eol + 1);
        }
    });
    return app.exec();
}
