// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// The top of every screen: the movement's name, the ward, today's date, and the sample mark;
// also staff's hidden way to the PIN pad.
Rectangle {
    id: root

    implicitHeight: column.implicitHeight + 2 * Theme.barPadding
    color: Theme.accent

    // Staff's hidden way in: holding the title for 5 seconds opens the PIN pad. A tap, or a
    // shorter hold, does nothing at all, so residents never find it by chance.
    MouseArea {
        objectName: "staffGesture"
        anchors.fill: parent
        pressAndHoldInterval: 5000
        onPressAndHold: {
            if (Navigator.page !== "admin" && !Staff.active)
                Navigator.go("admin")
        }
    }

    Column {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.gapTight
        Item {
            width: parent.width
            height: Math.max(appTitle.implicitHeight, sampleBadge.height)
            KioskText {
                id: appTitle
                objectName: "appTitle"
                anchors.left: parent.left
                anchors.right: sampleBadge.visible ? sampleBadge.left : parent.right
                anchors.rightMargin: Theme.gap
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("Build Together, Hải Phòng")
                color: Theme.textOnAccent
                font.pixelSize: Theme.fontLarge
                font.weight: Font.Bold
                wrapMode: Text.NoWrap
            }
            Rectangle {
                id: sampleBadge
                objectName: "sampleBadge"
                visible: Kiosk.sample
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                width: sampleLabel.implicitWidth + 2 * Theme.badgePadding
                height: Theme.chipHeight
                radius: Theme.radiusSmall
                color: Theme.surface
                IconLabel {
                    id: sampleLabel
                    anchors.centerIn: parent
                    iconSize: Theme.iconSmall
                    iconSource: Theme.icon("sample")
                    text: qsTr("Sample data")
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.DemiBold
                }
            }
        }
        KioskText {
            objectName: "wardAndDate"
            width: parent.width
            text: Kiosk.wardName + "  ·  " + Kiosk.todayText
            color: Theme.textOnAccent
        }
    }
}
