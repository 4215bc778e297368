// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "localizedtext.h"

#include <QString>

/** A receipt code as a resident types it on the kiosk's keypad, one character at a time:
    only the code alphabet's characters (ReceiptCode::Alphabet, no 0/O/1/I/L), at most
    MaxLength of them, shown in the code's groups as they come. */
namespace ReceiptEntry {

/** Prefix 2–4, sequence 5, check 1. */
inline constexpr int MinLength = 8;
inline constexpr int MaxLength = 10;

/** The typed characters (no dashes) in groups: the prefix is as long as the length allows
    (2 until the code is longer than 8), then five, then the check character —
    "HC", "HC-234", "HC-2345K-M", "HB2-4K7PQ-M". */
QString grouped(QStringView typed);

/** What the keypad says about the characters typed so far. */
struct Check
{
    enum class State { Incomplete, Valid, Wrong };
    State state = State::Incomplete;
    QString code;           // canonical, when Valid
    LocalizedText problem;  // when Wrong
};

/** Whether the typed characters make a code whose check character matches. With `finished`
    false (still typing), 8 or 9 characters that do not match may yet become a longer code and
    are Incomplete; 10 that do not match are Wrong at once. With `finished` (the resident asked
    to look it up), anything that is not a valid code is Wrong, with words saying why. */
Check check(QStringView typed, bool finished);

}
