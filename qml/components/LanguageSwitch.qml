// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// One button named in the other language ("English" on a Vietnamese screen, "Tiếng Việt" on an
// English one), so whoever needs it recognises their own language.
KioskButton {
    readonly property string other: Kiosk.language === "vi" ? "en" : "vi"

    objectName: "language-" + other
    implicitHeight: Theme.touchLarge
    text: other === "en" ? "English" : "Tiếng Việt"
    Accessible.name: text
    onClicked: Kiosk.language = other
}
