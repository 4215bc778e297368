// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QHttpServer;
class StaffSite;

/** The works pages of the back-office: /staff/works (the published works, by ward; a ward
    officer sees only their ward's), /staff/works/<CODE> (a work's figures and their dated
    history; city officers update them) and POST /staff/works/publish (a new content version
    with the new figures, which kiosks pull with their next sync). */
namespace StaffWorks {
void install(StaffSite &site, QHttpServer &http);
}
