// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QString>

class QSqlQuery;

/** The records' CSV, one definition for both exports (`city-hub export --csv` and the
    back-office's /staff/export.csv): the columns, the header, and a row from a query that
    selected columns(). UTF-8, RFC 4180, CRLF; every cell a record holds goes through
    Csv::field, so a leading = + - @, tab or CR is neutralised. */
namespace RecordCsv {

/** Which personal columns follow the record's own ones. */
enum class Personal {
    None,               // no name, phone or group
    Contact,            // full_name, phone, residential_group
    ContactAndConsent,  // and consent_version (the command line's --with-personal)
};

/** The columns a row is made from, over `records r`, for a SELECT. */
QString columns();
/** The byte-order mark and the header line. */
QByteArray header(Personal personal);
/** One record's line, from a query positioned on a row that selected columns(). */
QByteArray row(const QSqlQuery &q, Personal personal);

}
