// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import CivicKiosk

// A labelled text box for the few things that must be typed (names, addresses, places), with
// its problem shown underneath. Nothing typed here is remembered by the keyboard.
Column {
    id: root

    property alias label: labelText.text
    property alias text: input.text
    property alias placeholder: input.placeholderText
    property string message
    property int maximumLength: 300
    property bool multiline: false
    property int inputHints: Qt.ImhNone

    signal edited(string text)

    function focusInput() {
        input.forceActiveFocus()
    }

    spacing: Theme.gapSmall

    KioskText {
        id: labelText
        width: parent.width
        font.weight: Font.DemiBold
        visible: text !== ""
    }
    TextField {
        id: input
        objectName: root.objectName + "Input"
        width: parent.width
        implicitHeight: Theme.touchLarge
        leftPadding: Theme.fieldPadding
        rightPadding: Theme.fieldPadding
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        color: Theme.text
        placeholderTextColor: Theme.textMuted
        maximumLength: root.maximumLength
        selectByMouse: false
        inputMethodHints: root.inputHints | Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
        onTextEdited: root.edited(text)
        background: Rectangle {
            radius: Theme.radius
            color: Theme.surface
            border.width: input.activeFocus || root.message !== "" ? Theme.borderStrong : Theme.borderControl
            border.color: root.message !== "" ? Theme.warningFg : (input.activeFocus ? Theme.focus : Theme.border)
        }
    }
    FieldError {
        width: parent.width
        message: root.message
    }
}
