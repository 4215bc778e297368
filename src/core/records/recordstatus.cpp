// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordstatus.h"

namespace RecordStatus {

namespace {

Info status(const char16_t *key, const char16_t *icon, const char16_t *vi, const char16_t *en, const char16_t *meaningVi,
            const char16_t *meaningEn, AppliesTo appliesTo = AppliesTo::Any, bool closed = false, bool cityOnly = true)
{
    return {QString::fromUtf16(key), QString::fromUtf16(icon),
            {QString::fromUtf16(vi), QString::fromUtf16(en)},
            {QString::fromUtf16(meaningVi), QString::fromUtf16(meaningEn)},
            appliesTo, closed, cityOnly};
}

}

const QList<Info> &all()
{
    // A pledge: received → contacted → handed over → verified → thanked.
    // A report: received → in progress / scheduled → resolved, rejected or duplicate.
    static const QList<Info> statuses = {
        status(u"submitted", u"○", u"Đã ghi nhận tại ki-ốt", u"Recorded at the kiosk",
               u"Đã lưu trên ki-ốt, đang chờ gửi tới thành phố.", u"Kept on the kiosk, waiting to be sent to the city.",
               AppliesTo::Any, false, false),
        status(u"received", u"●", u"Đã tiếp nhận", u"Received",
               u"Thành phố đã nhận được. Cán bộ sẽ xem xét.", u"The city has it. Staff will look at it."),
        status(u"contacted", u"☎", u"Đã liên hệ", u"Contacted",
               u"Cán bộ phường đã liên hệ với người đăng ký.", u"Ward staff have been in touch with the person who pledged.",
               AppliesTo::Pledge),
        status(u"handed_over", u"⇄", u"Đã bàn giao", u"Handed over",
               u"Phần đóng góp đã được bàn giao; chờ thành phố xác nhận.",
               u"The contribution has been handed over; the city will confirm it.", AppliesTo::Pledge),
        status(u"verified", u"✓", u"Đã xác minh", u"Verified",
               u"Cán bộ đã kiểm tra thông tin.", u"Staff have checked the details."),
        status(u"in_progress", u"◔", u"Đang xử lý", u"Being dealt with",
               u"Cơ quan có trách nhiệm đang xử lý.", u"The body responsible is dealing with it.", AppliesTo::Report),
        status(u"scheduled", u"◷", u"Đã lên lịch", u"Scheduled",
               u"Việc đã được xếp lịch thực hiện.", u"The work has been given a date."),
        status(u"thanked", u"♥", u"Đã cảm ơn", u"Thanked",
               u"Thành phố ghi nhận và cảm ơn đóng góp của bạn.", u"The city has recorded your contribution and thanks you.",
               AppliesTo::Pledge),
        status(u"resolved", u"✔", u"Đã xử lý xong", u"Resolved",
               u"Việc đã được giải quyết.", u"This has been dealt with.", AppliesTo::Any, true),
        status(u"rejected", u"✕", u"Không được chấp nhận", u"Not accepted",
               u"Xem ghi chú của cán bộ bên dưới.", u"See the staff note below.", AppliesTo::Any, true),
        status(u"duplicate", u"⧉", u"Trùng phản ánh khác", u"Same as another report",
               u"Việc này đã được phản ánh trước đó và được xử lý cùng phản ánh kia.",
               u"This was reported before and is dealt with together with that report.", AppliesTo::Report, true),
    };
    return statuses;
}

const Info *find(const QString &key)
{
    for (const Info &s : all())
        if (s.key == key)
            return &s;
    return nullptr;
}

QString word(const QString &key, QStringView language)
{
    const Info *s = find(key);
    return s ? s->word.in(language) : key;
}

bool isClosed(const QString &key)
{
    const Info *s = find(key);
    return s && s->closed;
}

QString closedSqlList()
{
    QStringList quoted;
    for (const Info &s : all())
        if (s.closed)
            quoted.append(u'\'' + s.key + u'\'');
    return quoted.join(QStringLiteral(", "));
}

QStringList cityKeys()
{
    QStringList keys;
    for (const Info &s : all())
        if (s.cityOnly)
            keys.append(s.key);
    return keys;
}

}
