// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "record.h"

#include <QDate>
#include <QSet>

#include <functional>

/** What the rules need to know beyond the draft itself. */
struct ValidationContext
{
    /** True when a work with this code exists. Unset: every code is unknown, so a draft with a
        projectCode is refused. */
    std::function<bool(const QString &code)> projectExists;
    /** The ward's setting `allowAnonymousPledges`: labour and materials pledges may then be
        made without name and phone. Land pledges never; waste reports always. */
    bool allowAnonymousPledges = false;
    /** The day the check is made; invalid means today. */
    QDate today;

    static ValidationContext withProjects(const QSet<QString> &codes, bool allowAnonymousPledges = false)
    {
        ValidationContext c;
        c.projectExists = [codes](const QString &code) { return codes.contains(code); };
        c.allowAnonymousPledges = allowAnonymousPledges;
        return c;
    }
};

/** The one rule set for records, used by the kiosk UI (next to each field) and by kioskctl. */
namespace Validation {

// Limits, in characters (Unicode code points) after TextFold::clean.
inline constexpr int MinNameLength = 2;
inline constexpr int MaxNameLength = 100;
inline constexpr int MaxGroupLength = 100;
inline constexpr int MaxAddressLength = 300;
inline constexpr int MaxPlotLength = 20;
inline constexpr int MaxOtherTextLength = 100;
inline constexpr int MaxPlaceLength = 300;
inline constexpr int MinDescriptionLength = 20;
inline constexpr int MaxDescriptionLength = 5000;
inline constexpr int MaxConsentTextLength = 10000;
inline constexpr int MaxConsentVersionLength = 40;
inline constexpr int MaxProjectCodeLength = 40;
inline constexpr double MinAreaM2 = 0.1;
inline constexpr double MaxAreaM2 = 100000;
inline constexpr double MinDays = 0.5;
inline constexpr double MaxDays = 365;
inline constexpr int MaxItems = 20;
inline constexpr qsizetype MaxPhotoBytes = 1536 * 1024; // 1.5 MiB
/** How far ahead a labour period may start. */
inline constexpr int MaxDaysAhead = 730;

/** The largest quantity of one material line in a unit ("bao" → 10,000), 0 for unknown units. */
double maxQuantity(QStringView unit);
/** Units counted in whole numbers: bao, vien, cay. */
bool isWholeUnit(QStringView unit);

/** Every problem with the draft, in form order, each with the path of its field. Checks the
    normalized() form, so lengths are counted after cleaning. Empty means it can be stored. */
QList<FieldProblem> check(const RecordDraft &draft, const ValidationContext &context);

/** RecordDraft::fromJson and check together: the JSON problems (wrong types, unknown keys)
    first, then the rule problems of every field that had no JSON problem. *draft (when
    given) receives what was read. This is what kioskctl and the kiosk's bridge call. */
QList<FieldProblem> checkJson(const QJsonObject &json, const ValidationContext &context, RecordDraft *draft = nullptr);

/** The problems of one field only (its path, e.g. "person.phone" or "items[0].quantity"), for
    the UI to check a field as the resident leaves it. */
QList<FieldProblem> checkField(const RecordDraft &draft, const ValidationContext &context, QStringView field);

}
