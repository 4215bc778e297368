// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

/** The words a reader sees on one of the hub's HTML pages: the body's text with tags dropped
    and entities decoded, white space folded into one line, so tests look for phrases. */
QString visibleText(const QString &html);
