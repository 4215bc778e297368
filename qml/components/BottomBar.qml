// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import CivicKiosk

// The bottom of every screen, within reach of a seated or short resident: Back, Home and the
// language switch.
Rectangle {
    id: root

    signal staffHelpRequested
    signal backRequested
    signal homeRequested

    implicitHeight: Theme.touchLarge + 2 * Theme.barPaddingVertical
    color: Theme.surfaceAlt

    Rectangle {
        anchors.top: parent.top
        width: parent.width
        height: 2
        color: Theme.divider
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.barPadding
        anchors.rightMargin: Theme.barPadding
        spacing: Theme.gap

        KioskButton {
            objectName: "backButton"
            text: qsTr("Back")
            iconName: "back"
            implicitHeight: Theme.touchLarge
            visible: Navigator.depth > 1
            onClicked: root.backRequested()
        }
        KioskButton {
            objectName: "homeButton"
            text: qsTr("Home")
            iconName: "home"
            implicitHeight: Theme.touchLarge
            visible: Navigator.depth > 1
            onClicked: root.homeRequested()
        }
        // On the home screen the free space holds the link to the city, for staff to read.
        SyncLine {
            visible: Navigator.depth <= 1
            Layout.fillWidth: true
        }
        Item {
            visible: Navigator.depth > 1
            Layout.fillWidth: true
        }
        KioskButton {
            objectName: "askStaffButton"
            text: qsTr("Ask staff")
            iconName: "staff"
            implicitHeight: Theme.touchLarge
            visible: !Staff.active
            onClicked: root.staffHelpRequested()
        }
        LanguageSwitch {}
    }
}
