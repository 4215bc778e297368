// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QHash>
#include <QString>
#include <QStringList>

/** What one run of a program printed and how it ended. */
struct ProgramRun
{
    int exitCode = -1;  // -1: timed out (and killed), -2: crashed
    QString out;
    QString err;
};

/** Test helper: runs program with args to its end (killed after timeoutMs) in the test's
    environment with `LANG=C.UTF-8` and `QT_QPA_PLATFORM=offscreen`, then env's changes on top
    (an empty value removes the variable). */
ProgramRun runProgram(const QString &program, const QStringList &args, int timeoutMs = 120'000,
                      const QHash<QString, QString> &env = {});

/** Test helper: the first column of the first row a statement returns from the SQLite file at
    path (a city-hub's database, read beside the running hub), or -1 when it fails. */
qint64 sqliteCount(const QString &path, const QString &sql);
