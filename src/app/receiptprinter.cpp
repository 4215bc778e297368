// SPDX-License-Identifier: GPL-3.0-or-later
#include "receiptprinter.h"

#include "logging.h"
#include "receiptslip.h"
#include "settings/settings.h"

#include <QPrinter>
#include <QPrinterInfo>

ReceiptPrinter::ReceiptPrinter(Database &db, QObject *parent) : QObject(parent), m_db(db)
{
    refresh();
}

bool ReceiptPrinter::available() const
{
    return !m_pdfOutput.isEmpty() || m_known;
}

QStringList ReceiptPrinter::printers() const
{
    return QPrinterInfo::availablePrinterNames();
}

void ReceiptPrinter::refresh()
{
    const bool was = available();
    const Settings settings(m_db);
    m_printer = settings.text(Settings::Key::ReceiptPrinter);
    m_paperMm = settings.number(Settings::Key::ReceiptPaperMm).value_or(80);
    // Asking CUPS costs a round trip to its socket: once here, not at every receipt screen.
    m_known = !m_printer.isEmpty() && !QPrinterInfo::printerInfo(m_printer).isNull();
    if (!m_printer.isEmpty() && !m_known)
        qCWarning(lcRecords) << "receipt printer" << m_printer << "is not known to CUPS: no print button";
    if (was != available())
        emit availableChanged();
}

void ReceiptPrinter::setPdfOutput(const QString &path)
{
    const bool was = available();
    m_pdfOutput = path;
    if (was != available())
        emit availableChanged();
}

bool ReceiptPrinter::print(const QVariantMap &receipt, const QString &wardName, const QString &language)
{
    if (!available() || receipt.value(QStringLiteral("code")).toString().isEmpty())
        return false;
    const bool vi = language != QLatin1String("en");
    const auto v = [&receipt](const char *key) { return receipt.value(QLatin1String(key)).toString(); };
    ReceiptSlip slip;
    slip.heading = vi ? QStringLiteral("Cùng Xây Hải Phòng") : QStringLiteral("Build Together, Hải Phòng");
    slip.wardName = wardName;
    slip.kindName = v("kindName");
    slip.keepText = vi ? QStringLiteral("Mã biên nhận — giữ mã này để theo dõi thành phố xử lý:")
                       : QStringLiteral("Receipt code — keep it to follow what the city does:");
    slip.code = v("code");
    slip.summary = v("summary");
    slip.createdAt = v("createdAt");
    slip.url = v("url");
    slip.followText = vi ? QStringLiteral("Quét mã bằng điện thoại, hoặc tra cứu mã trên ki-ốt ở phường.")
                         : QStringLiteral("Scan with a phone, or look the code up on the ward's kiosk.");

    QPrinter printer(QPrinter::HighResolution);
    if (!m_pdfOutput.isEmpty()) {
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(m_pdfOutput);
    } else {
        printer.setPrinterName(m_printer);
    }
    printer.setDocName(QStringLiteral("Biên nhận ") + slip.code);
    printer.setColorMode(QPrinter::GrayScale);
    const bool ok = slip.print(printer, m_paperMm <= 58 ? 58 : 80) && printer.printerState() != QPrinter::Error;
    if (ok)
        qCInfo(lcRecords) << "receipt" << slip.code << "printed on" << (m_pdfOutput.isEmpty() ? m_printer : QStringLiteral("a PDF file"));
    else
        qCWarning(lcRecords) << "receipt" << slip.code << "could not be printed on" << m_printer;
    return ok;
}
