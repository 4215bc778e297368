// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// One fact of a work: icon, what it is, and its value in large type.
Row {
    id: root

    property string iconName
    property alias label: labelText.text
    property alias value: valueText.text

    spacing: 20

    Image {
        width: 48
        height: 48
        sourceSize.width: 48
        sourceSize.height: 48
        source: Theme.icon(root.iconName)
    }
    Column {
        width: root.width - 68
        KioskText {
            id: labelText
            width: parent.width
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
        KioskText {
            id: valueText
            width: parent.width
            font.weight: Font.DemiBold
        }
    }
}
