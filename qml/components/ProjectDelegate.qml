// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// One work in the list: picture, name, ward and kind, stage, progress.
Rectangle {
    id: card

    required property string code
    required property string name
    required property string category
    required property string status
    required property int progress
    required property bool behind
    required property string wardName
    required property string image

    objectName: "work-" + code
    implicitHeight: Math.max(260, info.implicitHeight + 2 * 24)
    radius: Theme.radius
    color: tapArea.pressed ? Theme.surfaceAlt : Theme.surface
    border.width: 2
    border.color: Theme.divider
    Accessible.role: Accessible.Button
    Accessible.name: name
    Accessible.onPressAction: Navigator.go("project/" + code)

    MouseArea {
        id: tapArea
        anchors.fill: parent
        onClicked: Navigator.go("project/" + card.code)
    }

    Item {
        anchors.fill: parent
        anchors.margins: 24
        Rectangle {
            id: picture
            width: 280
            height: 210
            anchors.verticalCenter: parent.verticalCenter
            radius: 14
            color: Theme.surfaceAlt
            clip: true
            Image {
                anchors.fill: parent
                source: card.image
                sourceSize.width: 280
                sourceSize.height: 210
                fillMode: Image.PreserveAspectCrop
                asynchronous: false
                visible: card.image !== ""
            }
            Image {
                anchors.centerIn: parent
                width: 120
                height: 120
                sourceSize.width: 120
                sourceSize.height: 120
                source: Theme.icon("cat-" + card.category)
                visible: card.image === ""
            }
        }
        Column {
            id: info
            anchors.left: picture.right
            anchors.leftMargin: 28
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            spacing: 10
            KioskText {
                width: parent.width
                text: card.name
                font.pixelSize: Theme.fontBody + 2
                font.weight: Font.Bold
                maximumLineCount: 2
            }
            IconLabel {
                width: parent.width
                iconSource: Theme.icon("cat-" + card.category)
                iconSize: 36
                text: Labels.categoryName(card.category) + "  ·  " + card.wardName
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
            Flow {
                width: parent.width
                spacing: Theme.gap
                StatusChip { status: card.status }
                StatusChip {
                    visible: card.behind
                    behind: true
                }
            }
            ProgressMeter {
                width: parent.width
                value: card.progress
            }
        }
    }
}
