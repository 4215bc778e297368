// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "localizedtext.h"

#include <QString>

/** Short human receipt codes, made offline and unique across kiosks: "HB2-4K7PQ-M" is the
    kiosk prefix, a five-character sequence number in base 31 and one check character.

    The alphabet has no 0/O/1/I/L, so a code read aloud or copied from paper has no look-alikes.
    The check character is c = (−Σ wᵢ·vᵢ) mod 31, vᵢ the values of the prefix and sequence
    characters and wᵢ = 1, 2, 3 … their positions: 31 is prime and the weights are distinct and non-zero
    modulo 31, so every single substitution and every swap of two adjacent characters
    (including across the dashes and with the check character) changes the check. */
namespace ReceiptCode {

/** The 31 characters codes are written with: 2–9 and A–Z without I, L, O. */
inline constexpr char16_t Alphabet[] = u"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
inline constexpr int Base = 31;
inline constexpr int SequenceLength = 5;
/** 31⁵ − 1 = 28,629,150: the largest sequence one prefix can have. */
inline constexpr quint32 MaxSequence = 28'629'150;

/** True when prefix is 2–4 characters of the alphabet (upper case). */
bool isValidPrefix(QStringView prefix);

/** The code for a kiosk prefix and sequence number, or an empty string when the prefix is not
    valid or the sequence is above MaxSequence. */
QString make(QStringView kioskPrefix, quint32 sequence);

/** True for a code in canonical form ("HB2-4K7PQ-M") whose check character matches. */
bool isValid(QStringView code);

/** The check character for the prefix and sequence characters written without dashes, or
    a null QChar when a character is outside the alphabet. */
QChar checkCharacter(QStringView prefixAndSequence);

/** What someone typed, made canonical: NFKC (full-width letters), upper case, spaces, dots,
    dashes and underscores dropped, then the dashes put back where they belong. 0, O, 1, I
    and L are refused rather than guessed: no code contains them, so each could stand for
    several characters, and a guess that happens to pass the check would show the wrong
    record. On failure returns an empty string and sets *problem (when given). */
QString normalize(QStringView typed, LocalizedText *problem = nullptr);

}
