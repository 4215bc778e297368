// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// A quiet note on the home screen about the link to the city: residents can ignore it, ward
// staff read it at a glance. The words carry the meaning; the dot only repeats it.
Item {
    id: root

    objectName: "syncLine"
    readonly property string linkState: !Sync.enrolled ? "local"
                                        : Sync.unauthorized ? "refused"
                                        : !Sync.online ? "waiting"
                                        : Sync.pending > 0 ? "sending" : "online"
    readonly property string message: {
        let words = ""
        switch (root.linkState) {
        case "local": words = qsTr("Not linked to the city yet"); break
        case "refused": words = qsTr("Refused by the city: tell the staff"); break
        case "waiting": words = Sync.pending > 0 ? qsTr("Offline · %n record(s) to send", "", Sync.pending)
                                                 : qsTr("Offline: waiting for the network"); break
        case "sending": words = qsTr("Sending %n record(s) to the city", "", Sync.pending); break
        default: words = qsTr("Connected to the city")
        }
        if (Sync.held > 0)
            words += " · " + qsTr("%n for the staff", "", Sync.held)
        return words
    }

    implicitHeight: Math.max(dot.height, label.implicitHeight)
    implicitWidth: dot.width + Theme.gapButtonIcon + label.implicitWidth

    Rectangle {
        id: dot
        width: Theme.syncDot
        height: Theme.syncDot
        radius: width / 2
        anchors.left: parent.left
        anchors.verticalCenter: parent.verticalCenter
        color: root.linkState === "online" || root.linkState === "sending" ? Theme.completedFg
             : root.linkState === "refused" ? Theme.warningFg : Theme.progressFg
    }
    KioskText {
        id: label
        objectName: "syncText"
        anchors.left: dot.right
        anchors.leftMargin: Theme.gapButtonIcon
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        text: root.message
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        maximumLineCount: 2
        elide: Text.ElideRight
    }
}
