// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// What is wrong with a field, right under it: a warning icon and the words, in dark red.
IconLabel {
    property string message

    visible: message !== ""
    iconSource: Theme.icon("behind")
    iconSize: Theme.iconSmall
    text: message
    color: Theme.warningFg
    font.weight: Font.DemiBold
    font.pixelSize: Theme.fontSmall
}
