// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "hubtypes.h"

#include <QString>

#include <optional>

/** The page a resident opens by scanning the receipt's QR code (`GET /r/<code>`): what was
    pledged or reported, for which work, its status and history, in Vietnamese or English.
    Pure: the server looks the record up and sends what this returns. It prints only the
    payload fields it knows, each escaped, so nothing personal and no markup can reach it. */
namespace PhonePage {

/** The page for a record, or the "code not found" page (status 404) when record is nullopt.
    typedCode is the code as it came in the URL (shown on the 404 page); lang "en" gives
    English, anything else Vietnamese. */
HubReply render(const QString &typedCode, const std::optional<HubRecordView> &record, const HubNames &names,
                const QString &lang);

/** Text made safe inside HTML elements and quoted attributes: & < > " ' escaped. */
QString escaped(const QString &text);

}
