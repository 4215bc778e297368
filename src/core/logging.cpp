// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

Q_LOGGING_CATEGORY(lcStore, "kiosk.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcContent, "kiosk.content", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSearch, "kiosk.search", QtInfoMsg)
Q_LOGGING_CATEGORY(lcQr, "kiosk.qr", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRecords, "kiosk.records", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "kiosk.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStaff, "kiosk.staff", QtInfoMsg)
