// SPDX-License-Identifier: GPL-3.0-or-later
#include "qrpainter.h"

#include "qr/qrencoder.h"

#include <QPainter>

namespace QrPainter {

void paint(QPainter *painter, const QrMatrix &matrix, const QRectF &area, const QColor &dark, const QColor &light)
{
    if (matrix.isNull())
        return;
    const int modules = matrix.sizeWithQuietZone();
    const int side = int(std::min(area.width(), area.height()));
    const int unit = std::max(1, side / modules);
    const int drawn = unit * modules;
    const int x0 = int(area.x() + (area.width() - drawn) / 2);
    const int y0 = int(area.y() + (area.height() - drawn) / 2);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->fillRect(QRect(x0, y0, drawn, drawn), light);
    painter->setPen(Qt::NoPen);
    painter->setBrush(dark);
    const int offset = QrMatrix::QuietZone * unit;
    for (int y = 0; y < matrix.size(); ++y) {
        // Runs of dark modules in a row become one rectangle: fewer draw calls, no seams.
        int x = 0;
        while (x < matrix.size()) {
            if (!matrix.isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < matrix.size() && matrix.isDark(x, y))
                ++x;
            painter->drawRect(x0 + offset + start * unit, y0 + offset + y * unit, (x - start) * unit, unit);
        }
    }
    painter->restore();
}

QImage toImage(const QrMatrix &matrix, int sidePixels)
{
    if (matrix.isNull())
        return {};
    const int unit = std::max(1, sidePixels / matrix.sizeWithQuietZone());
    const int side = unit * matrix.sizeWithQuietZone();
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(&painter, matrix, QRectF(0, 0, side, side));
    return image;
}

}
