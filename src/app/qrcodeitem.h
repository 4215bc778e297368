// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "qr/qrencoder.h"

#include <QColor>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

/** Shows a QR code of `text` in QML, with its quiet zone, in whole-pixel modules. */
class QrCodeItem : public QQuickPaintedItem
{
    Q_OBJECT
    QML_NAMED_ELEMENT(QrCode)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(QColor darkColor READ darkColor WRITE setDarkColor NOTIFY darkColorChanged)
    Q_PROPERTY(bool valid READ isValid NOTIFY textChanged)

public:
    explicit QrCodeItem(QQuickItem *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);
    QColor darkColor() const { return m_dark; }
    void setDarkColor(const QColor &color);
    bool isValid() const { return !m_matrix.isNull(); }

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void textChanged();
    void darkColorChanged();

private:
    QString m_text;
    QColor m_dark = Qt::black;
    QrMatrix m_matrix;
};
