// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "open311/answer.h"
#include "open311/words.h"

namespace Open311 {

/** Whether code names one of the services: the waste categories of the core vocabulary. */
bool isService(const QString &code);

/** The service list: every waste category, with the words Open311 asks for. */
Node serviceList(const Words &w);

/** A service's definition: its one optional attribute, the work a report is about. */
Node definition(const Words &w, const QString &code);

}
