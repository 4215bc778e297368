// SPDX-License-Identifier: GPL-3.0-or-later
// The back-office's CSV export (/staff/export.csv): the inbox's current filter and search,
// its scope, its audit lines, and its cells.
#include "tst_staffadmin.h"

#include "staff/staffaccount.h"
#include "store/filteredexport.h"
#include "store/recordfilter.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

/** Every message the process logs while a test listens (the hub runs in this process). */
QStringList heard;
QtMessageHandler passOn = nullptr;

void listen(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    heard.append(message);
    if (passOn)
        passOn(type, context, message);
}

QString unescaped(QString html)
{
    html.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    html.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    html.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    html.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    html.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return html;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

}

QStringList tst_StaffAdmin::inboxCodes(const Reply &page)
{
    static const QRegularExpression link(QStringLiteral("href=\"/staff/records/([A-Z0-9-]+)\""));
    QStringList codes;
    for (auto it = link.globalMatch(page.text()); it.hasNext();)
        codes.append(it.next().captured(1));
    return codes;
}

QStringList tst_StaffAdmin::csvCodes(const Reply &csv)
{
    if (!csv.body.startsWith("\xEF\xBB\xBF" "receipt_code,"))
        return {};
    static const QRegularExpression receipt(QStringLiteral("^[A-Z0-9-]+$"));
    QStringList codes;
    const QList<QByteArray> lines = csv.body.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString first = QString::fromUtf8(lines[i].left(lines[i].indexOf(',')));
        if (receipt.match(first).hasMatch())
            codes.append(first);
    }
    return codes;
}

tst_StaffAdmin::Reply tst_StaffAdmin::inboxSearch(const Session &s, const QString &search, const Fields &filter)
{
    return post(QStringLiteral("/staff/inbox"), Fields{{QStringLiteral("action"), QStringLiteral("filter")}, {QStringLiteral("q"), search}} + filter, s);
}

tst_StaffAdmin::Reply tst_StaffAdmin::exportSearch(const Session &s, const QString &search, const Fields &filter, bool withCsrf)
{
    return post(QStringLiteral("/staff/export.csv"), Fields{{QStringLiteral("search"), search}} + filter, s, withCsrf);
}

