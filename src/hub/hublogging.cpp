// SPDX-License-Identifier: GPL-3.0-or-later
#include "hublogging.h"

Q_LOGGING_CATEGORY(lcHubHttp, "hub.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHubStore, "hub.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHubSync, "hub.sync", QtInfoMsg)
