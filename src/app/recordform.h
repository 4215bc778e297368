// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "records/answers.h"
#include "recordscontroller.h"

#include <QImage>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

/** One pledge or waste report being filled in on the kiosk, one question per screen: which
    step is shown, the answers so far, the problems of the step, Next / Back / Edit, and the
    submit. The steps and their fields come from the core's Flow, the rules from Answers and
    Validation; a flow page holds one and its steps are views of it. Forgotten with its page. */
class RecordForm : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(RecordsController *records READ records WRITE setRecords NOTIFY recordsChanged REQUIRED)
    Q_PROPERTY(bool report READ report WRITE setReport NOTIFY startChanged)
    Q_PROPERTY(QString startKind READ startKind WRITE setStartKind NOTIFY startChanged)
    Q_PROPERTY(QString startProject READ startProject WRITE setStartProject NOTIFY startChanged)
    Q_PROPERTY(QStringList steps READ steps NOTIFY stepsChanged)
    Q_PROPERTY(int stepCount READ stepCount NOTIFY stepsChanged)
    Q_PROPERTY(int index READ index NOTIFY indexChanged)
    Q_PROPERTY(QString stepId READ stepId NOTIFY stepIdChanged)
    // Maps as var: QML reads them by field path ("person.phone"), which qmllint cannot type.
    Q_PROPERTY(QVariant answers READ answers NOTIFY answersChanged)
    Q_PROPERTY(QStringList touched READ touched NOTIFY answersChanged)
    Q_PROPERTY(bool dirty READ dirty NOTIFY dirtyChanged)
    Q_PROPERTY(QVariant problems READ problems NOTIFY problemsChanged)
    Q_PROPERTY(QString submitError READ submitError NOTIFY problemsChanged)
    Q_PROPERTY(bool sending READ sending NOTIFY sendingChanged)
    Q_PROPERTY(QVariantList reviewRows READ reviewRows NOTIFY answersChanged)

public:
    explicit RecordForm(QObject *parent = nullptr);

    RecordsController *records() const { return m_records; }
    void setRecords(RecordsController *records);
    /** A waste report rather than a pledge. */
    bool report() const { return m_report; }
    void setReport(bool report);
    /** "land", "labour" or "materials" when the route chose the pledge's kind, else "". */
    QString startKind() const { return m_startKind; }
    void setStartKind(const QString &kind);
    /** The work chosen on its own page ("Pledge to this work"), else "". */
    QString startProject() const { return m_startProject; }
    void setStartProject(const QString &code);
    /** Starts the form (again, empty) from report, startKind and startProject: the first
        step shows. The page calls it once it has set them. */
    Q_INVOKABLE void start();

    QStringList steps() const { return m_steps; }
    /** How many steps there are; 0 while the pledge's kind, and so the count, is not known. */
    int stepCount() const;
    int index() const { return m_index; }
    QString stepId() const { return m_stepId; }
    /** Every answer by its dotted path ("kind", "person.phone", and "person" itself). */
    QVariant answers() const { return m_answers.byPath(); }
    /** The fields the resident has answered. */
    QStringList touched() const { return m_touched; }
    /** Holds something the resident entered and not sent yet: leaving asks first. */
    bool dirty() const { return !m_touched.isEmpty() && !m_sent; }
    /** {field: message} in the resident's language, for the step shown (or after a failed send). */
    QVariant problems() const { return m_problems; }
    QString submitError() const { return m_submitError; }
    bool sending() const { return m_sending; }
    /** The review: [{label, value, step, editable}], in the resident's language; "step" is
        the question a line's "Edit" goes back to. */
    QVariantList reviewRows() const;

    /** The answer at a dotted path; undefined in QML when there is none. */
    Q_INVOKABLE QVariant answer(const QString &path) const;
    /** Answers a field (undefined removes the answer); typed numbers are read here. */
    Q_INVOKABLE void setAnswer(const QString &path, const QVariant &value);
    Q_INVOKABLE void clearAnswer(const QString &path) { setAnswer(path, QVariant()); }
    Q_INVOKABLE void addMaterial(const QString &item, const QString &otherItem, const QString &quantity, const QString &unit);
    Q_INVOKABLE void removeMaterial(int index);
    Q_INVOKABLE void toggleSkill(const QString &key);
    Q_INVOKABLE void shiftDate(const QString &field, int days);
    /** Ticks or unticks the consent; ticked, it keeps the exact wording shown and its version. */
    Q_INVOKABLE void toggleConsent();
    /** Keeps a camera picture as the report's photo (made small, no EXIF); nothing if it cannot. */
    Q_INVOKABLE void takePhoto(const QImage &image);

    /** Checks the step's fields; fine, it moves on, or sends on the review. */
    Q_INVOKABLE void next();
    /** One step back; the answers stay. */
    Q_INVOKABLE void back();
    /** Goes to a step (the review's "Edit"), if the flow has it. */
    Q_INVOKABLE void edit(const QString &step);

Q_SIGNALS:
    void recordsChanged();
    void startChanged();
    void stepsChanged();
    void indexChanged();
    void stepIdChanged();
    void answersChanged();
    void dirtyChanged();
    void problemsChanged();
    void sendingChanged();
    /** Stored with this receipt code: the page shows the receipt. */
    void submitted(const QString &receiptCode);

private:
    void submit();
    void update();
    void setIndex(int index);
    void setProblems(const QVariantMap &problems, const QString &submitError = {});
    void changed(const QString &path);

    QPointer<RecordsController> m_records;
    bool m_report = false;
    QString m_startKind;
    QString m_startProject;
    Answers m_answers;
    QStringList m_touched;
    QStringList m_steps;
    QString m_stepId;
    int m_index = 0;
    QVariantMap m_problems;
    QString m_submitError;
    bool m_sending = false;
    bool m_sent = false;
    bool m_started = false;
};
