// SPDX-License-Identifier: GPL-3.0-or-later
#include "staff/secretinput.h"

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace SecretInput {

bool readLine(const char *prompt, QString *line)
{
    const bool tty = ::isatty(STDIN_FILENO);
    termios saved{};
    if (tty) {
        std::fputs(prompt, stderr);
        std::fflush(stderr);
        ::tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string text;
    const bool ok = bool(std::getline(std::cin, text));
    if (tty) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputs("\n", stderr);
    }
    if (!text.empty() && text.back() == '\r')
        text.pop_back();
    *line = QString::fromStdString(text);
    return ok;
}

}
