// SPDX-License-Identifier: GPL-3.0-or-later
#include "qrcodeitem.h"

#include "qrpainter.h"

QrCodeItem::QrCodeItem(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(false);
    setOpaquePainting(true);
    setFillColor(Qt::white);
}

void QrCodeItem::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_matrix = QrMatrix::encode(text);
    emit textChanged();
    update();
}

void QrCodeItem::setDarkColor(const QColor &color)
{
    if (color == m_dark)
        return;
    m_dark = color;
    emit darkColorChanged();
    update();
}

void QrCodeItem::paint(QPainter *painter)
{
    QrPainter::paint(painter, m_matrix, boundingRect(), m_dark, Qt::white);
}
