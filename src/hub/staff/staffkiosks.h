// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

class QHttpServer;
class StaffSite;

/** The kiosks page of the back-office (city admins): /staff/kiosks lists each kiosk's ward,
    when it last called, the app and content versions it reported and the records waiting on
    it; POST /staff/kiosks/enrol issues an enrolment code (text and QR); /staff/kiosks/<ID>/revoke
    asks to confirm, its POST revokes the kiosk's token. */
namespace StaffKiosks {
void install(StaffSite &site, QHttpServer &http);
/** The QR symbol of text as an SVG image (one path, quiet zone included, `scale` px per
    module), for an <img src="data:…">: the CSP allows data: images, not inline markup. */
QByteArray qrSvg(const QString &text, int scale = 8);
}
