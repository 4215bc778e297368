// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QCoreApplication>
#include <QStringList>
#include <QVariantList>

class Answers;
class ProjectCatalog;

/** The lines of a form's review screen, "please check, then send": what each answer says in
    the resident's language, and the step a line's "Edit" goes back to (from the core's Flow). */
class ReviewRows
{
    Q_DECLARE_TR_FUNCTIONS(ReviewRows)
public:
    /** [{label, value, step, editable}]: editable when the flow has that step. */
    static QVariantList of(const Answers &answers, const QStringList &steps, const ProjectCatalog &catalog,
                           const QString &language);
};
