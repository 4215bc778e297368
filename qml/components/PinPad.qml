// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import CivicKiosk

// Big digit keys for the staff PIN: one dot per digit typed, never the digit; Delete takes the
// last one back, OK sends. The keys are 112 px or more, 16 px apart.
ColumnLayout {
    id: pad

    property string pin
    property int maxLength: 12
    property int minLength: 6
    property bool locked: false

    signal submitted(string pin)

    function clear() {
        pin = ""
    }

    spacing: Theme.gapLarge

    // The dots: at least the shortest PIN's worth of empty ones, filled as digits are typed.
    Row {
        objectName: "pinDots"
        Layout.alignment: Qt.AlignHCenter
        spacing: Theme.pinDotGap
        Repeater {
            model: Math.max(pad.minLength, pad.pin.length)
            Rectangle {
                required property int index
                width: Theme.pinDot
                height: Theme.pinDot
                radius: width / 2
                color: index < pad.pin.length ? Theme.text : "transparent"
                border.width: Theme.borderStrong
                border.color: Theme.text
            }
        }
    }

    GridLayout {
        Layout.alignment: Qt.AlignHCenter
        columns: 3
        rowSpacing: Theme.gap
        columnSpacing: Theme.gap
        Repeater {
            model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "del", "0", "ok"]
            KioskButton {
                id: key
                required property string modelData
                objectName: modelData === "del" ? "pinDelete" : modelData === "ok" ? "pinOk" : "pinKey" + modelData
                implicitWidth: Theme.pinKeyWidth
                implicitHeight: Theme.pinKeyHeight
                enabled: !pad.locked && (modelData === "ok" ? pad.pin.length >= pad.minLength
                                         : modelData === "del" ? pad.pin.length > 0
                                         : pad.pin.length < pad.maxLength)
                primary: modelData === "ok"
                text: modelData === "del" ? qsTr("Delete") : modelData === "ok" ? qsTr("OK") : modelData
                font.pixelSize: modelData.length === 1 ? Theme.fontHuge : Theme.fontLarge
                Accessible.name: modelData === "del" ? qsTr("Delete") : modelData === "ok" ? qsTr("OK") : modelData
                onClicked: {
                    if (key.modelData === "del")
                        pad.pin = pad.pin.slice(0, -1)
                    else if (key.modelData === "ok")
                        pad.submitted(pad.pin)
                    else
                        pad.pin += key.modelData
                }
            }
        }
    }
}
