// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

class QPrinter;

/** A receipt on paper for a resident without a smartphone: the movement's name, the receipt
    code large, what was recorded, the date, the ward and the QR to follow it, laid out for a
    thermal roll (58 or 80 mm wide) as one page exactly as long as its content. Only what the
    receipt screen shows is printed: never a name, phone or address the resident typed. */
struct ReceiptSlip
{
    QString heading;      // "Cùng Xây Hải Phòng"
    QString kindName;     // "Đăng ký hiến đất"
    QString code;         // "AA-22223-2"
    QString summary;      // lines, as on the receipt screen
    QString createdAt;    // "08/12/2026 09:15"
    QString wardName;     // "Phường Hồng Bàng"
    QString url;          // what the QR holds
    QString followText;   // "Quét mã để theo dõi …"
    QString keepText;     // "Giữ mã này …"

    /** Printable width on a roll of this paper width: the print head of a 58 mm printer covers
        48 mm, that of an 80 mm printer 72 mm. */
    static double printableWidthMm(int paperMm);

    /** Sets the printer's page to the roll's width and this slip's length, then prints it.
        False (with the printer's own state) when the printer cannot start a page. */
    bool print(QPrinter &printer, int paperMm) const;
};
