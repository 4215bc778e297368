// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

/** What city-hub's commands print and how they end: one line to stdout, or "city-hub: why"
    to stderr with an exit code `city-hub --help` lists. */
namespace CommandOutput {

enum Exit {
    ExitOk = 0,
    ExitUsage = 1,     // unknown command or option, a missing or malformed argument
    ExitDatabase = 2,  // the database cannot be opened, migrated, read or written
    ExitRefused = 3,   // unknown ward, kiosk, account or receipt code; invalid input
    ExitIo = 4,        // a file or address cannot be used
};

/** text and a newline on stdout, flushed. */
void out(const QString &text);
/** "city-hub: text" on stderr; returns code. */
int fail(int code, const QString &text);

}
