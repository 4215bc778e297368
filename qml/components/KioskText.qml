// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// Text as the kiosk sets it: Noto Sans, body size, navy, lines tall enough for stacked marks.
Text {
    color: Theme.text
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    lineHeight: Theme.lineHeight
    wrapMode: Text.Wrap
    textFormat: Text.PlainText
    elide: Text.ElideRight
}
