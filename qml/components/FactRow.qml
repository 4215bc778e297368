// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// One fact of a work: icon, what it is, and its value in large type.
Row {
    id: root

    property string iconName
    property alias label: labelText.text
    property alias value: valueText.text

    spacing: Theme.gapMedium

    Image {
        width: Theme.iconMedium
        height: Theme.iconMedium
        sourceSize.width: Theme.iconMedium
        sourceSize.height: Theme.iconMedium
        source: Theme.icon(root.iconName)
    }
    Column {
        width: root.width - Theme.iconMedium - root.spacing
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
