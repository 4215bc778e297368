// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "record.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

/** The questions a pledge or a waste report asks, one per screen: for each record kind the
    steps in order, the fields each step answers and when a step applies. The kiosk's form
    walks it, checks each step's fields with it and sends the review's "Edit" to it; nothing
    else keeps a list of steps. */
namespace Flow {

/** What decides which steps apply, beside the kind. */
struct Situation
{
    /** The kind chosen so far; unset while a pledge's kind is not chosen yet. */
    std::optional<RecordKind> kind;
    /** The resident chose to send without a name. */
    bool anonymous = false;
    /** The kind came with the route (a tile or a work's page): it is not asked again. */
    bool kindChosenBefore = false;
    /** A camera is connected: the waste report offers a photo. */
    bool camera = false;
    /** The ward takes labour and materials pledges without a name. */
    bool allowAnonymousPledges = false;
};

/** The step that checks everything and sends. */
inline constexpr char16_t ReviewStep[] = u"review";

/** The step ids to ask, in order. A pledge whose kind is not chosen yet gets only the first
    steps (the rest depends on the kind) and no review. */
QStringList steps(const Situation &situation);
/** Whether the steps run to the review: the number of steps is known. */
bool isComplete(const QStringList &steps);

/** The fields a step answers (paths as the validation names them: "plotNo", "person.phone");
    the problems of these fields, and of their children, hold the resident on that step. */
QStringList fields(QStringView step);
/** Whether a problem's field ("items[0].quantity", "consent.given") belongs to one of these
    fields: itself, or a child of one of them. */
bool covers(const QStringList &fields, QStringView field);
/** The step that answers a field (or its parent): "areaM2" → "land.area"; "" for none. */
QString stepOf(QStringView field);
/** The first of these steps whose fields cover the problem's field, "" for none. */
QString firstStepFor(const QStringList &steps, QStringView field);

/** The answers a step starts with when they are missing (labour: 1 day, from tomorrow for a
    week), so the resident adjusts rather than types. */
QVariantMap startingAnswers(QStringView step, QDate today);

}
