// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "qmlsingleton.h"

#include <QObject>
#include <QStringList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class Database;

/** "In biên nhận": prints a receipt slip (ReceiptSlip) on the ward's thermal printer through
    CUPS. The printer is the `receiptPrinter` setting (a CUPS queue name) on a roll of
    `receiptPaperMm`; without one, or when CUPS does not know it, `available` is false and the
    receipt screen shows no print button. */
class ReceiptPrinter : public QObject, public QmlSingleton<ReceiptPrinter>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Printer)
    QML_SINGLETON
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    Q_PROPERTY(QStringList printers READ printers NOTIFY availableChanged)

public:
    explicit ReceiptPrinter(Database &db, QObject *parent = nullptr);

    bool available() const;
    /** The print queues CUPS offers, for staff to choose from. */
    QStringList printers() const;

    /** Prints the receipt as the receipt screen has it (RecordsController::receipt) for this
        ward, in that language. False when nothing could be printed. */
    Q_INVOKABLE bool print(const QVariantMap &receipt, const QString &wardName, const QString &language);
    /** Reads the settings again (staff changed the printer). */
    Q_INVOKABLE void refresh();

    /** Tests: print to this PDF file instead of a CUPS queue (empty: back to the setting). */
    void setPdfOutput(const QString &path);

signals:
    void availableChanged();

private:
    Database &m_db;
    QString m_printer;
    int m_paperMm = 80;
    bool m_known = false;
    QString m_pdfOutput;
};
