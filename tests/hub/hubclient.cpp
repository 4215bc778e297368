// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubclient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QUrl>

const QString HubClient::Password = QStringLiteral("correct horse battery staple");

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray HttpReply::cookie(const QByteArray &name) const
{
    for (const QByteArray &line : headers.value("set-cookie").split('\n')) {
        const QByteArray pair = line.split(';').constFirst().trimmed();
        if (pair.startsWith(name + '='))
            return pair.mid(name.size() + 1);
    }
    return {};
}

HubTest::StaffSession HubTest::StaffSession::inLanguage(const QString &lang) const
{
    StaffSession s = *this;
    s.cookies += (s.cookies.isEmpty() ? "" : "; ") + QByteArray("staff_lang=") + lang.toLatin1();
    return s;
}

HubClient::HubClient() = default;

HubClient::~HubClient()
{
    stop();
}

QString HubClient::program()
{
    return QStringLiteral(CITY_HUB);
}

void HubClient::setDatabase(const QString &location)
{
    m_location = location;
}

bool HubClient::start(const QStringList &options)
{
    stop();
    m_server = std::make_unique<QProcess>();
    m_server->setProgram(program());
    m_server->setArguments(QStringList{QStringLiteral("--db"), m_location} + options
                           + QStringList{QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    m_server->start();
    if (!m_server->waitForStarted(5000))
        return false;
    QByteArray out;
    QElapsedTimer t;
    t.start();
    while (!out.contains('\n') && t.elapsed() < 30000 && m_server->state() == QProcess::Running) {
        m_server->waitForReadyRead(200);
        out += m_server->readAllStandardOutput();
    }
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("^listening on 127\\.0\\.0\\.1:(\\d+)\\n"))
                                              .match(QString::fromUtf8(out));
    if (!m.hasMatch()) {
        qWarning() << "city-hub did not start:" << out << m_server->readAllStandardError();
        return false;
    }
    m_port = quint16(m.captured(1).toUInt());
    return m_port != 0;
}

bool HubClient::stop()
{
    if (!m_server)
        return true;
    m_server->terminate();
    if (!m_server->waitForFinished(5000))
        m_server->kill();
    m_server->waitForFinished(5000);
    const bool clean = m_server->exitStatus() == QProcess::NormalExit;
    m_server.reset();
    m_port = 0;
    return clean;
}

bool HubClient::isRunning() const
{
    return m_server && m_server->state() == QProcess::Running;
}

HubClient::Run HubClient::cli(const QStringList &args, const QByteArray &stdinText) const
{
    QProcess p;
    p.start(program(), QStringList{QStringLiteral("--db"), m_location} + args);
    p.write(stdinText);
    p.closeWriteChannel();
    Run run;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

bool HubClient::addAccount(const QString &login, const QString &roles, const QString &ward, const QString &name,
                           const QString &password) const
{
    QStringList args{QStringLiteral("user"), QStringLiteral("add"), login, QStringLiteral("--role"), roles};
    if (!ward.isEmpty())
        args << QStringLiteral("--ward") << ward;
    if (!name.isEmpty())
        args << QStringLiteral("--name") << name;
    const Run run = cli(args, (password + u'\n' + password + u'\n').toUtf8());
    if (run.exitCode != 0)
        qWarning() << "user add" << login << "failed:" << run.err;
    return run.exitCode == 0;
}

HubClient::Kiosk HubClient::enrol(const QString &ward, const QString &name)
{
    const Run code = cli({QStringLiteral("enrol-code"), QStringLiteral("--ward"), ward});
    if (code.exitCode != 0)
        return {};
    const HttpReply r = postJson(QStringLiteral("/api/v1/enrol"),
                                {{QStringLiteral("code"), QString::fromLatin1(code.out.trimmed())}, {QStringLiteral("name"), name}});
    if (r.status != 200)
        return {};
    const QJsonObject o = r.json();
    return {{o.value(QStringLiteral("kioskId")).toString(), o.value(QStringLiteral("ward")).toString(),
             o.value(QStringLiteral("receiptPrefix")).toString()},
            o.value(QStringLiteral("token")).toString()};
}

HttpReply HubClient::deliver(const QString &token, const QJsonArray &records)
{
    return postJson(QStringLiteral("/api/v1/records"), {{QStringLiteral("records"), records}}, token);
}

HttpReply HubClient::request(const QByteArray &method, const QString &path, const QByteArray &body, const HttpHeaders &headers)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    for (const auto &[k, v] : headers)
        request.setRawHeader(k, v);
    request.setTransferTimeout(60000);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpReply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    for (const auto &[k, v] : reply->rawHeaderPairs()) {
        const QByteArray name = k.toLower();
        r.headers.insert(name, r.headers.contains(name) ? r.headers.value(name) + '\n' + v : v);
    }
    reply->deleteLater();
    return r;
}

HttpReply HubClient::postJson(const QString &path, const QJsonObject &body, const QString &token)
{
    HttpHeaders headers{{"Content-Type", "application/json"}};
    if (!token.isEmpty())
        headers.append({"Authorization", "Bearer " + token.toLatin1()});
    return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

HttpReply HubClient::get(const StaffSession &session, const QString &path)
{
    if (session.cookies.isEmpty())
        return request("GET", path);
    return request("GET", path, {}, {{"Cookie", session.cookies}});
}

HttpReply HubClient::post(const StaffSession &session, const QString &path, const FormFields &fields, bool withCsrf)
{
    FormFields all;
    if (withCsrf)
        all.append({QStringLiteral("csrf"), session.csrf});
    all += fields;
    HttpHeaders headers{{"Content-Type", "application/x-www-form-urlencoded"}};
    if (!session.cookies.isEmpty())
        headers.append({"Cookie", session.cookies});
    return request("POST", path, formBody(all), headers);
}

HttpReply HubClient::follow(const StaffSession &session, const HttpReply &redirect)
{
    return get(session, QString::fromLatin1(redirect.headers.value("location")));
}

StaffSession HubClient::signIn(const QString &login, const QString &password)
{
    const HttpReply form = request("GET", QStringLiteral("/staff/login"));
    const StaffSession signingIn{"staff_pre=" + form.cookie("staff_pre"), csrfOf(form)};
    const HttpReply done = post(signingIn, QStringLiteral("/staff/login"),
                               {{QStringLiteral("login"), login}, {QStringLiteral("password"), password}});
    const QByteArray token = done.cookie("staff_session");
    if (done.status != 303 || token.isEmpty()) {
        qWarning() << "sign-in of" << login << "answered" << done.status;
        return {};
    }
    StaffSession s{"staff_session=" + token, {}};
    s.csrf = csrfOf(get(s, QStringLiteral("/staff/account")));
    return s;
}

QByteArray HubClient::formBody(const FormFields &fields)
{
    QByteArray body;
    for (const auto &[k, v] : fields)
        body += (body.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
    return body;
}

QString HubClient::csrfOf(const HttpReply &page)
{
    static const QRegularExpression field(QStringLiteral("name=\"csrf\" value=\"([^\"]+)\""));
    return field.match(page.text()).captured(1);
}
