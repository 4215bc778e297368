// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import CivicKiosk

// A sheet that rises from the bottom with one large button per choice.
Popup {
    id: sheet

    property string title
    // [{ key, label, icon }] ; key "" means "all"
    property var options: []
    property string selectedKey

    readonly property int columns: width > 1400 ? 3 : 2
    readonly property int rows: Math.ceil(options.length / columns)
    readonly property real maxHeight: (parent ? parent.height : 1600) * 0.85

    signal chosen(string key)

    modal: true
    dim: true
    closePolicy: Popup.CloseOnPressOutside
    padding: Theme.margin
    x: 0
    width: parent ? parent.width : 800
    y: parent ? parent.height - height : 0
    height: Math.min(implicitHeight, maxHeight)

    background: Rectangle {
        color: Theme.background
        radius: Theme.radius
    }

    Column {
        width: parent.width
        spacing: Theme.gap
        Row {
            width: parent.width
            spacing: Theme.gap
            KioskText {
                width: parent.width - closeButton.width - Theme.gap
                anchors.verticalCenter: parent.verticalCenter
                text: sheet.title
                font.pixelSize: Theme.fontLarge
                font.weight: Font.Bold
            }
            KioskButton {
                id: closeButton
                objectName: "closeSheet"
                text: qsTr("Close")
                iconName: "close"
                onClicked: sheet.close()
            }
        }
        Flickable {
            width: parent.width
            // Sized from the option count, not the grid's implicit height, so the sheet has
            // its full height the moment it opens.
            height: Math.min(sheet.rows * (Theme.touchLarge + Theme.gap), sheet.maxHeight - Theme.touchMin - 3 * Theme.gap - 2 * sheet.padding)
            contentHeight: sheet.rows * (Theme.touchLarge + Theme.gap)
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            Grid {
                id: grid
                width: parent.width
                columns: sheet.columns
                spacing: Theme.gap
                Repeater {
                    model: sheet.options
                    delegate: KioskButton {
                        required property var modelData
                        objectName: "option-" + (modelData.key === "" ? "all" : modelData.key)
                        width: (grid.width - (grid.columns - 1) * grid.spacing) / grid.columns
                        implicitHeight: Theme.touchLarge
                        text: modelData.label
                        iconName: modelData.icon || ""
                        primary: modelData.key === sheet.selectedKey
                        onClicked: {
                            sheet.chosen(modelData.key)
                            sheet.close()
                        }
                    }
                }
            }
        }
    }
}
