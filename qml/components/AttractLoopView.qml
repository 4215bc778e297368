// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import QtMultimedia
import CivicKiosk

// The attract loop, over everything but the screen-off black: the published playlist's videos,
// slides, works and the ward's board, one at a time, while nobody uses the kiosk. The first touch goes home and
// presses nothing under it: this layer takes the press and stays until the finger lifts.
Rectangle {
    id: root


    function componentFor(kind: string): Component {
        switch (kind) {
        case "video": return videoItem
        case "slide": return slideItem
        case "work": return workItem
        case "board": return boardItem
        }
        return null
    }
    function reload() {
        stage.sourceComponent = null
        stage.sourceComponent = AttractLoop.playing ? componentFor(AttractLoop.item.kind ?? "") : null
    }

    objectName: "attractLoop"
    visible: AttractLoop.playing || catcher.pressed
    color: AttractLoop.playing ? Theme.background : "transparent"

    Component.onCompleted: reload()
    Connections {
        target: AttractLoop
        function onItemChanged() { root.reload() }
    }

    Loader {
        id: stage
        objectName: "loopStage"
        anchors.top: parent.top
        anchors.bottom: band.top
        width: parent.width
        visible: AttractLoop.playing
    }

    // The invitation, low on the screen where hands are: icon and words, in red.
    Rectangle {
        id: band
        objectName: "loopInvitation"
        anchors.bottom: parent.bottom
        width: parent.width
        height: invitation.implicitHeight + 2 * Theme.gapLarge
        visible: AttractLoop.playing
        color: Theme.accent
        ColumnLayout {
            id: invitation
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.margin
            spacing: Theme.gap / 2
            IconLabel {
                Layout.alignment: Qt.AlignHCenter
                iconSource: Theme.lightIcon("home")
                iconSize: Theme.iconLarge
                text: qsTr("Touch the screen to begin")
                color: Theme.textOnAccent
                font.pixelSize: Theme.fontTitle
                font.weight: Font.Bold
            }
            KioskText {
                // The other language too: whoever passes, reads it.
                Layout.alignment: Qt.AlignHCenter
                visible: Kiosk.language === "vi"
                text: "Touch the screen to begin"
                color: Theme.textOnAccent
                font.pixelSize: Theme.fontBody
            }
        }
    }

    MouseArea {
        id: catcher
        objectName: "loopCatcher"
        anchors.fill: parent
        onPressed: mouse => {
            mouse.accepted = true
            AttractLoop.leave()
        }
    }

    Component {
        id: videoItem
        Rectangle {
            color: Theme.text
            MediaPlayer {
                id: player
                objectName: "loopPlayer"
                source: AttractLoop.item.source ?? ""
                videoOutput: output
                // No audio device is opened at all unless the ward turned the sound on.
                audioOutput: AttractLoop.sound ? audio : null
                onErrorOccurred: (error, errorString) => AttractLoop.videoFailed(errorString)
                onMediaStatusChanged: {
                    if (mediaStatus === MediaPlayer.EndOfMedia)
                        AttractLoop.next()
                    else if (mediaStatus === MediaPlayer.InvalidMedia)
                        AttractLoop.videoFailed("invalid media")
                }
            }
            AudioOutput { id: audio }
            VideoOutput {
                id: output
                objectName: "loopVideo"
                anchors.fill: parent
                fillMode: VideoOutput.PreserveAspectFit
            }
            Component.onCompleted: {
                AttractLoop.watch(output.videoSink)
                player.play()
            }
        }
    }

    Component {
        id: slideItem
        ColumnLayout {
            spacing: Theme.gapLarge
            Image {
                id: picture
                Layout.fillWidth: true
                Layout.fillHeight: true
                source: AttractLoop.item.source ?? ""
                visible: source != ""
                fillMode: Image.PreserveAspectFit
                sourceSize.width: width
                asynchronous: true
                onStatusChanged: if (status !== Image.Loading) AttractLoop.itemDrawn()
            }
            Item { Layout.fillHeight: !picture.visible; Layout.preferredHeight: Theme.margin }
            KioskText {
                objectName: "loopTitle"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                horizontalAlignment: Text.AlignHCenter
                text: AttractLoop.item.title ?? ""
                font.pixelSize: Theme.fontHuge
                font.weight: Font.Bold
                color: Theme.accent
            }
            KioskText {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.bottomMargin: Theme.margin
                horizontalAlignment: Text.AlignHCenter
                text: AttractLoop.item.body ?? ""
                visible: text !== ""
                font.pixelSize: Theme.fontLarge
            }
            Item { visible: !picture.visible; Layout.fillHeight: true }
            Component.onCompleted: if (!picture.visible) AttractLoop.itemDrawn()
        }
    }

    Component {
        id: workItem
        ColumnLayout {
            id: workView
            readonly property var work: Works.details(AttractLoop.item.code ?? "", Kiosk.language)
            spacing: Theme.gapLarge
            Image {
                id: workPicture
                Layout.fillWidth: true
                Layout.fillHeight: true
                source: (workView.work.images ?? []).length > 0 ? workView.work.images[0] : ""
                fillMode: Image.PreserveAspectFit
                sourceSize.width: width
                asynchronous: true
                onStatusChanged: if (status !== Image.Loading) AttractLoop.itemDrawn()
            }
            KioskText {
                objectName: "loopTitle"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                text: workView.work.name ?? ""
                font.pixelSize: workView.width >= workView.height ? Theme.fontHuge : Theme.fontTitle
                font.weight: Font.Bold
                maximumLineCount: 3
            }
            IconLabel {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                iconSource: Theme.icon("cat-" + (workView.work.category ?? "road"))
                text: Labels.categoryName(workView.work.category ?? "") + "  ·  " + (workView.work.wardName ?? "")
                color: Theme.textMuted
                font.pixelSize: Theme.fontLarge
            }
            RowLayout {
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                spacing: Theme.gap
                StatusChip { status: workView.work.status ?? "" }
                StatusChip { status: workView.work.status ?? ""; behind: true; visible: workView.work.behind ?? false }
            }
            ProgressMeter {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.bottomMargin: Theme.margin
                value: workView.work.progress ?? 0
            }
            Component.onCompleted: if (workPicture.source == "") AttractLoop.itemDrawn()
        }
    }

    Component {
        id: boardItem
        LoopBoardSlide {
            title: AttractLoop.item.title ?? ""
            Component.onCompleted: {
                AttractLoop.itemDrawn()
                countUp(true)
            }
        }
    }
}
