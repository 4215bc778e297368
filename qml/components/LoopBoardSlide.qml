// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import CivicKiosk

// The attract loop's board: the ward's figures this month, large enough to read from across
// the room (3 m): each measure's figure, its unit, and its tier as icon and word (or why the
// ward is not placed). The measures placed in a tier come first, as many as the screen holds at
// that size: three side by side in landscape, four one under the other in portrait. The
// figures count up from zero as the slide appears and from the old figures when new ones
// arrive. The loop shows it only when the kiosk has figures (AttractLoop skips it otherwise).
Item {
    id: slide

    // The playlist item's own title, if the city gave it one.
    property string title
    readonly property bool landscape: width > height
    // A short landscape screen (1280×800) gets somewhat smaller words, never the figures small.
    readonly property bool shortScreen: landscape && height < 700
    readonly property int headingSize: shortScreen ? Theme.fontLarge : Theme.fontTitle
    readonly property int shownCount: Math.min(Board.glance.length, landscape ? 3 : 4)

    /** Every figure counts up from zero (the slide appears) or from the figure before (new
        figures arrived). */
    function countUp(fromZero: bool) {
        for (let i = 0; i < figures.count; ++i)
            (figures.itemAt(i) as LoopBoardFigure)?.countUp(fromZero)
    }

    objectName: "loopBoard"

    Connections {
        target: Board
        function onArrived() { slide.countUp(false) }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: slide.shortScreen ? Theme.gap : Theme.margin
        spacing: slide.shortScreen ? Theme.gap : Theme.gapLarge

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            Image {
                Layout.preferredWidth: Theme.iconChoice
                Layout.preferredHeight: Theme.iconChoice
                sourceSize.width: Theme.iconChoice
                sourceSize.height: Theme.iconChoice
                source: Theme.accentIcon("board")
            }
            // The title, then the ward and month: beside it in landscape, under it in portrait.
            KioskText {
                objectName: "loopTitle"
                text: slide.title !== "" ? slide.title : qsTr("Movement board")
                font.pixelSize: slide.headingSize
                font.weight: Font.Bold
                color: Theme.accent
                wrapMode: Text.NoWrap
                elide: Text.ElideNone
            }
            KioskText {
                Layout.fillWidth: true
                visible: slide.landscape
                text: "· " + Board.wardName + " · " + Board.monthText
                font.pixelSize: slide.headingSize
                font.weight: Font.Bold
                maximumLineCount: 2
            }
            Item {
                Layout.fillWidth: true
                visible: !slide.landscape
            }
        }
        KioskText {
            Layout.fillWidth: true
            visible: !slide.landscape
            text: Board.wardName + " · " + Board.monthText
            font.pixelSize: slide.headingSize
            font.weight: Font.Bold
            maximumLineCount: 2
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: slide.landscape ? Math.max(1, slide.shownCount) : 1
            columnSpacing: Theme.gapLarge
            rowSpacing: slide.landscape ? Theme.gapLarge : Theme.gap
            Repeater {
                id: figures
                model: slide.shownCount
                LoopBoardFigure {
                    required property int index
                    Layout.fillWidth: true
                    Layout.fillHeight: slide.landscape
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    measure: Board.glance[index] ?? ({})
                    wide: !slide.landscape
                    shortScreen: slide.shortScreen
                }
            }
            // Portrait: the figures sit at the top, the rest of the room stays calm.
            Item {
                visible: !slide.landscape
                Layout.fillHeight: true
            }
        }

        // Whether the month is final yet: left to the board page on a short screen.
        KioskText {
            Layout.fillWidth: true
            visible: !slide.shortScreen
            text: Board.provisionalText
            color: Theme.textMuted
            font.pixelSize: slide.shortScreen ? Theme.fontSmall : Theme.fontBody
            maximumLineCount: 2
        }
    }
}
