// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "records/record.h"
#include "records/recordstore.h"

#include <QJsonObject>

/** Valid record drafts of every kind, for tests, the crash child and benchmarks. */
namespace RecordFixture {

/** A valid JSON form of the kind ("pledge.land", "pledge.labour", "pledge.materials",
    "report.waste"); variant makes names, amounts and texts differ. Labour dates start
    tomorrow. Pledges name the work "HB-001" of the demo content; the waste report is
    anonymous with a small JPEG when variant is odd. */
QJsonObject json(const QString &kind, int variant = 0);

/** The same as a draft. */
RecordDraft draft(const QString &kind, int variant = 0);

/** The four kinds, in order. */
QStringList kinds();

/** `variants` drafts of each kind, kinds interleaved. */
QList<RecordDraft> mixedDrafts(int variants);

/** A submit context for a test kiosk of ward HONG-BANG that knows the work HB-001. */
SubmitContext context(const QString &kioskId, const QString &prefix);

}
