// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// A thick progress bar with its percentage written next to it.
Item {
    id: root

    property int value: 0
    property int barHeight: Theme.progressBar
    property color fillColor: Theme.progressFill

    implicitHeight: Math.max(barHeight, percent.implicitHeight)
    implicitWidth: Theme.progressMeterWidth

    Rectangle {
        id: track
        anchors.left: parent.left
        anchors.right: percent.left
        anchors.rightMargin: Theme.gap
        anchors.verticalCenter: parent.verticalCenter
        height: root.barHeight
        radius: height / 2
        color: Theme.progressTrack
        Rectangle {
            width: Math.max(track.height, track.width * Math.min(100, Math.max(0, root.value)) / 100)
            visible: root.value > 0
            height: parent.height
            radius: parent.radius
            color: root.fillColor
        }
    }
    KioskText {
        id: percent
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        width: Theme.progressPercentWidth
        horizontalAlignment: Text.AlignRight
        wrapMode: Text.NoWrap
        font.weight: Font.Bold
        text: qsTr("%1 %").arg(root.value)
    }
}
