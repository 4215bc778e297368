// SPDX-License-Identifier: GPL-3.0-or-later
// The back-office's foundation: who may do what, passwords, the login delay's curve, form and
// cookie parsing, the words of both languages, and the accounts and sessions store on SQLite
// and PostgreSQL (disabling, a new password or new roles end every session; the audit log
// holds names of fields and never a password or a hash).
#include "hubdatabase.h"
#include "hubstore.h"
#include "hubtestsupport.h"
#include "staff/passwordhasher.h"
#include "staff/staffaccount.h"
#include "staff/staffhttp.h"
#include "staff/staffpages.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

class tst_StaffBase : public QObject
{
    Q_OBJECT
private slots:
    // Pure.
    void rolesRoundTrip();
    void wardScope();
    void loginShape();
    void delayCurve();
    void formParsing();
    void safeNext();
    void sameSecret();
    void passwordHash();
    void wordsComplete();
    void templatesUseKnownWords();
    void stylesheetBlocksClose();
    void noValueNamedLikeATemplate();

    // Store, on both dialects.
    void storeCases_data();
    void storeCases();
};

void tst_StaffBase::rolesRoundTrip()
{
    using namespace StaffRole;
    QCOMPARE(toText(City | Admin), QStringLiteral("admin,city"));
    QCOMPARE(fromText(QStringLiteral("ward,admin")), Roles(Ward | Admin));
    QCOMPARE(fromText(QStringLiteral("root,city")), Roles(City));
    QCOMPARE(fromText(QString()), Roles());
    Role r;
    QVERIFY(parse(QStringLiteral("ward"), &r));
    QCOMPARE(r, Ward);
    QVERIFY(!parse(QStringLiteral("Ward"), &r));
}

void tst_StaffBase::wardScope()
{
    StaffAccount city{1, QStringLiteral("a"), QStringLiteral("A"), StaffRole::City, {}, {}, {}};
    StaffAccount ward{2, QStringLiteral("b"), QStringLiteral("B"), StaffRole::Ward, QStringLiteral("LE-CHAN"), {}, {}};
    StaffAccount admin{3, QStringLiteral("c"), QStringLiteral("C"), StaffRole::Admin, {}, {}, {}};
    StaffAccount disabled = city;
    disabled.disabledAt = QStringLiteral("2026-01-01T00:00:00.000Z");
    QVERIFY(city.canWorkWard(QStringLiteral("HONG-BANG")));
    QVERIFY(city.canSeePersonal(QStringLiteral("HONG-BANG")));
    QVERIFY(ward.canWorkWard(QStringLiteral("LE-CHAN")));
    QVERIFY(!ward.canWorkWard(QStringLiteral("HONG-BANG")));
    QVERIFY(!ward.canSeePersonal(QStringLiteral("HONG-BANG")));
    QVERIFY(!ward.canWorkWard(QString()));
    // An admin as admin never sees personal data and works no ward.
    QVERIFY(!admin.canWorkWard(QStringLiteral("LE-CHAN")));
    QVERIFY(!admin.canSeePersonal(QStringLiteral("LE-CHAN")));
    QVERIFY(!disabled.canWorkWard(QStringLiteral("LE-CHAN")));
    QVERIFY(city.canVerify());
    QVERIFY(!ward.canVerify());
    QCOMPARE(ward.wardScope(), QStringLiteral("LE-CHAN"));
    QVERIFY(city.wardScope().isNull());
    // A "ward" role without a ward is no ward officer.
    StaffAccount noWard{4, QStringLiteral("d"), QStringLiteral("D"), StaffRole::Ward, {}, {}, {}};
    QVERIFY(!noWard.isOfficer());
}

