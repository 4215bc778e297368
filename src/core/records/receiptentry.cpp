// SPDX-License-Identifier: GPL-3.0-or-later
#include "receiptentry.h"

#include "receiptcode.h"

#include <algorithm>

namespace ReceiptEntry {

QString grouped(QStringView typed)
{
    const qsizetype n = typed.size();
    const qsizetype prefix = std::clamp<qsizetype>(n - 6, 2, 4);
    QString out;
    out.reserve(n + 2);
    out.append(typed.left(prefix));
    if (n > prefix)
        out.append(u'-').append(typed.mid(prefix, ReceiptCode::SequenceLength));
    if (n > prefix + ReceiptCode::SequenceLength)
        out.append(u'-').append(typed.mid(prefix + ReceiptCode::SequenceLength));
    return out;
}

Check check(QStringView typed, bool finished)
{
    Check c;
    const qsizetype n = typed.size();
    if (n >= MinLength && n <= MaxLength) {
        LocalizedText problem;
        const QString code = ReceiptCode::normalize(typed, &problem);
        if (!code.isEmpty()) {
            c.state = Check::State::Valid;
            c.code = code;
            return c;
        }
        if (finished || n == MaxLength) {
            c.state = Check::State::Wrong;
            c.problem = {QStringLiteral("Mã %1 không đúng: ký tự cuối không khớp, có thể một ký tự bị gõ nhầm hoặc "
                                        "đổi chỗ. Xin so lại với giấy biên nhận.").arg(grouped(typed)),
                         QStringLiteral("The code %1 is not right: its last character does not match, so a character "
                                        "may be mistyped or swapped. Please compare it with the receipt.").arg(grouped(typed))};
        }
        return c;
    }
    if (finished) {
        c.state = Check::State::Wrong;
        c.problem = n == 0 ? LocalizedText{QStringLiteral("Xin bấm các ký tự của mã biên nhận."),
                                           QStringLiteral("Please tap the characters of the receipt code.")}
                           : LocalizedText{QStringLiteral("Mã biên nhận có từ 8 đến 10 ký tự, ví dụ HC-2345K-M. "
                                                          "Mã đang có %1 ký tự.").arg(n),
                                           QStringLiteral("A receipt code has 8 to 10 characters, for example HC-2345K-M. "
                                                          "This one has %1.").arg(n)};
    }
    return c;
}

}
