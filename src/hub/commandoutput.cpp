// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandoutput.h"

#include <cstdio>

namespace CommandOutput {

void out(const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stdout);
    std::fflush(stdout);
}

int fail(int code, const QString &text)
{
    std::fputs(qPrintable(QStringLiteral("city-hub: ") + text + u'\n'), stderr);
    return code;
}

}
