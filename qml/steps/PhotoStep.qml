// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtMultimedia
import CivicKiosk

// One photo from the kiosk's camera, if the resident wants: see it, take it again, or drop it.
// The camera runs only while this step is on screen. Only shown when a camera is connected.
Column {
    id: step

    required property var flow
    property string title
    readonly property bool hasPhoto: (flow.value("photo") ?? "") !== ""

    spacing: Theme.gapLarge

    KioskText {
        width: step.width
        text: qsTr("A photo helps the ward see the problem. It is optional: tap Next to go on without one.")
        color: Theme.textMuted
    }

    CaptureSession {
        camera: Camera {
            active: !step.hasPhoto
        }
        imageCapture: ImageCapture {
            id: capture
            onImageCaptured: (requestId, preview) => {
                const encoded = Records.encodePhoto(preview)
                if (encoded !== "")
                    step.flow.setField("photo", encoded)
            }
        }
        videoOutput: viewfinder
    }

    Rectangle {
        width: step.width
        height: width * 3 / 4
        radius: Theme.radius
        color: Theme.text
        clip: true
        VideoOutput {
            id: viewfinder
            anchors.fill: parent
            visible: !step.hasPhoto
            fillMode: VideoOutput.PreserveAspectCrop
        }
        Image {
            objectName: "photoPreview"
            anchors.fill: parent
            visible: step.hasPhoto
            fillMode: Image.PreserveAspectCrop
            source: step.hasPhoto ? "data:image/jpeg;base64," + step.flow.value("photo") : ""
        }
    }

    Row {
        spacing: Theme.gap
        KioskButton {
            objectName: "takePhoto"
            visible: !step.hasPhoto
            implicitHeight: Theme.touchLarge
            primary: true
            iconName: "phone-qr"
            text: qsTr("Take the photo")
            enabled: capture.readyForCapture
            onClicked: capture.capture()
        }
        KioskButton {
            objectName: "retakePhoto"
            visible: step.hasPhoto
            implicitHeight: Theme.touchLarge
            iconName: "back"
            text: qsTr("Take it again")
            onClicked: step.flow.setField("photo", undefined)
        }
        KioskButton {
            objectName: "dropPhoto"
            visible: step.hasPhoto
            implicitHeight: Theme.touchLarge
            iconName: "close"
            text: qsTr("No photo")
            onClicked: step.flow.setField("photo", undefined)
        }
    }
    FieldError {
        width: step.width
        message: step.flow.problems["photo"] ?? ""
    }
}
