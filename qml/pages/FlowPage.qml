// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import CivicKiosk

// A pledge or a waste report, one question per screen: "Step 3 of 9", the question, its
// answer, and a large Next at the bottom. The steps and every check come from Records (core
// rules); this page only holds the answers until they are sent, then forgets them.
KioskPage {
    id: flow

    property string startKind          // "land", "labour", "materials" from the route, or ""
    property string startProject       // the work chosen on its page ("Pledge to this work")
    property bool report: false
    property var draft: ({})
    property var problems: ({})
    property var touchedFields: ({})
    property string submitError
    property var stepFields: []
    property bool sending: false
    property int index: 0
    // The steps depend on the kind and on anonymity only: answering a question (which
    // replaces the draft) leaves them, and the current step, alone.
    readonly property string draftKind: draft.kind ?? ""
    readonly property bool draftAnonymous: draft.anonymous === true
    readonly property var steps: {
        const all = Records.steps({ kind: draftKind, anonymous: draftAnonymous })
        return startKind !== "" ? all.filter(s => s !== "kind") : all
    }
    readonly property string stepId: steps[Math.min(index, steps.length - 1)] ?? ""

    function value(path: string): var {
        let node = draft
        for (const part of path.split(".")) {
            if (node === undefined || node === null)
                return undefined
            node = node[part]
        }
        return node
    }
    function setField(path: string, v: var) {
        let copy = JSON.parse(JSON.stringify(draft))
        // Another kind of pledge: the answers that belonged to the old kind go, or the record
        // could never be sent (the core refuses fields of another kind).
        if (path === "kind" && copy.kind !== undefined && copy.kind !== v) {
            const kept = { projectCode: copy.projectCode, person: copy.person, consent: copy.consent }
            if (v !== "pledge.land" && copy.anonymous !== undefined)
                kept.anonymous = copy.anonymous
            copy = JSON.parse(JSON.stringify(kept))
        }
        const parts = path.split(".")
        let node = copy
        for (let i = 0; i < parts.length - 1; ++i) {
            if (typeof node[parts[i]] !== "object" || node[parts[i]] === null)
                node[parts[i]] = {}
            node = node[parts[i]]
        }
        if (v === undefined)
            delete node[parts[parts.length - 1]]
        else
            node[parts[parts.length - 1]] = v
        // Choosing to stay anonymous drops whatever was entered about the person.
        if (path === "anonymous" && v === true) {
            delete copy.person
            delete copy.consent
        }
        draft = copy
        const t = Object.assign({}, touchedFields)
        t[path] = true
        touchedFields = t
        if (problems[path] !== undefined) {
            const p = Object.assign({}, problems)
            delete p[path]
            problems = p
        }
    }
    function touched(path: string): bool {
        return touchedFields[path] === true
    }
    function toNumber(text: string): var {
        const typed = String(text).trim()
        if (typed === "")
            return undefined
        // "1.250" or "1.250,5" is Vietnamese grouping; otherwise a comma is the decimal mark.
        const plain = /^\d{1,3}(\.\d{3})+(,\d+)?$/.test(typed) ? typed.replace(/\./g, "").replace(",", ".")
                                                              : typed.replace(",", ".")
        const n = Number(plain)
        return isNaN(n) ? typed : n
    }
    // The words come from the core's vocabulary (the keys the rules accept); the icons are ours.
    function categoryName(key: string): string {
        for (const option of categoryOptions())
            if (option.value === key)
                return option.title
        return ""
    }
    function categoryOptions(): var {
        const icons = { idle_works: "status-paused", delay: "behind", materials_wasted: "works",
                        public_land_misused: "location", energy_water_waste: "cat-lighting",
                        overspending: "money", other: "info" }
        return Records.vocabulary("category", Kiosk.language).map(term => ({ value: term.key, title: term.label, icon: icons[term.key] ?? "info" }))
    }
    function next() {
        const found = Records.check(draft, stepFields)
        if (Object.keys(found).length > 0) {
            problems = found
            return
        }
        problems = {}
        if (stepId === "review")
            send()
        else
            index = Math.min(index + 1, steps.length - 1)
    }
    function goTo(id: string) {
        const at = steps.indexOf(id)
        if (at >= 0)
            index = at
    }
    function send() {
        if (sending)
            return
        sending = true
        const code = Records.submit(draft)
        if (code !== "") {
            dirty = false
            // A resident's receipt replaces the form, over home; a paper record staff keyed in
            // goes over the staff screens, to stay in staff mode for the next one.
            if (Staff.active)
                Navigator.back()
            else
                Navigator.home()
            Navigator.go("receipt/" + code)
            return
        }
        sending = false
        problems = Records.lastProblems
        submitError = Records.lastError
        // Take the resident to the question the first problem belongs to, if there is one.
        for (const id of steps) {
            if (Object.keys(problems).some(field => fieldsOf(id).some(f => field === f || field.startsWith(f + ".") || field.startsWith(f + "[")))) {
                goTo(id)
                break
            }
        }
    }
    function loadStep() {
        const spec = stepSpec(stepId)
        spec.fields = fieldsOf(stepId)
        spec.props.flow = flow
        spec.props.title = spec.title
        loader.setSource(Qt.resolvedUrl("../steps/" + spec.file + ".qml"), spec.props)
        stepFields = spec.fields
        title.text = spec.title
    }
    // The fields a step answers, checked when the resident taps Next.
    function fieldsOf(id: string): var {
        switch (id) {
        case "kind": return ["kind"]
        case "project": return ["projectCode"]
        case "land.area": return ["areaM2"]
        case "land.plot": return ["plotNo", "mapSheetNo"]
        case "land.address": return ["address"]
        case "labour.days": return ["days"]
        case "labour.period": return ["availableFrom", "availableTo"]
        case "labour.skills": return ["skills", "otherSkill"]
        case "materials.items": return ["items"]
        case "report.category": return ["category"]
        case "report.place": return ["place"]
        case "report.description": return ["description"]
        case "report.photo": return ["photo"]
        case "identity": return ["anonymous"]
        case "consent": return ["consent"]
        case "review": return []
        }
        return [id] // person.fullName, person.phone, person.residentialGroup
    }
    function stepSpec(id: string): var {
        const text = (field, label, hints, maxLength, extra) => Object.assign({ field: field, label: label, hints: hints ?? Qt.ImhNone, maxLength: maxLength ?? 300 }, extra ?? {})
        switch (id) {
        case "kind": return { file: "ChoiceStep", title: qsTr("What would you like to give?"), props: { field: "kind", options: [
            { value: "pledge.land", title: qsTr("Land"), subtitle: qsTr("Donate part of your land for a road or a public work"), icon: "location" },
            { value: "pledge.labour", title: qsTr("Labour days"), subtitle: qsTr("Come and work on the site for some days"), icon: "contractor" },
            { value: "pledge.materials", title: qsTr("Building materials"), subtitle: qsTr("Cement, sand, stone, bricks, steel …"), icon: "works" } ] } }
        case "project": return { file: "ProjectStep", title: report ? qsTr("Which work is it about?") : qsTr("Which work is it for?"),
            props: { noneTitle: report ? qsTr("Not about a particular work") : qsTr("Any work in my ward") } }
        case "land.area": return { file: "TextStep", title: qsTr("How much land, in square metres?"), props: {
            hint: qsTr("As written on your land-use certificate (sổ đỏ), for example 25 or 12,5."),
            inputs: [text("areaM2", qsTr("Area (m²)"), Qt.ImhFormattedNumbersOnly, 12, { number: true })] } }
        case "land.plot": return { file: "TextStep", title: qsTr("Which plot is it?"), props: {
            hint: qsTr("Both numbers are on your land-use certificate."),
            inputs: [text("plotNo", qsTr("Plot number (thửa đất số)"), Qt.ImhPreferNumbers, 20),
                     text("mapSheetNo", qsTr("Map sheet number (tờ bản đồ số)"), Qt.ImhPreferNumbers, 20)] } }
        case "land.address": return { file: "TextStep", title: qsTr("Where is the land?"), props: {
            inputs: [text("address", qsTr("Address"), Qt.ImhNone, 200)] } }
        case "labour.days": return { file: "StepperStep", title: qsTr("How many days can you work?"), props: {
            field: "days", step: 0.5, from: 0.5, to: 365, start: 1, unit: qsTr("days"), unitOne: qsTr("day") } }
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
    dirty: Object.keys(touchedFields).length > 0
    handlesBack: index > 0

    onBackPressed: {
        problems = {}
        index = index - 1
    }

    Component.onCompleted: {
        const start = {}
        if (report)
            start.kind = "report.waste"
        else if (startKind !== "")
            start.kind = "pledge." + startKind
        if (startProject !== "")
            start.projectCode = startProject
        draft = start
        loadStep()
    }
    onStepIdChanged: loadStep()

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
            text: flow.steps.indexOf("review") < 0 ? qsTr("Step %1").arg(flow.index + 1)
                                                  : qsTr("Step %1 of %2").arg(flow.index + 1).arg(flow.steps.length)
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
            iconName: flow.stepId === "review" ? "status-completed" : "chevron-right"
            text: flow.stepId === "review" ? qsTr("Send") : qsTr("Next")
            onClicked: flow.next()
        }
    }
}
