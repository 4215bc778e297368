// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

/** A secret typed on the command line (kioskctl's staff PIN, city-hub's staff passwords):
    read from stdin, never from the arguments `ps` would show. */
namespace SecretInput {

/** One line from stdin without its line end. On a terminal the prompt goes to stderr and the
    typing is not echoed. False when stdin has ended. */
bool readLine(const char *prompt, QString *line);

}
