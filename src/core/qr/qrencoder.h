// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QList>
#include <QString>

/** A QR symbol as a square of dark/light modules, without its quiet zone. */
class QrMatrix
{
public:
    static constexpr int QuietZone = 4; // modules of light margin the standard asks for

    bool isNull() const { return m_size == 0; }
    int size() const { return m_size; }
    int version() const { return m_version; }
    bool isDark(int x, int y) const { return m_modules.at(qsizetype(y) * m_size + x) != 0; }
    /** Side length including the quiet zone on both sides. */
    int sizeWithQuietZone() const { return m_size + 2 * QuietZone; }

    /** Encodes UTF-8 bytes in byte mode, error correction M (or the given level, 0=L … 3=H).
        Returns a null matrix when the text is empty or too long for a QR symbol. */
    static QrMatrix encode(const QString &text, int errorCorrection = 1);

private:
    int m_size = 0;
    int m_version = 0;
    QByteArray m_modules;
};
