// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import CivicKiosk

// "Cách tính": how the movement board is computed, in plain words, one tap from the board.
Popup {
    id: sheet

    objectName: "boardHow"
    modal: true
    dim: true
    closePolicy: Popup.CloseOnPressOutside
    width: Math.min((parent ? parent.width : 1080) - 2 * Theme.margin, Theme.dialogMaxWidth)
    height: Math.min(implicitHeight, (parent ? parent.height : 1920) - 2 * Theme.margin)
    x: ((parent ? parent.width : 1080) - width) / 2
    y: ((parent ? parent.height : 1920) - height) / 2
    padding: Theme.dialogPadding

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
    }

    Flickable {
        implicitWidth: sheet.availableWidth
        implicitHeight: column.implicitHeight
        width: sheet.availableWidth
        height: sheet.availableHeight
        contentHeight: column.implicitHeight
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        Column {
            id: column
            width: parent.width
            spacing: Theme.gap
            KioskText {
                width: parent.width
                text: qsTr("How the board is computed")
                font.pixelSize: Theme.fontTitle
                font.weight: Font.Bold
            }
            Repeater {
                model: [
                    qsTr("Each figure is divided per 1,000 residents, so small and large wards compare fairly."),
                    qsTr("Wards are compared only with wards of the same kind: urban wards, communes, special zones."),
                    qsTr("A ward is placed only with at least %1 records that month.").arg(Board.minRecords),
                    qsTr("Tiers by quarter of the placed wards: Excellent, Good, Fair, Needs effort. Tied wards share a tier."),
                    qsTr("Most improved: the largest rise against the month before."),
                    qsTr("Only handovers verified by a city officer count. A month is provisional until the 5th of the next month, then it is final and never changes.")
                ]
                Row {
                    id: point
                    required property string modelData
                    width: column.width
                    spacing: Theme.gapIcon
                    Image {
                        y: 4
                        width: Theme.iconBody
                        height: Theme.iconBody
                        sourceSize.width: Theme.iconBody
                        sourceSize.height: Theme.iconBody
                        source: Theme.icon("chevron-right")
                    }
                    KioskText {
                        width: parent.width - Theme.iconBody - parent.spacing
                        text: point.modelData
                    }
                }
            }
            KioskButton {
                objectName: "closeBoardHow"
                anchors.horizontalCenter: parent.horizontalCenter
                implicitHeight: Theme.touchLarge
                primary: true
                text: qsTr("Close")
                onClicked: sheet.close()
            }
        }
    }
}
