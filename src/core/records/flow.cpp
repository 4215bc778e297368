// SPDX-License-Identifier: GPL-3.0-or-later
#include "flow.h"

namespace Flow {

namespace {

/** When a step is asked. */
enum class When {
    Always,
    KindNotChosen,    // "what would you like to give?": not when the route chose the kind
    Camera,           // the photo: only with a camera
    AnonymityOffered, // "do you want to give your name?": reports, and pledges where the ward allows
    Named,            // name, phone, group, consent: unless the resident chose anonymity
};

struct Step
{
    const char16_t *id;
    const char16_t *fields; // space separated
    When when;
};

// Every step once: the fields it answers and when it is asked.
const Step table[] = {
    {u"kind", u"kind", When::KindNotChosen},
    {u"report.category", u"category", When::Always},
    {u"project", u"projectCode", When::Always},
    {u"land.area", u"areaM2", When::Always},
    {u"land.plot", u"plotNo mapSheetNo", When::Always},
    {u"land.address", u"address", When::Always},
    {u"labour.days", u"days", When::Always},
    {u"labour.period", u"availableFrom availableTo", When::Always},
    {u"labour.skills", u"skills otherSkill", When::Always},
    {u"materials.items", u"items", When::Always},
    {u"report.place", u"place", When::Always},
    {u"report.description", u"description", When::Always},
    {u"report.photo", u"photo", When::Camera},
    {u"identity", u"anonymous", When::AnonymityOffered},
    {u"person.fullName", u"person.fullName", When::Named},
    {u"person.phone", u"person.phone", When::Named},
    {u"person.residentialGroup", u"person.residentialGroup", When::Named},
    {u"consent", u"consent", When::Named},
    {ReviewStep, u"", When::Always},
};

/** Each kind's own questions, in order. */
QStringView questionsOf(RecordKind kind)
{
    switch (kind) {
    case RecordKind::PledgeLand: return u"kind project land.area land.plot land.address";
    case RecordKind::PledgeLabour: return u"kind project labour.days labour.period labour.skills";
    case RecordKind::PledgeMaterials: return u"kind project materials.items";
    case RecordKind::ReportWaste: return u"report.category project report.place report.description report.photo";
    }
    return {};
}

/** How every kind ends: who, their consent, the review. */
constexpr QStringView ending = u"identity person.fullName person.phone person.residentialGroup consent review";

bool anonymityOffered(const Situation &s)
{
    if (!s.kind)
        return false;
    if (*s.kind == RecordKind::ReportWaste)
        return true;
    // Land needs a name for the paperwork, always.
    return *s.kind != RecordKind::PledgeLand && s.allowAnonymousPledges;
}

bool applies(When when, const Situation &s)
{
    switch (when) {
    case When::Always: return true;
    case When::KindNotChosen: return !s.kindChosenBefore;
    case When::Camera: return s.camera;
    case When::AnonymityOffered: return anonymityOffered(s);
    case When::Named: return !(anonymityOffered(s) && s.anonymous);
    }
    return false;
}

const Step *find(QStringView id)
{
    for (const Step &step : table)
        if (id == step.id)
            return &step;
    return nullptr;
}

}

QStringList steps(const Situation &situation)
{
    QStringList out;
    // A pledge whose kind is not chosen yet asks that first: the rest depends on the kind.
    QString ids = QStringLiteral("kind project");
    if (situation.kind)
        ids = questionsOf(*situation.kind).toString().append(u' ').append(ending);
    for (const QStringView id : QStringView(ids).split(u' ')) {
        const Step *step = find(id);
        Q_ASSERT(step);
        if (step && applies(step->when, situation))
            out.append(id.toString());
    }
    return out;
}

bool isComplete(const QStringList &steps)
{
    return steps.contains(QStringView(ReviewStep));
}

QStringList fields(QStringView step)
{
    const Step *s = find(step);
    return s ? QString::fromUtf16(s->fields).split(u' ', Qt::SkipEmptyParts) : QStringList();
}

bool covers(const QStringList &fields, QStringView field)
{
    for (const QString &f : fields) {
        if (field == f || (field.startsWith(f) && (field.mid(f.size()).startsWith(u'.') || field.mid(f.size()).startsWith(u'['))))
            return true;
    }
    return false;
}

QString stepOf(QStringView field)
{
    for (const Step &step : table)
        if (covers(fields(step.id), field))
            return QString::fromUtf16(step.id);
    return {};
}

QString firstStepFor(const QStringList &steps, QStringView field)
{
    for (const QString &step : steps)
        if (covers(fields(step), field))
            return step;
    return {};
}

QVariantMap startingAnswers(QStringView step, QDate today)
{
    if (step == u"labour.days")
        return {{QStringLiteral("days"), 1.0}};
    if (step == u"labour.period")
        return {{QStringLiteral("availableFrom"), today.addDays(1).toString(Qt::ISODate)},
                {QStringLiteral("availableTo"), today.addDays(7).toString(Qt::ISODate)}};
    return {};
}

}
