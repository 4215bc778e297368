// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

class HubDatabase;

/** `city-hub export --csv`: every record in one CSV file for the city's spreadsheets. The only
    way personal data (name, phone, residential group, consent version) leaves the hub, and
    only when asked; photos never. */
class CsvExport
{
public:
    explicit CsvExport(HubDatabase &db);

    /** Writes every record to a CSV file (UTF-8 with BOM, RFC 4180, CRLF), all or nothing.
        *error starts "cannot read" when the database failed, "cannot write" for the file. */
    bool write(const QString &path, bool withPersonal, QString *error, qint64 *rows = nullptr);

private:
    HubDatabase &m_db;
};
