// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// Tiếng Việt | English: each language named in itself, so anyone finds their own.
Row {
    id: root
    spacing: Theme.gap

    Repeater {
        model: [{ code: "vi", label: "Tiếng Việt" }, { code: "en", label: "English" }]
        delegate: KioskButton {
            required property var modelData
            objectName: "language-" + modelData.code
            text: modelData.label
            checkable: false
            checked: Kiosk.language === modelData.code
            primary: checked
            iconName: checked ? "language" : ""
            onClicked: Kiosk.language = modelData.code
            Accessible.name: modelData.label
        }
    }
}
