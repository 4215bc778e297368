// SPDX-License-Identifier: GPL-3.0-or-later
#include "receiptslip.h"

#include "qr/qrencoder.h"
#include "qrpainter.h"

#include <QFont>
#include <QFontMetricsF>
#include <QList>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPrinter>

namespace {

constexpr double MmPerInch = 25.4;

/** One block of the slip, top to bottom: text in a font, or the QR code. */
struct Block
{
    enum class Kind { Text, Qr, Rule } kind = Kind::Text;
    QString text;
    QFont font;
    double gapAfterMm = 1.5;
};

QFont font(double pointSize, bool bold = false)
{
    // Noto Sans is the kiosk's own typeface (fonts-noto-core): it has every Vietnamese letter.
    QFont f(QStringLiteral("Noto Sans"));
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

QList<Block> blocksOf(const ReceiptSlip &s)
{
    QList<Block> b;
    b.append({Block::Kind::Text, s.heading, font(11, true), 0.5});
    b.append({Block::Kind::Text, s.wardName, font(9), 2});
    b.append({Block::Kind::Rule, {}, {}, 2});
    b.append({Block::Kind::Text, s.kindName, font(10, true), 1.5});
    b.append({Block::Kind::Text, s.keepText, font(8), 1.5});
    b.append({Block::Kind::Text, s.code, font(18, true), 2});
    if (!s.summary.isEmpty())
        b.append({Block::Kind::Text, s.summary, font(9), 1});
    b.append({Block::Kind::Text, s.createdAt, font(9), 2});
    b.append({Block::Kind::Rule, {}, {}, 2});
    if (!s.url.isEmpty()) {
        b.append({Block::Kind::Qr, s.url, {}, 1.5});
        b.append({Block::Kind::Text, s.followText, font(8), 1});
        b.append({Block::Kind::Text, s.url, font(7), 0});
    }
    return b;
}

constexpr int TextFlags = Qt::AlignHCenter | Qt::TextWordWrap;

} // namespace

double ReceiptSlip::printableWidthMm(int paperMm)
{
    return paperMm <= 58 ? 48.0 : 72.0;
}

bool ReceiptSlip::print(QPrinter &printer, int paperMm) const
{
    const double widthMm = printableWidthMm(paperMm);
    const QList<Block> blocks = blocksOf(*this);
    // The QR: as wide as the paper allows up to 40 mm, which a phone reads at arm's length.
    const double qrMm = std::min(40.0, widthMm * 0.8);

    // Measure on the printer's own resolution, so the page is as long as what is drawn.
    const double dpi = printer.resolution();
    const auto px = [dpi](double mm) { return mm / MmPerInch * dpi; };
    const double widthPx = px(widthMm);
    double heightPx = 0;
    QList<double> heights;
    for (const Block &block : blocks) {
        double h = 0;
        if (block.kind == Block::Kind::Text)
            h = QFontMetricsF(block.font, &printer).boundingRect(QRectF(0, 0, widthPx, 1e6), TextFlags, block.text).height();
        else if (block.kind == Block::Kind::Qr)
            h = px(qrMm);
        else
            h = px(0.3);
        heights.append(h);
        heightPx += h + px(block.gapAfterMm);
    }
    // The page is the roll's width; what the head cannot reach is the side margins.
    const double sideMm = (paperMm - widthMm) / 2, endMm = 4;
    const double heightMm = heightPx / dpi * MmPerInch + 2 * endMm;

    printer.setFullPage(false);
    const QPageSize size(QSizeF(paperMm, heightMm), QPageSize::Millimeter, QStringLiteral("Receipt"),
                         QPageSize::ExactMatch);
    printer.setPageLayout(QPageLayout(size, QPageLayout::Portrait, QMarginsF(sideMm, endMm, sideMm, endMm),
                                      QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(&printer))
        return false;
    painter.setPen(Qt::black);
    double y = 0;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const Block &block = blocks.at(i);
        const double h = heights.at(i);
        if (block.kind == Block::Kind::Text) {
            painter.setFont(block.font);
            painter.drawText(QRectF(0, y, widthPx, h), TextFlags, block.text);
        } else if (block.kind == Block::Kind::Qr) {
            const double side = px(qrMm);
            QrPainter::paint(&painter, QrMatrix::encode(block.text), QRectF((widthPx - side) / 2, y, side, side));
        } else {
            painter.fillRect(QRectF(0, y, widthPx, h), Qt::black);
        }
        y += h + px(block.gapAfterMm);
    }
    return painter.end();
}
