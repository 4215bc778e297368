// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosknames.h"

#include "settings.h"

namespace {

KioskNames read(const Settings &settings, QString (Settings::*value)(Settings::Key) const)
{
    return {(settings.*value)(Settings::Key::KioskId), (settings.*value)(Settings::Key::ReceiptPrefix),
            (settings.*value)(Settings::Key::WardCode)};
}

}

KioskNames KioskNames::stored(const Settings &settings)
{
    return read(settings, &Settings::stored);
}

KioskNames KioskNames::orDefaults(const Settings &settings)
{
    return read(settings, &Settings::text);
}
