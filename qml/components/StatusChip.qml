// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// A work's stage as icon + word on a pale background; "behind" shows the late-work warning.
Rectangle {
    id: root

    property string status
    property bool behind: false

    readonly property color foreground: behind ? Theme.warningFg
                                      : status === "completed" ? Theme.completedFg
                                      : status === "paused" ? Theme.pausedFg
                                      : status === "preparing" ? Theme.preparingFg : Theme.progressFg

    implicitWidth: label.implicitWidth + 2 * Theme.chipPadding
    implicitHeight: Theme.chipHeight
    radius: height / 2
    color: behind ? Theme.warningBg
         : status === "completed" ? Theme.completedBg
         : status === "paused" ? Theme.pausedBg
         : status === "preparing" ? Theme.preparingBg : Theme.progressBg
    border.width: 2
    border.color: foreground

    IconLabel {
        id: label
        anchors.centerIn: parent
        iconSize: Theme.iconSmall
        iconSource: Theme.icon(root.behind ? "behind" : "status-" + root.status)
        text: root.behind ? qsTr("Behind schedule") : Labels.statusName(root.status)
        color: root.foreground
        font.pixelSize: Theme.fontSmall
        font.weight: Font.DemiBold
    }
}
