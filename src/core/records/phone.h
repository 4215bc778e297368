// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "localizedtext.h"

#include <QString>

/** Vietnamese mobile numbers as residents write them, made into one stored form. */
namespace Phone {

/** "0912 345 678", "+84 912.345.678", "84-912-345-678", "0084 912 345 678", "+84 (0) 912 345 678"
    and full-width digits (NFKC first) all become "0912345678": ten digits starting 03, 05, 07,
    08 or 09. Spaces, dots, dashes and parentheses are separators. Anything else — landlines
    (02…), other lengths, letters, other country codes — returns an empty string and sets
    *problem (when given) to a message saying what is wrong. */
QString normalize(QStringView typed, LocalizedText *problem = nullptr);

/** True for a number already in the stored form. */
bool isNormalized(QStringView number);

}
