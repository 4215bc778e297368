// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordfixture.h"

#include "records/consenttext.h"

#include <QDate>
#include <QJsonArray>

namespace RecordFixture {

QStringList kinds()
{
    return {QStringLiteral("pledge.land"), QStringLiteral("pledge.labour"), QStringLiteral("pledge.materials"),
            QStringLiteral("report.waste")};
}

QJsonObject json(const QString &kind, int variant)
{
    static const QStringList names{QStringLiteral("Nguyễn Thị Hoa"), QStringLiteral("Trần Văn Đức"),
                                   QStringLiteral("Lê Thị Ngọc Ánh"), QStringLiteral("Phạm Quốc Hưng")};
    const QJsonObject person{{QStringLiteral("fullName"), names.at(variant % names.size())},
                             {QStringLiteral("phone"), QStringLiteral("09%1").arg(12345678 + variant % 1000, 8, 10, QChar(u'0'))},
                             {QStringLiteral("residentialGroup"), QStringLiteral("Tổ dân phố số %1").arg(1 + variant % 30)}};
    const QJsonObject consent{{QStringLiteral("given"), true},
                              {QStringLiteral("textVersion"), ConsentText::version()},
                              {QStringLiteral("text"), ConsentText::text(u"vi", {QStringLiteral("Phường Hồng Bàng"),
                                                                                  QStringLiteral("Hong Bang Ward")})}};
    QJsonObject o{{QStringLiteral("kind"), kind}};
    if (kind == u"pledge.land") {
        o.insert(QStringLiteral("projectCode"), QStringLiteral("HB-001"));
        o.insert(QStringLiteral("areaM2"), 10.5 + variant % 200);
        o.insert(QStringLiteral("plotNo"), QString::number(100 + variant % 900));
        o.insert(QStringLiteral("mapSheetNo"), QString::number(1 + variant % 40));
        o.insert(QStringLiteral("address"), QStringLiteral("Số %1 đường Hạ Lý, phường Hồng Bàng").arg(1 + variant % 300));
    } else if (kind == u"pledge.labour") {
        const QDate from = QDate::currentDate().addDays(1);
        o.insert(QStringLiteral("days"), 0.5 * (1 + variant % 20));
        o.insert(QStringLiteral("availableFrom"), from.toString(Qt::ISODate));
        o.insert(QStringLiteral("availableTo"), from.addDays(30).toString(Qt::ISODate));
        o.insert(QStringLiteral("skills"), variant % 2 ? QJsonArray{QStringLiteral("masonry"), QStringLiteral("other")}
                                                       : QJsonArray{QStringLiteral("digging")});
        if (variant % 2)
            o.insert(QStringLiteral("otherSkill"), QStringLiteral("Hàn xì"));
    } else if (kind == u"pledge.materials") {
        o.insert(QStringLiteral("projectCode"), QStringLiteral("HB-001"));
        o.insert(QStringLiteral("items"),
                 QJsonArray{QJsonObject{{QStringLiteral("item"), QStringLiteral("cement")},
                                        {QStringLiteral("quantity"), 1 + variant % 100},
                                        {QStringLiteral("unit"), QStringLiteral("bao")}},
                            QJsonObject{{QStringLiteral("item"), QStringLiteral("sand")},
                                        {QStringLiteral("quantity"), 0.5 + variant % 10},
                                        {QStringLiteral("unit"), QStringLiteral("m3")}}});
    } else {
        o.insert(QStringLiteral("category"), QStringLiteral("materials_wasted"));
        o.insert(QStringLiteral("place"), QStringLiteral("Bãi đất trống cạnh chợ, tổ %1").arg(1 + variant % 30));
        o.insert(QStringLiteral("description"),
                 QStringLiteral("Cát và gạch đổ ở đây từ ba tháng trước, mưa trôi ra đường, không ai thu dọn (%1).").arg(variant));
        if (variant % 2) {
            o.insert(QStringLiteral("anonymous"), true);
            QByteArray photo(4096 + variant % 512, char(variant));
            photo[0] = char(0xFF);
            photo[1] = char(0xD8);
            photo[2] = char(0xFF);
            o.insert(QStringLiteral("photo"), QString::fromLatin1(photo.toBase64()));
            return o;
        }
    }
    o.insert(QStringLiteral("person"), person);
    o.insert(QStringLiteral("consent"), consent);
    return o;
}

RecordDraft draft(const QString &kind, int variant)
{
    return RecordDraft::fromJson(json(kind, variant));
}

QList<RecordDraft> mixedDrafts(int variants)
{
    QList<RecordDraft> drafts;
    for (int variant = 0; variant < variants; ++variant)
        for (const QString &kind : kinds())
            drafts.append(draft(kind, variant));
    return drafts;
}

SubmitContext context(const QString &kioskId, const QString &prefix)
{
    SubmitContext c;
    c.kioskId = kioskId;
    c.kioskPrefix = prefix;
    c.ward = QStringLiteral("HONG-BANG");
    c.validation = ValidationContext::withProjects({QStringLiteral("HB-001")});
    return c;
}

}
