// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "open311/answer.h"
#include "open311/params.h"
#include "open311/words.h"

namespace Open311 {

/** POST requests: files an anonymous waste report for the kiosk whose device token is the
    api_key, checked as the kiosk checks one; or the spec's error list. */
HubReply postRequest(Format format, const Words &w, const Params &params, const QByteArray &contentType,
                     Open311Backend &backend);

}
