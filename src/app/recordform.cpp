// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordform.h"

#include "recordscontroller.h"
#include "records/flow.h"
#include "reviewrows.h"

RecordForm::RecordForm(QObject *parent) : QObject(parent)
{
}

void RecordForm::setRecords(RecordsController *records)
{
    if (records == m_records)
        return;
    m_records = records;
    emit recordsChanged();
    update();
}

void RecordForm::setReport(bool report)
{
    if (report == m_report)
        return;
    m_report = report;
    emit startChanged();
}

void RecordForm::setStartKind(const QString &kind)
{
    if (kind == m_startKind)
        return;
    m_startKind = kind;
    emit startChanged();
}

void RecordForm::setStartProject(const QString &code)
{
    if (code == m_startProject)
        return;
    m_startProject = code;
    emit startChanged();
}

void RecordForm::start()
{
    QVariantMap start;
    if (m_report)
        start.insert(QStringLiteral("kind"), QStringLiteral("report.waste"));
    else if (!m_startKind.isEmpty())
        start.insert(QStringLiteral("kind"), QStringLiteral("pledge.") + m_startKind);
    if (!m_startProject.isEmpty())
        start.insert(QStringLiteral("projectCode"), m_startProject);
    m_answers = Answers(start);
    m_started = true;
    m_touched.clear();
    m_sent = false;
    m_sending = false;
    m_index = 0;
    setProblems({});
    emit answersChanged();
    emit dirtyChanged();
    emit indexChanged();
    emit sendingChanged();
    update();
}

int RecordForm::stepCount() const
{
    return Flow::isComplete(m_steps) ? int(m_steps.size()) : 0;
}

QVariantList RecordForm::reviewRows() const
{
    if (!m_records)
        return {};
    return ReviewRows::of(m_answers, m_steps, m_records->catalog(), m_records->language());
}

QVariant RecordForm::answer(const QString &path) const
{
    return m_answers.value(path);
}

void RecordForm::setAnswer(const QString &path, const QVariant &value)
{
    m_answers.set(path, value);
    changed(path);
}

void RecordForm::addMaterial(const QString &item, const QString &otherItem, const QString &quantity, const QString &unit)
{
    m_answers.addItem(item, otherItem, quantity, unit);
    changed(QStringLiteral("items"));
}

void RecordForm::removeMaterial(int index)
{
    m_answers.removeItem(index);
    changed(QStringLiteral("items"));
}

void RecordForm::toggleSkill(const QString &key)
{
    m_answers.toggle(QStringLiteral("skills"), key);
    changed(QStringLiteral("skills"));
}

void RecordForm::shiftDate(const QString &field, int days)
{
    m_answers.shiftDate(field, days);
    changed(field);
}

void RecordForm::toggleConsent()
{
    if (!m_records)
        return;
    const bool given = m_answers.value(u"consent.given").toBool();
    // The exact wording the resident was shown, and its version, go with the record.
    setAnswer(QStringLiteral("consent"),
              given ? QVariantMap{{QStringLiteral("given"), false}}
                    : QVariantMap{{QStringLiteral("given"), true},
                                  {QStringLiteral("textVersion"), m_records->consentVersion()},
                                  {QStringLiteral("text"), m_records->consentText(m_records->language())}});
}

void RecordForm::takePhoto(const QImage &image)
{
    if (!m_records)
        return;
    if (const QString encoded = m_records->encodePhoto(image); !encoded.isEmpty())
        setAnswer(QStringLiteral("photo"), encoded);
}

void RecordForm::changed(const QString &path)
{
    const bool wasDirty = dirty();
    if (!m_touched.contains(path))
        m_touched.append(path);
    // An answered field's old problem goes; the others stay until Next checks again.
    if (m_problems.contains(path)) {
        m_problems.remove(path);
        emit problemsChanged();
    }
    emit answersChanged();
    if (dirty() != wasDirty)
        emit dirtyChanged();
    update();
}

void RecordForm::update()
{
    if (!m_records || !m_started)
        return;
    Flow::Situation situation = m_records->situation(m_answers.toMap());
    situation.kindChosenBefore = !m_startKind.isEmpty();
    const QStringList steps = Flow::steps(situation);
    if (steps != m_steps) {
        m_steps = steps;
        emit stepsChanged();
    }
    const QString stepId = m_steps.isEmpty() ? QString() : m_steps.at(qMin(m_index, int(m_steps.size()) - 1));
    if (stepId != m_stepId) {
        m_stepId = stepId;
        // A step that starts from an answer (1 day, next week) has it before it shows.
        const QStringList filled = m_answers.fillMissing(Flow::startingAnswers(m_stepId, QDate::currentDate()));
        for (const QString &path : filled)
            changed(path);
        emit stepIdChanged();
    }
}

void RecordForm::setIndex(int index)
{
    if (index == m_index)
        return;
    m_index = index;
    emit indexChanged();
    update();
}

void RecordForm::setProblems(const QVariantMap &problems, const QString &submitError)
{
    if (problems == m_problems && submitError == m_submitError)
        return;
    m_problems = problems;
    m_submitError = submitError;
    emit problemsChanged();
}

void RecordForm::next()
{
    if (!m_records)
        return;
    const QVariantMap found = m_records->check(m_answers.toMap(), Flow::fields(m_stepId));
    if (!found.isEmpty()) {
        setProblems(found, m_submitError);
        return;
    }
    setProblems({}, m_submitError);
    if (m_stepId == QStringView(Flow::ReviewStep))
        submit();
    else
        setIndex(qMin(m_index + 1, int(m_steps.size()) - 1));
}

void RecordForm::back()
{
    setProblems({}, m_submitError);
    if (m_index > 0)
        setIndex(m_index - 1);
}

void RecordForm::edit(const QString &step)
{
    if (const qsizetype at = m_steps.indexOf(step); at >= 0)
        setIndex(int(at));
}

void RecordForm::submit()
{
    if (m_sending)
        return;
    m_sending = true;
    emit sendingChanged();
    const QString code = m_records->submit(m_answers.toMap());
    if (!code.isEmpty()) {
        m_sent = true;
        emit dirtyChanged();
        emit submitted(code);
        return;
    }
    m_sending = false;
    emit sendingChanged();
    setProblems(m_records->lastProblems(), m_records->lastError());
    // Take the resident to the question the first problem belongs to, if there is one.
    for (const QString &step : std::as_const(m_steps)) {
        const QStringList fields = Flow::fields(step);
        const QStringList problemFields = m_problems.keys();
        if (std::any_of(problemFields.cbegin(), problemFields.cend(),
                        [&](const QString &field) { return Flow::covers(fields, field); })) {
            edit(step);
            break;
        }
    }
}
