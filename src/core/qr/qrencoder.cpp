// SPDX-License-Identifier: GPL-3.0-or-later
#include "qrencoder.h"

#include "logging.h"

#include <qrencode.h>

#include <memory>

QrMatrix QrMatrix::encode(const QString &text, int errorCorrection)
{
    QrMatrix m;
    const QByteArray utf8 = text.toUtf8();
    if (utf8.isEmpty())
        return m;
    const auto level = QRecLevel(qBound(int(QR_ECLEVEL_L), errorCorrection, int(QR_ECLEVEL_H)));
    // 8-bit mode over the UTF-8 bytes: phones decode UTF-8 byte-mode symbols as text.
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
            QRcode_encodeData(int(utf8.size()), reinterpret_cast<const unsigned char *>(utf8.constData()),
                              0, level),
            &QRcode_free);
    if (!code) {
        qCWarning(lcQr) << "cannot encode a QR code of" << utf8.size() << "bytes";
        return m;
    }
    m.m_size = code->width;
    m.m_version = code->version;
    m.m_modules.resize(qsizetype(code->width) * code->width);
    for (qsizetype i = 0; i < m.m_modules.size(); ++i)
        m.m_modules[i] = char(code->data[i] & 1); // bit 0 is the module colour
    return m;
}