void tst_StaffAdmin::exportCsvNeutralisedAndPersonalOnlyWhenAllowed()
{
    const HubKiosk hb = enrolKiosk(QStringLiteral("HONG-BANG"));
    const HubKiosk lc = enrolKiosk(QStringLiteral("LE-CHAN"));
    const auto h = ingest(hb, {QStringLiteral("report.waste")});
    const auto l = ingest(lc, {QStringLiteral("pledge.land"), QStringLiteral("report.waste")});
    QVERIFY(exec(QStringLiteral("UPDATE records SET status_note = ? WHERE receipt_code = ?"),
                 {QStringLiteral("=cmd|' /C calc'!A0"), code(l[0])}));
    QVERIFY(exec(QStringLiteral("UPDATE records SET personal = ? WHERE receipt_code = ?"),
                 {QStringLiteral(R"j({"person":{"fullName":"@SUM(1+1)","phone":"0912345678","residentialGroup":"\tTổ 1"}})j"),
                  code(l[0])}));
    addAccount(QStringLiteral("city"), QStringLiteral("city"));
    addAccount(QStringLiteral("lechan"), QStringLiteral("ward"), QStringLiteral("LE-CHAN"));
    const Session city = signIn(QStringLiteral("city"));
    const Session ward = signIn(QStringLiteral("lechan"));

    Reply r = get(QStringLiteral("/staff/export.csv"), city);
    QCOMPARE(r.status, 200);
    QVERIFY(r.headers.value("content-type").startsWith("text/csv"));
    QVERIFY(r.headers.value("content-disposition").startsWith("attachment"));
    QVERIFY(r.body.startsWith("\xEF\xBB\xBF" "receipt_code,id,kind,"));
    QCOMPARE(r.body.count("\r\n"), 4);
    QVERIFY(!r.text().contains(QStringLiteral("full_name")));
    QVERIFY(!r.text().contains(QStringLiteral("0912345678")));
    QVERIFY2(r.text().contains(QStringLiteral(",'=cmd|' /C calc'!A0,")), qPrintable(r.text()));
    QVERIFY(!scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export.personal'")).toLongLong());

    // Filtered by kind and ward.
    r = get(QStringLiteral("/staff/export.csv?kind=report.waste&ward=HONG-BANG"), city);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body.count("\r\n"), 2);
    QVERIFY(r.text().contains(code(h[0])));
    // The inbox's "open" and "nobody" values mean the same here.
    QVERIFY(exec(QStringLiteral("UPDATE records SET status = 'resolved' WHERE receipt_code = ?"), {code(l[1])}));
    r = get(QStringLiteral("/staff/export.csv?kind=report.waste&status=open&assignee=nobody"), city);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body.count("\r\n"), 2);
    QVERIFY(r.text().contains(code(h[0])));

    // Contact details when ticked, neutralised, audited with field names and row count only.
    r = get(QStringLiteral("/staff/export.csv?personal=1"), city);
    QCOMPARE(r.status, 200);
    QVERIFY(r.text().contains(QStringLiteral(",full_name,phone,residential_group\r\n")));
    QVERIFY2(r.text().contains(QStringLiteral(",'@SUM(1+1),0912345678,'\tTổ 1\r\n")), qPrintable(r.text()));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export.personal'")).toLongLong(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT fields FROM audit_log WHERE action = 'export.personal'")).toString(),
             QStringLiteral("name,phone,group"));
    QCOMPARE(scalar(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'export.personal'")).toString(),
             QStringLiteral("rows=3 search=no"));
    QCOMPARE(scalar(QStringLiteral("SELECT actor FROM audit_log WHERE action = 'export.personal'")).toString(),
             QStringLiteral("city"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE detail LIKE '%0912%' OR detail LIKE '%SUM%'")).toLongLong(), 0);

    // A ward officer: their ward only, by default and with contact details; another ward is a 404.
    r = get(QStringLiteral("/staff/export.csv?personal=1"), ward);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body.count("\r\n"), 3);
    QVERIFY(!r.text().contains(code(h[0])));
    QCOMPARE(get(QStringLiteral("/staff/export.csv?ward=HONG-BANG"), ward).status, 404);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export.personal'")).toLongLong(), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'export.personal' AND actor = 'lechan'")).toString(),
             QStringLiteral("rows=2 ward=LE-CHAN search=no"));

    // Bad filters: 400, the input never echoed raw.
    r = get(QStringLiteral("/staff/export.csv?status=%3Cscript%3Ealert(1)%3C/script%3E"), city);
    QCOMPARE(r.status, 400);
    QVERIFY(!r.text().contains(QStringLiteral("<script>")));
    QCOMPARE(get(QStringLiteral("/staff/export.csv?from=yesterday"), city).status, 400);
    QCOMPARE(get(QStringLiteral("/staff/export.csv?ward=%27%3B%20DROP%20TABLE%20records%3B--"), city).status, 400);
    QCOMPARE(get(QStringLiteral("/staff/export.csv?kind=pledge%27%20OR%201%3D1"), city).status, 400);
    // The inbox's kinds only ("report" alone is not one): the page names them, in the page's language.
    r = get(QStringLiteral("/staff/export.csv?kind=report"), city);
    QCOMPARE(r.status, 400);
    QVERIFY2(r.text().contains(QStringLiteral("Bộ lọc không hợp lệ: loại phải là một trong pledge, pledge.land")), qPrintable(r.text()));
    r = send("GET", QStringLiteral("/staff/export.csv?by=robot&from=2026-02-30"), {},
             "staff_session=" + city.token.toLatin1() + "; staff_lang=en");
    QCOMPARE(r.status, 400);
    QVERIFY2(r.text().contains(QStringLiteral("a date is day/month/year")) && r.text().contains(QStringLiteral("entered by is resident")),
             qPrintable(r.text()));
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM records")).toLongLong() == 3);
}


