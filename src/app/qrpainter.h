// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QColor>
#include <QImage>
#include <QRectF>

class QPainter;
class QrMatrix;

/** Draws a QR matrix with its quiet zone so that every module is a whole number of pixels:
    crisp edges at any size, which is what phone cameras need from a screen. */
namespace QrPainter {

/** Paints into the largest centred square of whole-pixel modules that fits in area. */
void paint(QPainter *painter, const QrMatrix &matrix, const QRectF &area,
           const QColor &dark = Qt::black, const QColor &light = Qt::white);

/** An image of the symbol at (at most) sidePixels, rounded down to whole modules. */
QImage toImage(const QrMatrix &matrix, int sidePixels);

}
