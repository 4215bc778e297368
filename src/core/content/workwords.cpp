// SPDX-License-Identifier: GPL-3.0-or-later
#include "workwords.h"

#include "text/formatting.h"

#include <QStringList>

#include <cmath>

namespace WorkWords {

namespace {

bool english(QStringView language)
{
    return language == u"en";
}

QString days(qint64 n, QStringView language)
{
    if (!english(language))
        return QStringLiteral("%1 ngày").arg(Formatting::number(n, language));
    return n == 1 ? QStringLiteral("1 day") : QStringLiteral("%1 days").arg(Formatting::number(n, language));
}

/** A share in per cent: whole above 10, one decimal under ("12 %", "2,5 %"), never "0 %". */
QString percent(qint64 part, qint64 whole, QStringView language)
{
    const double p = 100.0 * double(part) / double(whole);
    const double shown = p >= 10 ? std::round(p) : std::max(0.1, std::round(p * 10) / 10);
    return Formatting::decimal(shown, language) + QStringLiteral(" %");
}

}

QString schedule(const Project &work, QDate today, QStringView language)
{
    if (!work.plannedEnd.isValid())
        return {};
    const bool en = english(language);
    const qint64 late = work.daysLate(today);
    const QString planned = Formatting::date(work.plannedEnd, language);
    if (work.status == WorkStatus::Completed) {
        const QDate end = work.actualEnd.isValid() ? work.actualEnd : work.plannedEnd;
        const QString finished = en ? QStringLiteral("Finished on %1").arg(Formatting::date(end, language))
                                    : QStringLiteral("Hoàn thành ngày %1").arg(Formatting::date(end, language));
        if (late > 0)
            return en ? QStringLiteral("%1, %2 late").arg(finished, days(late, language))
                      : QStringLiteral("%1, chậm %2").arg(finished, days(late, language));
        return en ? finished + QStringLiteral(", on time") : finished + QStringLiteral(", đúng hạn");
    }
    if (late > 0)
        return en ? QStringLiteral("%1 behind schedule (planned completion %2)").arg(days(late, language), planned)
                  : QStringLiteral("Chậm %1 so với kế hoạch (dự kiến xong %2)").arg(days(late, language), planned);
    return en ? QStringLiteral("On schedule (planned completion %1)").arg(planned)
              : QStringLiteral("Đúng tiến độ (dự kiến xong %1)").arg(planned);
}

QString budget(const Project &work, QStringView language)
{
    if (work.budgetOriginal <= 0)
        return {};
    const bool en = english(language);
    const qint64 over = work.overBudgetBy();
    if (over > 0)
        return en ? QStringLiteral("Over budget by %1 (%2)").arg(Formatting::money(over, language), percent(over, work.budgetOriginal, language))
                  : QStringLiteral("Vượt dự toán %1 (%2)").arg(Formatting::money(over, language), percent(over, work.budgetOriginal, language));
    return en ? QStringLiteral("Within the approved budget of %1").arg(Formatting::money(work.budgetOriginal, language))
              : QStringLiteral("Trong dự toán được duyệt %1").arg(Formatting::money(work.budgetOriginal, language));
}

QString pledges(qint64 count, double landM2, double labourDays, qint64 materialDeliveries, QStringView language)
{
    const bool en = english(language);
    if (count <= 0)
        return en ? QStringLiteral("No pledges yet") : QStringLiteral("Chưa có lời cam kết nào");
    QString text = en ? (count == 1 ? QStringLiteral("1 pledge") : QStringLiteral("%1 pledges").arg(Formatting::number(count, language)))
                      : QStringLiteral("%1 lời cam kết").arg(Formatting::number(count, language));
    QStringList given;
    if (landM2 > 0)
        given.append(en ? QStringLiteral("%1 m² of land").arg(Formatting::decimal(landM2, language))
                        : QStringLiteral("%1 m² đất").arg(Formatting::decimal(landM2, language)));
    if (labourDays > 0)
        given.append(en ? QStringLiteral("%1 days of labour").arg(Formatting::decimal(labourDays, language))
                        : QStringLiteral("%1 ngày công").arg(Formatting::decimal(labourDays, language)));
    if (materialDeliveries > 0)
        given.append(en ? (materialDeliveries == 1 ? QStringLiteral("1 delivery of materials")
                                                   : QStringLiteral("%1 deliveries of materials").arg(Formatting::number(materialDeliveries, language)))
                        : QStringLiteral("%1 lần giao vật liệu").arg(Formatting::number(materialDeliveries, language)));
    if (given.isEmpty())
        return text + (en ? QStringLiteral(" · nothing handed over yet") : QStringLiteral(" · chưa bàn giao"));
    return text + (en ? QStringLiteral(" · handed over ") : QStringLiteral(" · đã bàn giao ")) + given.join(QStringLiteral(", "));
}

}
