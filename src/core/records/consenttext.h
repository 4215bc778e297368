// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "localizedtext.h"

#include <QString>

/** The consent a resident gives before name and phone are kept (Decree 13/2023/NĐ-CP, Law
    91/2025/QH15): it names the controller, the purpose, what is collected, how long it is
    kept and how to withdraw. The UI shows text() and puts exactly that string and version()
    into the draft's consent, so the stored record reproduces what the person agreed to.
    Change the wording only together with a new version. */
namespace ConsentText {

/** The version of the wording below; stored with every record. */
QString version();

/** The full text in "vi" or "en" for a ward, e.g. wardName {"Phường Hồng Bàng", "Hong Bang Ward"}. */
QString text(QStringView language, const LocalizedText &wardName);

}
