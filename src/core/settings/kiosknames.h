// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

class Settings;

/** The names that sign a kiosk's records: its id, its receipt prefix and its ward, as
    enrolment stores them in the settings table. SyncIdentity and KioskIdentity both start from
    them. */
struct KioskNames
{
    QString kioskId;
    QString receiptPrefix;
    QString wardCode;

    /** As stored: all empty on a kiosk that was never enrolled. */
    static KioskNames stored(const Settings &settings);
    /** As records use them: the settings table's defaults (KIOSK-LOCAL, HP) where nothing is
        stored. */
    static KioskNames orDefaults(const Settings &settings);
};
