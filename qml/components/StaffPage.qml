// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import CivicKiosk

// What every staff screen is: a "Staff mode" band saying it ends by itself, a large title,
// the screen's content (scrolling when long), and the last message from Staff in words.
KioskPage {
    id: page

    property alias heading: titleText.text
    default property alias body: column.data
    // The actions of the screen, kept at the bottom within reach.
    property alias actions: actionRow.data

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        anchors.bottomMargin: Theme.gap
        spacing: Theme.gap

        StaffBanner {
            Layout.fillWidth: true
            text: qsTr("Staff mode · ends after %n idle minute(s)", "", Math.max(1, Math.round(Staff.staffIdleSeconds / 60)))
        }
        KioskText {
            id: titleText
            objectName: "staffTitle"
            Layout.fillWidth: true
            font.pixelSize: Theme.fontTitle
            font.weight: Font.Bold
            elide: Text.ElideNone
        }
        Flickable {
            id: scroller
            objectName: "staffScroller"
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: column.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            Column {
                id: column
                width: scroller.width
                spacing: Theme.gapLarge
            }
        }
        Card {
            id: messageCard
            objectName: "staffMessage"
            Layout.fillWidth: true
            visible: Staff.lastMessage !== ""
            implicitHeight: messageLabel.implicitHeight + 2 * verticalPadding
            tone: Card.Note
            horizontalPadding: Theme.cardPaddingSmall
            verticalPadding: Theme.gap
            IconLabel {
                id: messageLabel
                objectName: "staffMessageText"
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.margins: messageCard.horizontalPadding
                anchors.verticalCenter: parent.verticalCenter
                iconSource: Theme.icon("info")
                text: Staff.lastMessage
                font.weight: Font.DemiBold
            }
        }
        RowLayout {
            id: actionRow
            Layout.fillWidth: true
            spacing: Theme.gap
            visible: children.length > 0
        }
    }
}
