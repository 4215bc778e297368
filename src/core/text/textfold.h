// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

/** Vietnamese-aware text folding for search, and the clean-up every stored text goes through. */
namespace TextFold {

/** Folds text for diacritic-insensitive matching: NFD, combining marks dropped, đ/Đ → d
    (they have no decomposition), case folded, every run of non-letters and non-digits
    collapsed to one space, trimmed. "Cầu Rào 2" and "CAU  rao-2" fold to "cau rao 2". */
QString fold(QStringView text);

/** Stored form of user- or bundle-supplied text: NFC, control and format characters
    (including bidi overrides) removed, runs of white space collapsed, trimmed. Line breaks
    are kept when keepNewlines is true. */
QString clean(QStringView text, bool keepNewlines = false);

}
