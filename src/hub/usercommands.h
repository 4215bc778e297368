// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QHash>
#include <QString>
#include <QStringList>

class HubStore;

/** `city-hub user …`: the back-office's accounts from the server's shell (the first city
    admin has no other way in). Passwords are read twice from stdin, without echo on a
    terminal, never from the command line (which `ps` would show). Returns an exit code. */
namespace UserCommands {

/** The usage lines, for city-hub --help. */
extern const char usage[];

int run(HubStore &store, const QStringList &arguments, const QHash<QString, QString> &options);

}
