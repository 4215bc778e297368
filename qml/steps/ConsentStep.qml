// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// The consent, word for word as it is stored with the record, and an unticked box to agree.
Column {
    id: step

    required property RecordForm form
    property string title
    readonly property string consentText: Records.consentText(Kiosk.language)
    readonly property bool given: form.answers["consent.given"] === true

    spacing: Theme.gapLarge

    Card {
        id: consentCard
        width: step.width
        height: Math.min(Theme.consentMaxHeight, consentWords.implicitHeight + 2 * padding)
        Flickable {
            id: consentFlick
            anchors.fill: parent
            anchors.margins: consentCard.padding
            contentHeight: consentWords.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            KioskText {
                id: consentWords
                objectName: "consentText"
                width: consentFlick.width
                text: step.consentText
                elide: Text.ElideNone
            }
        }
    }
    ChoiceButton {
        objectName: "consentTick"
        width: step.width
        iconName: "info"
        title: qsTr("I agree to the processing of my personal data as described above")
        selected: step.given
        onClicked: step.form.toggleConsent()
    }
    FieldError {
        width: step.width
        message: step.form.problems["consent"] ?? step.form.problems["consent.given"] ?? ""
    }
}