void tst_StaffAdmin::exportIsTheInboxsFilterAndSearch()
{
    const HubKiosk hb = enrolKiosk(QStringLiteral("HONG-BANG"));
    const HubKiosk lc = enrolKiosk(QStringLiteral("LE-CHAN"));
    // The fixture's four names come round every four records, so each is in both wards (a
    // LE-CHAN waste report of an odd variant is anonymous).
    const auto h = ingest(hb, {QStringLiteral("pledge.land"), QStringLiteral("pledge.labour"), QStringLiteral("report.waste"),
                               QStringLiteral("pledge.materials")});
    const auto l = ingest(lc, {QStringLiteral("pledge.land"), QStringLiteral("report.waste"), QStringLiteral("report.waste"),
                               QStringLiteral("pledge.labour")});
    // Received on different days, in an order unlike the receipt codes'; one closed.
    const QList<std::pair<QJsonObject, int>> days{{h[0], 5}, {h[1], 1}, {h[2], 7}, {h[3], 3},
                                                  {l[0], 2}, {l[1], 6}, {l[2], 4}, {l[3], 8}};
    for (const auto &[record, day] : days)
        QVERIFY(exec(QStringLiteral("UPDATE records SET received_at = ?, updated_at = ? WHERE receipt_code = ?"),
                     {QStringLiteral("2026-03-%1T03:00:00.000Z").arg(day, 2, 10, QChar(u'0')),
                      QStringLiteral("2026-04-%1T03:00:00.000Z").arg(10 - day, 2, 10, QChar(u'0')), code(record)}));
    QVERIFY(exec(QStringLiteral("UPDATE records SET status = 'resolved' WHERE receipt_code = ?"), {code(h[2])}));
    addAccount(QStringLiteral("city"), QStringLiteral("city"));
    const Session city = signIn(QStringLiteral("city"));

    // Without a search: the GET of the inbox and the GET of the export, for the same parameters.
    for (const QString &query : {QString(), QStringLiteral("?sort=oldest"), QStringLiteral("?kind=pledge&sort=waiting"),
                                 QStringLiteral("?ward=LE-CHAN&status=open"), QStringLiteral("?from=2026-03-03&to=2026-03-06"),
                                 QStringLiteral("?project=HB-001&by=resident&assignee=nobody")}) {
        const QStringList inbox = inboxCodes(get(QStringLiteral("/staff/inbox") + query, city));
        QVERIFY2(!inbox.isEmpty(), qPrintable(query));
        QCOMPARE(csvCodes(get(QStringLiteral("/staff/export.csv") + query, city)), inbox);
    }
    QCOMPARE(csvCodes(get(QStringLiteral("/staff/export.csv?from=2026-03-03&to=2026-03-06"), city)),
             (QStringList{code(l[1]), code(h[0]), code(l[2]), code(h[3])}));

    // With a search: the same fields posted to each, the same records in the same order.
    struct Case
    {
        QString search;
        Fields filter;
        QStringList expected;  // sorted
    };
    const QString hbMaterials = code(h[3]).toLower().replace(u'-', u' ');
    const QList<Case> cases{
            {QStringLiteral("NGUYEN thi hoa"), {}, sorted({code(h[0]), code(l[0])})},
            {QStringLiteral("Nguyễn Thị Hoa"), {{QStringLiteral("sort"), QStringLiteral("oldest")}}, sorted({code(h[0]), code(l[0])})},
            {QStringLiteral("nguyen thi hoa"), {{QStringLiteral("ward"), QStringLiteral("LE-CHAN")}}, {code(l[0])}},
            {QStringLiteral("0912 345 678"), {}, {code(h[0])}},
            {QStringLiteral("cat va gach"), {}, sorted({code(h[2]), code(l[1]), code(l[2])})},
            {QStringLiteral("cát và gạch"), {{QStringLiteral("status"), QStringLiteral("open")}, {QStringLiteral("sort"), QStringLiteral("waiting")}},
             sorted({code(l[1]), code(l[2])})},
            {QStringLiteral("pham quoc hung"), {{QStringLiteral("kind"), QStringLiteral("pledge")}}, sorted({code(h[3]), code(l[3])})},
            {hbMaterials, {{QStringLiteral("from"), QStringLiteral("2026-03-01")}, {QStringLiteral("to"), QStringLiteral("2026-03-03")}},
             {code(h[3])}},
            {QStringLiteral("không có ai tên này"), {}, {}},
    };
    for (const Case &c : cases) {
        const Reply inbox = inboxSearch(city, c.search, c.filter);
        QCOMPARE(inbox.status, 200);
        const Reply csv = exportSearch(city, c.search, c.filter);
        QCOMPARE(csv.status, 200);
        QVERIFY(csv.body.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(csvCodes(csv), inboxCodes(inbox));
        QCOMPARE(sorted(csvCodes(csv)), c.expected);
    }

    // The inbox's own form does it in one click: its hidden fields are the filter and the search.
    const Reply page = inboxSearch(city, QStringLiteral("nguyen thi hoa"), {{QStringLiteral("sort"), QStringLiteral("oldest")}});
    const QRegularExpressionMatch form = QRegularExpression(QStringLiteral("<form method=\"post\" action=\"/staff/export.csv\"[^>]*>(.*?)</form>"),
                                                            QRegularExpression::DotMatchesEverythingOption)
                                                 .match(page.text());
    QVERIFY2(form.hasMatch(), qPrintable(page.text()));
    QVERIFY(form.captured(1).contains(QStringLiteral("name=\"personal\" value=\"1\"")));
    Fields fields;
    static const QRegularExpression hidden(QStringLiteral("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">"));
    for (auto it = hidden.globalMatch(form.captured(1)); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        fields.append({m.captured(1), unescaped(m.captured(2))});
    }
    QVERIFY(fields.contains({QStringLiteral("search"), QStringLiteral("nguyen thi hoa")}));
    QVERIFY(fields.contains({QStringLiteral("sort"), QStringLiteral("oldest")}));
    const Reply clicked = post(QStringLiteral("/staff/export.csv"), fields, city, false);
    QCOMPARE(clicked.status, 200);
    QCOMPARE(csvCodes(clicked), inboxCodes(page));
    QCOMPARE(csvCodes(clicked), (QStringList{code(l[0]), code(h[0])}));
    QVERIFY(!clicked.text().contains(QStringLiteral("full_name")));
}

void tst_StaffAdmin::exportKeepsWardOfficersInTheirWard()
{
    const HubKiosk hb = enrolKiosk(QStringLiteral("HONG-BANG"));
    const HubKiosk lc = enrolKiosk(QStringLiteral("LE-CHAN"));
    const auto h = ingest(hb, {QStringLiteral("pledge.land"), QStringLiteral("pledge.labour"), QStringLiteral("report.waste")});
    const auto l = ingest(lc, {QStringLiteral("report.waste"), QStringLiteral("pledge.land"), QStringLiteral("report.waste")});
    addAccount(QStringLiteral("lechan"), QStringLiteral("ward"), QStringLiteral("LE-CHAN"));
    const Session ward = signIn(QStringLiteral("lechan"));
    QStringList lcCodes{code(l[0]), code(l[1]), code(l[2])};
    lcCodes.sort();

    // No ward named, with or without a search: LE-CHAN's records only, as in their inbox.
    Reply r = get(QStringLiteral("/staff/export.csv"), ward);
    QCOMPARE(r.status, 200);
    QCOMPARE(sorted(csvCodes(r)), lcCodes);
    // Named by the day in Vietnam and the ward.
    const QDate today = QDateTime::currentDateTimeUtc().toOffsetFromUtc(7 * 3600).date();
    QCOMPARE(r.headers.value("content-disposition"),
             "attachment; filename=\"records-" + today.toString(QStringLiteral("yyyyMMdd")).toLatin1() + "-LE-CHAN.csv\"");
    for (const QString &search : {QStringLiteral("cat va gach"), QStringLiteral("nguyen thi hoa"), QStringLiteral("tran van duc"),
                                  code(h[0]), code(h[0]).toLower().replace(u'-', u' ')}) {
        const Reply csv = exportSearch(ward, search, {}, true);
        QCOMPARE(csv.status, 200);
        QCOMPARE(csvCodes(csv), inboxCodes(inboxSearch(ward, search)));
        for (const QJsonObject &other : h)
            QVERIFY2(!csv.text().contains(code(other)), qPrintable(search));
    }
    // Nguyễn Thị Hoa has a record in each ward (variants 0 and 4): the officer finds their own.
    QCOMPARE(csvCodes(exportSearch(ward, QStringLiteral("nguyen thi hoa"))), QStringList{code(l[1])});
    // Trần Văn Đức gave only in HONG-BANG: a name they may not see finds nothing.
    QCOMPARE(csvCodes(exportSearch(ward, QStringLiteral("Trần Văn Đức"))), QStringList());
    QCOMPARE(csvCodes(exportSearch(ward, QStringLiteral("0912345679"))), QStringList());
    // Naming another ward: 404, by GET and by POST, with or without contact details.
    QCOMPARE(get(QStringLiteral("/staff/export.csv?ward=HONG-BANG"), ward).status, 404);
    QCOMPARE(exportSearch(ward, QStringLiteral("cat"), {{QStringLiteral("ward"), QStringLiteral("HONG-BANG")}}).status, 404);
    QCOMPARE(exportSearch(ward, QString(), {{QStringLiteral("ward"), QStringLiteral("hong-bang")}, {QStringLiteral("personal"), QStringLiteral("1")}}).status,
             404);
    // Contact details of their own ward: allowed, audited with their ward.
    r = exportSearch(ward, QStringLiteral("nguyen"), {{QStringLiteral("personal"), QStringLiteral("1")}});
    QCOMPARE(r.status, 200);
    QVERIFY(r.text().contains(QStringLiteral("Nguyễn Thị Hoa")));
    QCOMPARE(scalar(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'export.personal'")).toString(),
             QStringLiteral("rows=1 ward=LE-CHAN search=yes"));

    // Who may have contact details in an export, as the rule reads (the form offers the box by it).
    StaffAccount wardOfficer;
    wardOfficer.roles = StaffRole::Ward;
    wardOfficer.ward = QStringLiteral("LE-CHAN");
    StaffAccount cityOfficer;
    cityOfficer.roles = StaffRole::City;
    StaffAccount admin;
    admin.roles = StaffRole::Admin;
    RecordFilter any, other;
    other.ward = QStringLiteral("HONG-BANG");
    QVERIFY(FilteredExport::mayIncludePersonal(wardOfficer, any));
    QVERIFY(!FilteredExport::mayIncludePersonal(wardOfficer, other));
    QVERIFY(FilteredExport::mayIncludePersonal(cityOfficer, any));
    QVERIFY(FilteredExport::mayIncludePersonal(cityOfficer, other));
    QVERIFY(!FilteredExport::mayIncludePersonal(admin, any));
    wardOfficer.disabledAt = QStringLiteral("2026-01-01T00:00:00.000Z");
    QVERIFY(!FilteredExport::mayIncludePersonal(wardOfficer, any));
}

void tst_StaffAdmin::exportSearchIsPostedAndNeverLogged()
{
    const HubKiosk hb = enrolKiosk(QStringLiteral("HONG-BANG"));
    const HubKiosk lc = enrolKiosk(QStringLiteral("LE-CHAN"));
    const auto h = ingest(hb, {QStringLiteral("pledge.land"), QStringLiteral("report.waste")});
    const auto l = ingest(lc, {QStringLiteral("report.waste"), QStringLiteral("pledge.labour"), QStringLiteral("pledge.land")});
    addAccount(QStringLiteral("city"), QStringLiteral("city"));
    addAccount(QStringLiteral("lechan"), QStringLiteral("ward"), QStringLiteral("LE-CHAN"));
    const Session city = signIn(QStringLiteral("city"));
    const Session ward = signIn(QStringLiteral("lechan"));

    // Without the session's CSRF token: refused, no file.
    const QString name = QStringLiteral("Nguyễn Thị Hoa");
    Reply r = exportSearch(city, name, {}, false);
    QCOMPARE(r.status, 403);
    QVERIFY(!r.body.startsWith("\xEF\xBB\xBF"));
    r = post(QStringLiteral("/staff/export.csv"), {{QStringLiteral("csrf"), ward.csrf}, {QStringLiteral("search"), name}}, city, false);
    QCOMPARE(r.status, 403);
    QVERIFY(!r.text().contains(QStringLiteral("receipt_code")));
    // A search in the address is refused rather than ignored (it would export everything).
    for (const QString &path : {QStringLiteral("/staff/export.csv?search=hoa"), QStringLiteral("/staff/export.csv?q=hoa&kind=pledge")}) {
        r = get(path, city);
        QCOMPARE(r.status, 400);
        QVERIFY(r.text().contains(QStringLiteral("không được đặt trong địa chỉ")));
        QVERIFY(!r.text().contains(QStringLiteral("receipt_code")));
    }

    // With contact details: the name's two records; the audit says fields, rows and that a
    // search was used, never what was searched, and nothing the hub logs holds it either.
    heard.clear();
    passOn = qInstallMessageHandler(listen);
    r = exportSearch(city, name, {{QStringLiteral("personal"), QStringLiteral("1")}});
    qInstallMessageHandler(passOn);
    QCOMPARE(r.status, 200);
    QCOMPARE(sorted(csvCodes(r)), sorted({code(h[0]), code(l[2])}));
    QVERIFY(r.text().contains(QStringLiteral(",full_name,phone,residential_group\r\n")));
    QCOMPARE(r.text().count(name), 2);
    QVERIFY2(heard.join(u'\n').contains(QStringLiteral("exported 2 records of a search with contact details")), qPrintable(heard.join(u'\n')));
    for (const QString &line : std::as_const(heard))
        QVERIFY2(!line.contains(QStringLiteral("hoa"), Qt::CaseInsensitive) && !line.contains(QStringLiteral("nguy"), Qt::CaseInsensitive),
                 qPrintable(line));
    QCOMPARE(scalar(QStringLiteral("SELECT fields FROM audit_log WHERE action = 'export.personal'")).toString(), QStringLiteral("name,phone,group"));
    QCOMPARE(scalar(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'export.personal'")).toString(), QStringLiteral("rows=2 search=yes"));
    // Searching names is itself a use of them, written as the inbox writes it.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'record.personal.search' AND fields = 'name,phone'"
                                   " AND actor = 'city'")).toLongLong(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE lower(coalesce(detail, '') || coalesce(target, '') || coalesce(fields, ''))"
                                   " LIKE '%hoa%' OR lower(coalesce(detail, '') || coalesce(target, '') || coalesce(fields, ''))"
                                   " LIKE '%nguy%'"))
                     .toLongLong(),
             0);

    // 10,000 characters: a clear 400 in the page's language, the text not echoed, nothing audited.
    const qint64 lines = scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
    const QString tenThousand(10000, u'ầ');
    r = exportSearch(city, tenThousand, {{QStringLiteral("personal"), QStringLiteral("1")}});
    QCOMPARE(r.status, 400);
    QVERIFY(r.text().contains(QStringLiteral("dài quá 200 ký tự")));
    QVERIFY(!r.text().contains(tenThousand.left(50)));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong(), lines);
    // Marks or punctuation only: nothing can match, an empty file, as the inbox lists nothing.
    for (const QString &marks : {QStringLiteral("\u0301\u0300\u0303"), QStringLiteral("%_%"), QStringLiteral("--")}) {
        r = exportSearch(city, marks);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body.count("\r\n"), 1);
        QCOMPARE(csvCodes(r), QStringList());
        QCOMPARE(inboxCodes(inboxSearch(city, marks)), QStringList());
    }
    // Hostile filter fields in the form: a 400 that echoes nothing.
    r = exportSearch(city, QStringLiteral("hoa"), {{QStringLiteral("kind"), QStringLiteral("<script>alert(1)</script>")},
                                                   {QStringLiteral("assignee"), QStringLiteral("' OR 1=1 --")}});
    QCOMPARE(r.status, 400);
    QVERIFY(!r.text().contains(QStringLiteral("<script>alert")));
    QVERIFY(r.text().contains(QStringLiteral("người phụ trách không hợp lệ")));
    // Neither an admin who is no officer nor anyone signed out gets a file.
    addAccount(QStringLiteral("admin"), QStringLiteral("admin"));
    QCOMPARE(exportSearch(signIn(QStringLiteral("admin")), QStringLiteral("hoa")).status, 404);
    QVERIFY(!exportSearch(Session{}, QStringLiteral("hoa"), {}, false).body.startsWith("\xEF\xBB\xBF"));
}

