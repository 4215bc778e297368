// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QHttpServer;
class StaffSite;

/** A pledge's fulfilment, /staff/records/<CODE>/handover: pledged → contacted → handed over
    (partly or fully: each handover with its date and document number, entered by an officer
    of the record's ward or a city officer) → verified by a city officer who did not enter it
    → thanked. Each step is a POST, audited; only verified handovers count on the board. */
namespace StaffHandover {
void install(StaffSite &site, QHttpServer &http);
}
