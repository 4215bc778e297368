// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "localizedtext.h"

#include <QString>

namespace Open311 {

/** The language of one Open311 answer: Vietnamese unless the request asked lang=en. */
class Words
{
public:
    explicit Words(bool english) : m_en(english) {}
    QString lang() const { return m_en ? QStringLiteral("en") : QStringLiteral("vi"); }
    QString t(const char16_t *vi, const char16_t *en) const { return QString::fromUtf16(m_en ? en : vi); }
    QString t(const LocalizedText &text) const { return text.in(lang()); }

private:
    bool m_en;
};

}