void tst_StaffBase::loginShape()
{
    QVERIFY(StaffRules::isValidLogin(QStringLiteral("anna")));
    QVERIFY(StaffRules::isValidLogin(QStringLiteral("le.chan-01_b")));
    QVERIFY(!StaffRules::isValidLogin(QStringLiteral("a")));
    QVERIFY(!StaffRules::isValidLogin(QStringLiteral("Anna")));
    QVERIFY(!StaffRules::isValidLogin(QStringLiteral("an na")));
    QVERIFY(!StaffRules::isValidLogin(QStringLiteral("<script>")));
    QVERIFY(!StaffRules::isValidLogin(QStringLiteral("nguyễn")));
    QVERIFY(!StaffRules::isValidLogin(QString(65, u'a')));
}

void tst_StaffBase::delayCurve()
{
    QCOMPARE(LoginThrottle::delayFor(0, 3, 900), 0);
    QCOMPARE(LoginThrottle::delayFor(3, 3, 900), 0);
    QCOMPARE(LoginThrottle::delayFor(4, 3, 900), 1);
    QCOMPARE(LoginThrottle::delayFor(5, 3, 900), 2);
    QCOMPARE(LoginThrottle::delayFor(8, 3, 900), 16);
    QCOMPARE(LoginThrottle::delayFor(20, 3, 900), 900);
    QCOMPARE(LoginThrottle::delayFor(1000000, 3, 900), 900);
    // The account's own key never waits more than a minute: no lock-out.
    QCOMPARE(LoginThrottle::delayFor(1000, 5, 60), 60);
}

