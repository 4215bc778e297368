// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import CivicKiosk

// A pledge or a waste report, one question per screen: "Step 3 of 9", the question, its
// answer, and a large Next at the bottom. The steps, the answers and every rule are the
// form's (RecordForm over the core's Flow); this page only shows them, and forgets them.
KioskPage {
    id: flow

    property string startKind          // "land", "labour", "materials" from the route, or ""
    property string startProject       // the work chosen on its page ("Pledge to this work")
    property bool report: false
    // The answers, the steps and every rule: the page shows the form's current step.
    readonly property RecordForm form: RecordForm {
        records: Records
        report: flow.report
        startKind: flow.startKind
        startProject: flow.startProject
        onStepIdChanged: flow.loadStep()
        onSubmitted: code => {
            // A resident's receipt replaces the form, over home; a paper record staff keyed in
            // goes over the staff screens, to stay in staff mode for the next one.
            if (Staff.active)
                Navigator.back()
            else
                Navigator.home()
            Navigator.go("receipt/" + code)
        }
    }

    // The words come from the core's vocabulary (the keys the rules accept); the icons are ours.
    function categoryOptions(): var {
        const icons = { idle_works: "status-paused", delay: "behind", materials_wasted: "works",
                        public_land_misused: "location", energy_water_waste: "cat-lighting",
                        overspending: "money", other: "info" }
        return Records.vocabulary("category", Kiosk.language).map(term => ({ value: term.key, title: term.label, icon: icons[term.key] ?? "info" }))
    }
    function loadStep() {
        const spec = stepSpec(form.stepId)
        spec.props.form = form
        spec.props.title = spec.title
        loader.setSource(Qt.resolvedUrl("../steps/" + spec.file + ".qml"), spec.props)
        title.text = spec.title
    }
    // How each step looks: its view, its question and what the view needs; the steps
    // themselves, their fields and their order come from the form.
    function stepSpec(id: string): var {
        const text = (field, label, hints, maxLength) => ({ field: field, label: label, hints: hints ?? Qt.ImhNone, maxLength: maxLength ?? 300 })
        switch (id) {
        case "kind": return { file: "ChoiceStep", title: qsTr("What would you like to give?"), props: { field: "kind", options: [
            { value: "pledge.land", title: qsTr("Land"), subtitle: qsTr("Donate part of your land for a road or a public work"), icon: "location" },
            { value: "pledge.labour", title: qsTr("Labour days"), subtitle: qsTr("Come and work on the site for some days"), icon: "contractor" },
            { value: "pledge.materials", title: qsTr("Building materials"), subtitle: qsTr("Cement, sand, stone, bricks, steel …"), icon: "works" } ] } }
        case "project": return { file: "ProjectStep", title: report ? qsTr("Which work is it about?") : qsTr("Which work is it for?"),
            props: { noneTitle: report ? qsTr("Not about a particular work") : qsTr("Any work in my ward") } }
        case "land.area": return { file: "TextStep", title: qsTr("How much land, in square metres?"), props: {
            hint: qsTr("As written on your land-use certificate (sổ đỏ), for example 25 or 12,5."),
            inputs: [text("areaM2", qsTr("Area (m²)"), Qt.ImhFormattedNumbersOnly, 12)] } }
        case "land.plot": return { file: "TextStep", title: qsTr("Which plot is it?"), props: {
            hint: qsTr("Both numbers are on your land-use certificate."),
            inputs: [text("plotNo", qsTr("Plot number (thửa đất số)"), Qt.ImhPreferNumbers, 20),
                     text("mapSheetNo", qsTr("Map sheet number (tờ bản đồ số)"), Qt.ImhPreferNumbers, 20)] } }
        case "land.address": return { file: "TextStep", title: qsTr("Where is the land?"), props: {
            inputs: [text("address", qsTr("Address"), Qt.ImhNone, 200)] } }
        case "labour.days": return { file: "StepperStep", title: qsTr("How many days can you work?"), props: {
            field: "days", step: 0.5, from: 0.5, to: 365, unit: qsTr("days"), unitOne: qsTr("day") } }
        case "labour.period": return { file: "PeriodStep", title: qsTr("When can you come?"), props: {} }
        case "labour.skills": return { file: "SkillsStep", title: qsTr("What work can you do?"), props: {} }
        case "materials.items": return { file: "MaterialsStep", title: qsTr("Which materials will you give?"), props: {} }
        case "report.category": return { file: "ChoiceStep", title: qsTr("What kind of waste did you see?"), props: {
            field: "category", options: categoryOptions() } }
        case "report.place": return { file: "TextStep", title: qsTr("Where is it?"), props: {
            hint: qsTr("A street, a building, a landmark — whatever helps the ward find it."),
            inputs: [text("place", qsTr("Place"), Qt.ImhNone, 300)] } }
        case "report.description": return { file: "DescriptionStep", title: qsTr("What did you see?"), props: {} }
        case "report.photo": return { file: "PhotoStep", title: qsTr("Would you like to add a photo?"), props: {} }
        case "identity": return { file: "ChoiceStep", title: qsTr("Do you want to give your name?"), props: { field: "anonymous", options: [
            { value: false, title: qsTr("Yes, with my name and phone"), subtitle: qsTr("The ward can call you back and thank you"), icon: "staff" },
            { value: true, title: qsTr("No, send it without my name"), subtitle: qsTr("Nothing about you is kept"), icon: "info" } ] } }
        case "person.fullName": return { file: "TextStep", title: qsTr("What is your full name?"), props: {
            inputs: [text("person.fullName", qsTr("Full name"), Qt.ImhNone, 100)] } }
        case "person.phone": return { file: "TextStep", title: qsTr("What is your mobile phone number?"), props: {
            hint: qsTr("Ten digits, for example 0912 345 678."),
            inputs: [text("person.phone", qsTr("Mobile phone"), Qt.ImhDialableCharactersOnly, 20)] } }
        case "person.residentialGroup": return { file: "TextStep", title: qsTr("Which residential group or village do you live in?"), props: {
            inputs: [text("person.residentialGroup", qsTr("Residential group or village"), Qt.ImhNone, 100)] } }
        case "consent": return { file: "ConsentStep", title: qsTr("May the ward keep your name and phone?"), props: {} }
        }
        return { file: "ReviewStep", title: qsTr("Please check, then send"), props: {} }
    }

    objectName: report ? "reportPage" : "pledgePage"
    dirty: form.dirty
    handlesBack: form.index > 0

    onBackPressed: form.back()

    Component.onCompleted: form.start()

    Connections {
        target: Kiosk
        function onLanguageChanged() { flow.loadStep() }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        anchors.bottomMargin: Theme.gap
        spacing: Theme.gap

        StaffBanner {
            objectName: "enteredByStaff"
            Layout.fillWidth: true
            visible: Records.enteredBy === "staff"
            text: qsTr("Entered by staff from a paper form")
        }
        KioskText {
            objectName: "stepCounter"
            Layout.fillWidth: true
            // Until the kind is chosen the number of steps is not known yet.
            text: flow.form.stepCount === 0 ? qsTr("Step %1").arg(flow.form.index + 1)
                                            : qsTr("Step %1 of %2").arg(flow.form.index + 1).arg(flow.form.stepCount)
            color: Theme.accent
            font.weight: Font.Bold
        }
        KioskText {
            id: title
            objectName: "stepTitle"
            Layout.fillWidth: true
            font.pixelSize: Theme.fontTitle
            font.weight: Font.Bold
            elide: Text.ElideNone
        }
        Flickable {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: loader.height + Theme.gap
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            Loader {
                id: loader
                objectName: "stepLoader"
                width: scroller.width
                // Short answers sit low, just above Next, within reach of a seated or short
                // resident (DESIGN.md: controls below 1,220 mm); long ones scroll from the top.
                y: Math.max(0, scroller.height - height - Theme.gap)
            }
        }
        KioskButton {
            objectName: "nextButton"
            Layout.fillWidth: true
            implicitHeight: Theme.touchLarge
            primary: true
            iconName: flow.form.stepId === "review" ? "status-completed" : "chevron-right"
            text: flow.form.stepId === "review" ? qsTr("Send") : qsTr("Next")
            onClicked: flow.form.next()
        }
    }
}
