// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// One work in the list: picture, name, ward and kind, stage, progress.
Card {
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
    implicitHeight: Math.max(Theme.workCardMinHeight, info.implicitHeight + 2 * padding)
    pressed: tapArea.pressed
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
        anchors.margins: card.padding
        Rectangle {
            id: picture
            width: Theme.workPictureWidth
            height: Theme.workPictureHeight
            anchors.verticalCenter: parent.verticalCenter
            radius: Theme.radiusPicture
            color: Theme.surfaceAlt
            clip: true
            Image {
                anchors.fill: parent
                source: card.image
                sourceSize.width: Theme.workPictureWidth
                sourceSize.height: Theme.workPictureHeight
                fillMode: Image.PreserveAspectCrop
                asynchronous: false
                visible: card.image !== ""
            }
            Image {
                anchors.centerIn: parent
                width: Theme.iconHero
                height: Theme.iconHero
                sourceSize.width: Theme.iconHero
                sourceSize.height: Theme.iconHero
                source: Theme.icon("cat-" + card.category)
                visible: card.image === ""
            }
        }
        Column {
            id: info
            anchors.left: picture.right
            anchors.leftMargin: Theme.cardPaddingLarge
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.gapSmall
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
                iconSize: Theme.iconSmall
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