void tst_StaffBase::formParsing()
{
    const StaffHttp::Form f = StaffHttp::parseForm("login=anna&password=a+b%2Bc&pick=1&pick=2&empty=&flag&name=Nguy%E1%BB%85n");
    QCOMPARE(f.value(QStringLiteral("login")), QStringList{QStringLiteral("anna")});
    QCOMPARE(f.value(QStringLiteral("password")).value(0), QStringLiteral("a b+c"));
    QCOMPARE(f.value(QStringLiteral("pick")), (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
    QCOMPARE(f.value(QStringLiteral("empty")).value(0), QString());
    QVERIFY(f.contains(QStringLiteral("flag")));
    QCOMPARE(f.value(QStringLiteral("name")).value(0), QStringLiteral("Nguyễn"));
}

void tst_StaffBase::safeNext()
{
    QVERIFY(StaffHttp::isSafeNext(QStringLiteral("/staff/inbox?status=received")));
    QVERIFY(!StaffHttp::isSafeNext(QStringLiteral("https://evil.example/staff/")));
    QVERIFY(!StaffHttp::isSafeNext(QStringLiteral("//evil.example/staff/")));
    QVERIFY(!StaffHttp::isSafeNext(QStringLiteral("/staff//evil.example")));
    QVERIFY(!StaffHttp::isSafeNext(QStringLiteral("/staff/\\evil")));
    QVERIFY(!StaffHttp::isSafeNext(QStringLiteral("/r/HC-2345K-M")));
    QVERIFY(!StaffHttp::isSafeNext(QStringLiteral("/staff/../r/x")));
}

void tst_StaffBase::sameSecret()
{
    QVERIFY(StaffHttp::sameSecret(QStringLiteral("abc"), QStringLiteral("abc")));
    QVERIFY(!StaffHttp::sameSecret(QStringLiteral("abc"), QStringLiteral("abd")));
    QVERIFY(!StaffHttp::sameSecret(QStringLiteral("abc"), QStringLiteral("abcd")));
    QVERIFY(!StaffHttp::sameSecret(QString(), QString()));
}

void tst_StaffBase::passwordHash()
{
    QVERIFY(PasswordHasher::available());
    const QByteArray h = PasswordHasher::hash(QStringLiteral("Mật khẩu rất dài"));
    QVERIFY2(h.startsWith("$argon2id$"), h.constData());
    QVERIFY(PasswordHasher::verify(h, QStringLiteral("Mật khẩu rất dài")));
    QVERIFY(!PasswordHasher::verify(h, QStringLiteral("Mat khau rat dai")));
    QVERIFY(!PasswordHasher::verify(QByteArray("not a hash"), QStringLiteral("x")));
    QVERIFY(!PasswordHasher::verify(PasswordHasher::decoy(), QString()));
    // The same password hashes differently each time (a salt in every hash).
    QVERIFY(PasswordHasher::hash(QStringLiteral("Mật khẩu rất dài")) != h);
    PasswordHasher pool(2);
    QFuture<bool> f = pool.verifyAsync(h, QStringLiteral("Mật khẩu rất dài"));
    f.waitForFinished();
    QVERIFY(f.result());
}

void tst_StaffBase::wordsComplete()
{
    const QStringList vi = StaffPages::keys(QStringLiteral("vi"));
    const QStringList en = StaffPages::keys(QStringLiteral("en"));
    QVERIFY(vi.size() > 30);
    QCOMPARE(vi, en);
    static const QRegularExpression vietnamese(QStringLiteral("[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]"),
                                               QRegularExpression::CaseInsensitiveOption);
    int marked = 0;
    for (const QString &key : vi) {
        QVERIFY2(!StaffPages::word(QStringLiteral("vi"), key).trimmed().isEmpty(), qPrintable(key));
        QVERIFY2(!StaffPages::word(QStringLiteral("en"), key).trimmed().isEmpty(), qPrintable(key));
        if (vietnamese.match(StaffPages::word(QStringLiteral("vi"), key)).hasMatch())
            ++marked;
    }
    // Vietnamese is written with its marks (a few words, like "Ki-ốt", have one; most many).
    QVERIFY2(marked > vi.size() * 3 / 4, qPrintable(QStringLiteral("%1 of %2").arg(marked).arg(vi.size())));
}

void tst_StaffBase::templatesUseKnownWords()
{
    const QStringList keys = StaffPages::keys(QStringLiteral("vi"));
    const QDir dir(QStringLiteral(":/hub/templates"));
    static const QRegularExpression ref(QStringLiteral("\\{\\{\\{?[#^/]?t\\.([a-z0-9_]+)"));
    int checked = 0;
    for (const QString &file : dir.entryList({QStringLiteral("staff-*.mustache")}, QDir::Files)) {
        QFile f(dir.filePath(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        for (auto it = ref.globalMatch(text); it.hasNext();) {
            const QString key = it.next().captured(1);
            QVERIFY2(keys.contains(key), qPrintable(file + u' ' + key));
            ++checked;
        }
    }
    QVERIFY(checked > 10);
}

// Each area appends its own section to staff.css; a section that leaves an @media block open
// puts every later area's rules inside it (it happened: desktop pages lost their layout).
void tst_StaffBase::stylesheetBlocksClose()
{
    const QString css = QString::fromUtf8(StaffPages::css());
    QVERIFY(css.size() > 1000);
    int depth = 0;
    int line = 0;
    for (const QString &text : css.split(u'\n')) {
        ++line;
        // A rule written at the start of a line is a top-level rule: no block may be open.
        if (!text.isEmpty() && !text.at(0).isSpace() && text.at(0) != u'}' && !text.startsWith(QStringLiteral("/*")))
            QVERIFY2(depth == 0, qPrintable(QStringLiteral("line %1 is inside an open block: %2").arg(line).arg(text.left(60))));
        depth += int(text.count(u'{')) - int(text.count(u'}'));
        QVERIFY2(depth >= 0 && depth <= 1, qPrintable(QStringLiteral("line %1").arg(line)));
    }
    QCOMPARE(depth, 0);
}

// Every template is also a partial of every page under its own name, so a page value called
// "work" or "pager" finds the template instead (truthy, and empty when printed): a work row
// with no work in it happened that way.
void tst_StaffBase::noValueNamedLikeATemplate()
{
    const QDir dir(QStringLiteral(":/hub/templates"));
    QStringList names;
    for (const QString &file : dir.entryList({QStringLiteral("*.mustache")}, QDir::Files))
        names.append(file.chopped(9));
    QVERIFY(names.contains(QStringLiteral("work")));
    static const QRegularExpression tag(QStringLiteral("\\{\\{\\{?([#^/&]?)\\s*([A-Za-z0-9_.-]+)"));
    int checked = 0;
    for (const QString &file : dir.entryList({QStringLiteral("staff-*.mustache")}, QDir::Files)) {
        QFile f(dir.filePath(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        for (auto it = tag.globalMatch(text); it.hasNext();) {
            const QString name = it.next().captured(2);
            QVERIFY2(!names.contains(name), qPrintable(file + QStringLiteral(": {{") + name + QStringLiteral("}}")));
            ++checked;
        }
    }
    QVERIFY(checked > 100);
}

void tst_StaffBase::storeCases_data()
{
    HubTestLocation::addDialectRows();
}

void tst_StaffBase::storeCases()
{
    QFETCH(QString, dialect);
    HubTestLocation location(dialect);
    if (!location.isAvailable())
        QSKIP("no PostgreSQL test server: set CIVIC_TEST_PG_URL (or run through ctest's postgres fixture)");
    HubDatabase db;
    QVERIFY2(db.open(location.location()), qPrintable(db.lastError()));
    HubStore store(db);
    const AuditActor cli = AuditActor::commandLine();
    const QByteArray hash = PasswordHasher::hash(QStringLiteral("correct horse battery"));
    QString error;

    // Shape checks.
    QCOMPARE(store.accounts().add(cli, QStringLiteral("Bad Name"), QStringLiteral("X"), StaffRole::City, {}, hash, &error),
             StaffAccounts::Outcome::Invalid);
    QCOMPARE(store.accounts().add(cli, QStringLiteral("ward1"), QStringLiteral("X"), StaffRole::Ward, {}, hash, &error),
             StaffAccounts::Outcome::Invalid);
    QCOMPARE(store.accounts().add(cli, QStringLiteral("city1"), QStringLiteral("X"), StaffRole::City, QStringLiteral("LE-CHAN"),
                                  hash, &error),
             StaffAccounts::Outcome::Invalid);

    QCOMPARE(store.accounts().add(cli, QStringLiteral("anna"), QStringLiteral("Nguyễn Thị An"), StaffRole::City, {}, hash, &error),
             StaffAccounts::Outcome::Done);
    QCOMPARE(store.accounts().add(cli, QStringLiteral("anna"), QStringLiteral("Other"), StaffRole::Admin, {}, hash, &error),
             StaffAccounts::Outcome::Exists);
    const auto anna = store.accounts().byLogin(QStringLiteral("anna"));
    QVERIFY(anna);
    QCOMPARE(anna->account.displayName, QStringLiteral("Nguyễn Thị An"));
    QVERIFY(PasswordHasher::verify(anna->passwordHash, QStringLiteral("correct horse battery")));

    // Sessions: found by token, not by its hash; ended by disable, password and roles.
    auto openTwo = [&] {
        const auto a = store.sessions().open(anna->account.id);
        const auto b = store.sessions().open(anna->account.id);
        return std::pair{a->token, b->token};
    };
    auto [t1, t2] = openTwo();
    QVERIFY(store.sessions().find(t1));
    QCOMPARE(store.sessions().openCount(anna->account.id), 2);
    QVERIFY(!store.sessions().find(store.sessions().find(t1)->tokenHash));
    QVERIFY(!store.sessions().find(QStringLiteral("' OR 1=1 --")));
    QCOMPARE(store.accounts().setPassword(cli, QStringLiteral("anna"), PasswordHasher::hash(QStringLiteral("another long one"))),
             StaffAccounts::Outcome::Done);
    QVERIFY(!store.sessions().find(t1));
    QVERIFY(!store.sessions().find(t2));

    std::tie(t1, t2) = openTwo();
    QCOMPARE(store.accounts().setRoles(cli, QStringLiteral("anna"), StaffRole::Admin, {}, &error), StaffAccounts::Outcome::Done);
    QVERIFY(!store.sessions().find(t1));
    QCOMPARE(store.accounts().setRoles(cli, QStringLiteral("anna"), StaffRole::Admin | StaffRole::Ward, QStringLiteral("LE-CHAN"), &error),
             StaffAccounts::Outcome::Done);

    std::tie(t1, t2) = openTwo();
    QCOMPARE(store.accounts().disable(cli, QStringLiteral("anna")), StaffAccounts::Outcome::Done);
    QVERIFY(!store.sessions().find(t2));
    QVERIFY(!store.sessions().open(anna->account.id) || !store.sessions().find(store.sessions().open(anna->account.id)->token));
    QCOMPARE(store.accounts().disable(cli, QStringLiteral("nobody")), StaffAccounts::Outcome::NotFound);

    // Expiry: an idle session ends.
    QCOMPARE(store.accounts().enable(cli, QStringLiteral("anna")), StaffAccounts::Outcome::Done);
    const auto idle = store.sessions().open(anna->account.id);
    QVERIFY(location.exec(QStringLiteral("UPDATE staff_sessions SET last_seen = '2020-01-01T00:00:00.000Z'")));
    QVERIFY(!store.sessions().find(idle->token));
    const auto old = store.sessions().open(anna->account.id);
    QVERIFY(location.exec(QStringLiteral("UPDATE staff_sessions SET created_at = '2020-01-01T00:00:00.000Z'")));
    QVERIFY(!store.sessions().find(old->token));

    // The audit log: every change, officer grants flagged, no secrets.
    const auto lines = store.audit().list({});
    QVERIFY(lines);
    QStringList actions;
    for (const AuditEntry &e : *lines) {
        actions.prepend(e.action);
        QVERIFY(!e.detail.contains(QStringLiteral("argon2")));
        QVERIFY(!e.detail.contains(QStringLiteral("horse")));
    }
    QCOMPARE(actions, (QStringList{QStringLiteral("account.add"), QStringLiteral("account.officer-granted"),
                                   QStringLiteral("account.password"), QStringLiteral("account.roles"),
                                   QStringLiteral("account.roles"), QStringLiteral("account.officer-granted"),
                                   QStringLiteral("account.disable"), QStringLiteral("account.enable")}));
    AuditLog::Filter byAction;
    byAction.action = QStringLiteral("account.officer");
    QCOMPARE(store.audit().count(byAction).value_or(-1), 2);

    // The login delay, per key, stored as digests only.
    const LoginThrottle::Keys keys = LoginThrottle::keysFor(QStringLiteral("anna"), QStringLiteral("10.0.0.7"));
    for (int i = 0; i < 3; ++i)
        store.loginThrottle().recordFailure(keys);
    QCOMPARE(store.loginThrottle().waitSeconds(keys), 0);
    store.loginThrottle().recordFailure(keys);
    QVERIFY(store.loginThrottle().waitSeconds(keys) >= 1);
    // Another address for the same account is not delayed by this one's failures.
    QCOMPARE(store.loginThrottle().waitSeconds(LoginThrottle::keysFor(QStringLiteral("anna"), QStringLiteral("10.0.0.8"))), 0);
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT key FROM login_failures")));
    while (q.next()) {
        QVERIFY(!q.value(0).toString().contains(QStringLiteral("anna")));
        QVERIFY(!q.value(0).toString().contains(QStringLiteral("10.0.0.7")));
    }
    store.loginThrottle().recordSuccess(keys);
    QCOMPARE(store.loginThrottle().waitSeconds(keys), 0);
}

QTEST_GUILESS_MAIN(tst_StaffBase)
#include "tst_staffbase.moc"