void tst_StaffAdmin::exportNeutralisesEveryFormulaStart()
{
    const HubKiosk hb = enrolKiosk(QStringLiteral("HONG-BANG"));
    const auto h = ingest(hb, {QStringLiteral("pledge.land"), QStringLiteral("report.waste")});
    addAccount(QStringLiteral("city"), QStringLiteral("city"));
    const Session city = signIn(QStringLiteral("city"));
    const QString target = code(h[0]);
    // Each start a spreadsheet would run, in a record's own column (the status note, before the
    // work's code) and in a contact column (the name, before the phone), each as it must be written.
    struct Cell
    {
        QString note, noteWritten, name, nameWritten;
    };
    const QList<Cell> cells{
            {QStringLiteral("=1+1"), QStringLiteral(",'=1+1,HB-001,"), QStringLiteral("=An"), QStringLiteral(",'=An,0912345678,")},
            {QStringLiteral("+1+1"), QStringLiteral(",'+1+1,HB-001,"), QStringLiteral("+An"), QStringLiteral(",'+An,0912345678,")},
            {QStringLiteral("-1+1"), QStringLiteral(",'-1+1,HB-001,"), QStringLiteral("-An"), QStringLiteral(",'-An,0912345678,")},
            {QStringLiteral("@SUM(A1)"), QStringLiteral(",'@SUM(A1),HB-001,"), QStringLiteral("@An"), QStringLiteral(",'@An,0912345678,")},
            {QStringLiteral("\t1+1"), QStringLiteral(",'\t1+1,HB-001,"), QStringLiteral("\tAn"), QStringLiteral(",'\tAn,0912345678,")},
            {QStringLiteral("\r1+1"), QStringLiteral(",\"'\r1+1\",HB-001,"), QStringLiteral("\rAn"), QStringLiteral(",\"'\rAn\",0912345678,")},
    };
    QTemporaryDir dir;
    for (const Cell &c : cells) {
        const QJsonObject person{{QStringLiteral("fullName"), c.name}, {QStringLiteral("phone"), QStringLiteral("0912345678")},
                                 {QStringLiteral("residentialGroup"), QStringLiteral("Tổ 1")}};
        const QByteArray personal = QJsonDocument(QJsonObject{{QStringLiteral("person"), person}}).toJson(QJsonDocument::Compact);
        QVERIFY(exec(QStringLiteral("UPDATE records SET status_note = ?, personal = ? WHERE receipt_code = ?"),
                     {c.note, QString::fromUtf8(personal), target}));
        const Reply r = exportSearch(city, target, {{QStringLiteral("personal"), QStringLiteral("1")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(csvCodes(r), QStringList{target});
        QVERIFY2(r.text().contains(c.noteWritten), qPrintable(r.text()));
        QVERIFY2(r.text().contains(c.nameWritten), qPrintable(r.text()));
        // `city-hub export --csv` writes the very same line for the record (its own columns).
        const Reply plain = exportSearch(city, target);
        const QString file = dir.filePath(QStringLiteral("all.csv"));
        QString error;
        QVERIFY2(m_store->csvExport().write(file, false, &error), qPrintable(error));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray all = f.readAll();
        const qsizetype at = plain.body.indexOf("\r\n") + 2;
        const QByteArray line = plain.body.mid(at);
        QVERIFY(line.startsWith(target.toLatin1() + ','));
        QVERIFY2(all.contains("\r\n" + line), line.constData());
    }
}
