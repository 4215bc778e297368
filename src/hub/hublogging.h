// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QLoggingCategory>

// city-hub's categories: "hub.http" (requests and answers), "hub.store" (database, admin
// commands), "hub.sync" (enrolment, record ingest, content served to kiosks). Personal data
// is never logged, at any level: a record is named by its id or receipt code only.
Q_DECLARE_LOGGING_CATEGORY(lcHubHttp)
Q_DECLARE_LOGGING_CATEGORY(lcHubStore)
Q_DECLARE_LOGGING_CATEGORY(lcHubSync)
