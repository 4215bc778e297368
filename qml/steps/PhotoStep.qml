// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtMultimedia
import CivicKiosk

// One photo from the kiosk's camera, if the resident wants: see it, take it again, or drop it.
// The camera runs only while this step is on screen. Only shown when a camera is connected.
Column {
    id: step

    required property RecordForm form
    property string title
    readonly property bool hasPhoto: (form.answers.photo ?? "") !== ""

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
            onImageCaptured: (requestId, preview) => step.form.takePhoto(preview)
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
            source: step.hasPhoto ? "data:image/jpeg;base64," + step.form.answers.photo : ""
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
            onClicked: step.form.clearAnswer("photo")
        }
        KioskButton {
            objectName: "dropPhoto"
            visible: step.hasPhoto
            implicitHeight: Theme.touchLarge
            iconName: "close"
            text: qsTr("No photo")
            onClicked: step.form.clearAnswer("photo")
        }
    }
    FieldError {
        width: step.width
        message: step.form.problems["photo"] ?? ""
    }
}
