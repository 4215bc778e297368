// SPDX-License-Identifier: GPL-3.0-or-later
// Every way a request to the city hub can fail on the network gets plain words in both
// languages, saying what happened and what to do, never Qt's "Unknown error". Each failure is
// made to happen for real on 127.0.0.1: a closed port, a name under .invalid, a hub that
// never answers, one that resets the connection, one that cuts its answer short or garbles
// its length, and a TLS server with a self-signed certificate.
#include "localizedtext.h"
#include "sync/networkproblem.h"
#include "sync/syncclient.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>

namespace {

/** A TCP server that answers every request the same raw way. */
class RawServer : public QTcpServer
{
public:
    enum class Mode { Silent, Reset, Script };

    explicit RawServer(Mode mode, QByteArray script = {}) : m_mode(mode), m_script(std::move(script))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *c = nextPendingConnection())
                connect(c, &QTcpSocket::readyRead, c, [this, c] { answer(c); });
        });
        listen(QHostAddress::LocalHost, 0);
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }

private:
    void answer(QTcpSocket *c)
    {
        c->readAll();
        switch (m_mode) {
        case Mode::Silent:
            return;  // read, never answer
        case Mode::Reset: {
            const linger hard{1, 0};  // close() then sends RST, not FIN
            ::setsockopt(int(c->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
            c->abort();
            return;
        }
        case Mode::Script:
            c->write(m_script);
            c->flush();
            c->disconnectFromHost();
            return;
        }
    }

    Mode m_mode;
    QByteArray m_script;
};

/** What enrolling at url ends with: the message, or an empty one after success. */
LocalizedText enrolError(const QString &url, int timeoutMs = 10'000)
{
    QTemporaryDir dir;
    SyncClient client(dir.path());
    client.setTimeoutMs(timeoutMs);
    QSignalSpy done(&client, &SyncClient::enrolFinished);
    client.enrol(QUrl(url), QStringLiteral("ABCD-EFGH"), QStringLiteral("test"));
    if (done.isEmpty() && !done.wait(30'000))
        return {QStringLiteral("(no answer)"), QStringLiteral("(no answer)")};
    return done.at(0).at(1).value<LocalizedText>();
}

}

class tst_NetworkProblem : public QObject
{
    Q_OBJECT

private slots:
    void refused();
    void nameNotFound();
    void timedOut();
    void reset();
    void cutOff();
    void garbledLength();
    void untrustedCertificate();
    void wholeAnswerIsNoProblem();
    void everyErrorHasWords_data();
    void everyErrorHasWords();

private:
    static void checkWords(const LocalizedText &t, const QString &en, const QString &vi);
};

void tst_NetworkProblem::checkWords(const LocalizedText &t, const QString &en, const QString &vi)
{
    QVERIFY2(t.en.contains(en), qPrintable(t.en));
    QVERIFY2(t.vi.contains(vi), qPrintable(t.vi));
    QVERIFY2(!t.en.contains(QStringLiteral("Unknown error"), Qt::CaseInsensitive), qPrintable(t.en));
}

void tst_NetworkProblem::refused()
{
    quint16 port = 0;
    {
        QTcpServer probe;  // a port that was free a moment ago, now closed
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    const LocalizedText t = enrolError(QStringLiteral("http://127.0.0.1:%1").arg(port));
    checkWords(t, QStringLiteral("refused the connection"), QStringLiteral("từ chối kết nối"));
    QVERIFY2(t.en.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(t.en));
    QVERIFY(t.en.contains(QStringLiteral("Check the hub address")));
}

void tst_NetworkProblem::nameNotFound()
{
    const LocalizedText t = enrolError(QStringLiteral("http://city-hub.invalid:8080"));
    checkWords(t, QStringLiteral("cannot be found"), QStringLiteral("Không tìm thấy tên máy chủ"));
    QVERIFY(t.en.contains(QStringLiteral("city-hub.invalid")));
}

void tst_NetworkProblem::timedOut()
{
    RawServer silent(RawServer::Mode::Silent);
    QVERIFY(silent.isListening());
    QElapsedTimer clock;
    clock.start();
    const LocalizedText t = enrolError(silent.url(), 300);
    QVERIFY2(clock.elapsed() < 10'000, "the transfer timeout was not applied");
    checkWords(t, QStringLiteral("did not answer within 0.3 seconds"), QStringLiteral("không trả lời trong 0,3 giây"));
}

void tst_NetworkProblem::reset()
{
    RawServer resetting(RawServer::Mode::Reset);
    QVERIFY(resetting.isListening());
    checkWords(enrolError(resetting.url()), QStringLiteral("closed or reset"), QStringLiteral("bị ngắt giữa chừng"));
}

void tst_NetworkProblem::cutOff()
{
    // A 200 whose body stops at 15 of the 4,000 bytes it announced: not a success.
    RawServer cutting(RawServer::Mode::Script, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                               "Content-Length: 4000\r\n\r\n{\"kioskId\":\"K00");
    const LocalizedText t = enrolError(cutting.url());
    checkWords(t, QStringLiteral("cut off (15 of 4,000 bytes arrived)"), QStringLiteral("bị cắt ngang (nhận 15 trên 4.000 byte)"));
}

void tst_NetworkProblem::garbledLength()
{
    RawServer garbling(RawServer::Mode::Script, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                                "Content-Length: 12abc\r\nConnection: close\r\n\r\n{\"a\":1}");
    const LocalizedText t = enrolError(garbling.url());
    QVERIFY2(!t.isEmpty(), "an answer with a garbled length was taken as a success");
    QVERIFY2(!t.en.contains(QStringLiteral("Unknown error"), Qt::CaseInsensitive), qPrintable(t.en));
    QVERIFY2(t.en.contains(QStringLiteral("length")) || t.en.contains(QStringLiteral("proper HTTP")), qPrintable(t.en));
}

void tst_NetworkProblem::untrustedCertificate()
{
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend here (libssl3)");
    QTemporaryDir dir;
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                   QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-keyout"), dir.filePath(QStringLiteral("key.pem")),
                   QStringLiteral("-out"), dir.filePath(QStringLiteral("cert.pem"))});
    QVERIFY2(openssl.waitForFinished(60'000) && openssl.exitCode() == 0, openssl.readAll().constData());
    QFile certFile(dir.filePath(QStringLiteral("cert.pem")));
    QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
    config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
    QSslServer server;
    server.setSslConfiguration(config);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const LocalizedText t = enrolError(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort()));
    checkWords(t, QStringLiteral("secure (HTTPS) connection"), QStringLiteral("Kết nối bảo mật (HTTPS)"));
    QVERIFY(t.en.contains(QStringLiteral("date and time")));
}

void tst_NetworkProblem::wholeAnswerIsNoProblem()
{
    // The same framing done right: the enrolment answer is read, then judged on its content.
    const QByteArray body = R"({"kioskId":"K0001"})";
    RawServer whole(RawServer::Mode::Script, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                                                     + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    const LocalizedText t = enrolError(whole.url());
    QVERIFY2(t.en.contains(QStringLiteral("does not follow the protocol")), qPrintable(t.en));
}

void tst_NetworkProblem::everyErrorHasWords_data()
{
    QTest::addColumn<int>("error");
    const QMetaEnum e = QMetaEnum::fromType<QNetworkReply::NetworkError>();
    for (int i = 0; i < e.keyCount(); ++i)
        if (e.value(i) != QNetworkReply::NoError)
            QTest::newRow(e.key(i)) << e.value(i);
}

void tst_NetworkProblem::everyErrorHasWords()
{
    QFETCH(int, error);
    const LocalizedText t = NetworkProblem::describe(QNetworkReply::NetworkError(error), QStringLiteral("hub.example:443"), 20'000);
    QVERIFY(!t.vi.isEmpty() && !t.en.isEmpty());
    QVERIFY(t.vi != t.en);
    // What to do is part of every message: check, tell, or the kiosk tries again by itself.
    QVERIFY2(t.en.contains(QStringLiteral("Check")) || t.en.contains(QStringLiteral("tell"))
                     || t.en.contains(QStringLiteral("tries again")) || t.en.contains(QStringLiteral("ask")),
             qPrintable(t.en));
    QVERIFY2(t.vi.contains(QStringLiteral("Kiểm tra")) || t.vi.contains(QStringLiteral("kiểm tra"))
                     || t.vi.contains(QStringLiteral("báo")) || t.vi.contains(QStringLiteral("tự thử lại")),
             qPrintable(t.vi));
}

QTEST_GUILESS_MAIN(tst_NetworkProblem)
#include "tst_networkproblem.moc"
