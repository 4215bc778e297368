// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import CivicKiosk

// The kiosk window: header, the page stack the Navigator drives, the bottom bar, and the
// on-screen keyboard. Pages live in pages/, and only the Navigator decides which is shown.
ApplicationWindow {
    id: window

    required property bool fullScreen

    readonly property bool pageShown: !stack.busy && ((stack.currentItem as KioskPage)?.ready ?? false)

    function pageFor(page: string): Component {
        switch (page) {
        case "projects": return projectsPage
        case "project": return projectPage
        case "pledge": return pledgePage
        case "report": return reportPage
        case "receipt": return receiptPage
        case "board": return boardPage
        case "waste": return wastePage
        case "lookup": return lookupPage
        // Staff: the pad has a route ("admin"); the screens behind it are opened by Staff only.
        case "admin": return staffPinPage
        case "staff-home": return staffHomePage
        case "staff-sync": return staffSyncPage
        case "staff-enrol": return staffEnrolPage
        case "staff-content": return staffContentPage
        case "staff-records": return staffRecordsPage
        case "staff-settings": return staffSettingsPage
        case "staff-pin": return staffChangePinPage
        }
        return homePage
    }
    // The properties a page takes from its route; list filters live in Works instead.
    function pagePropertiesFor(page: string, params: var): var {
        switch (page) {
        case "project":
        case "receipt": return { code: params.code }
        case "lookup": return { typed: params.code ?? "" }
        case "pledge":
        case "report": return { startKind: params.kind ?? "", startProject: params.project ?? "" }
        }
        return {}
    }
    function currentPage(): KioskPage {
        return stack.currentItem as KioskPage
    }
    function requestBack() {
        const page = currentPage()
        if (page && page.handlesBack)
            page.backPressed()
        else if (page && page.dirty)
            discard.ask("back")
        else
            Navigator.back()
    }
    function requestHome() {
        const page = currentPage()
        if (page && page.dirty)
            discard.ask("home")
        else
            Navigator.home()
    }

    visible: true
    visibility: fullScreen ? Window.FullScreen : Window.Windowed
    // The kiosk owns the screen: no frame to grab, nothing stacked above it.
    flags: fullScreen ? (Qt.Window | Qt.FramelessWindowHint | Qt.WindowStaysOnTopHint) : Qt.Window
    title: qsTr("Build Together, Hải Phòng")
    color: Theme.background
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody

    function reportIfShown() {
        if (pageShown)
            Navigator.reportShown()
    }

    onPageShownChanged: reportIfShown()

    Connections {
        target: Navigator
        function onNavigated(page: string, params: var, operation: int) {
            const animate = Kiosk.animations ? StackView.Transition : StackView.Immediate
            if (operation === Navigator.Push)
                stack.push(window.pageFor(page), window.pagePropertiesFor(page, params), animate)
            else if (operation === Navigator.Pop)
                stack.pop(animate)
            else if (operation === Navigator.Replace)
                stack.replace(window.pageFor(page), window.pagePropertiesFor(page, params), animate)
            else
                stack.pop(null, animate)
        }
    }

    Component { id: homePage; HomePage {} }
    Component { id: projectsPage; ProjectsPage {} }
    Component { id: projectPage; ProjectPage {} }
    Component { id: pledgePage; FlowPage {} }
    Component { id: reportPage; FlowPage { report: true } }
    Component { id: receiptPage; ReceiptPage {} }
    Component { id: boardPage; BoardPage {} }
    Component { id: wastePage; WastePage {} }
    Component { id: lookupPage; LookupPage {} }
    Component { id: staffPinPage; StaffPinPage {} }
    Component { id: staffChangePinPage; StaffPinPage { mode: "change" } }
    Component { id: staffHomePage; StaffHomePage {} }
    Component { id: staffSyncPage; StaffSyncPage {} }
    Component { id: staffEnrolPage; StaffEnrolPage {} }
    Component { id: staffContentPage; StaffContentPage {} }
    Component { id: staffRecordsPage; StaffRecordsPage {} }
    Component { id: staffSettingsPage; StaffSettingsPage {} }

    HeaderBar {
        id: header
        objectName: "header"
        anchors.top: parent.top
        width: parent.width
    }

    StackView {
        id: stack
        objectName: "stack"
        anchors.top: header.bottom
        anchors.bottom: keyboard.active ? keyboard.top : bottomBar.top
        width: parent.width
        initialItem: homePage
        // An immediate push replaces one shown page by another without pageShown changing.
        onCurrentItemChanged: window.reportIfShown()
        pushEnter: Transition { PropertyAnimation { property: "opacity"; from: 0; to: 1; duration: 150 } }
        pushExit: Transition { PropertyAnimation { property: "opacity"; from: 1; to: 0; duration: 150 } }
        popEnter: Transition { PropertyAnimation { property: "opacity"; from: 0; to: 1; duration: 150 } }
        popExit: Transition { PropertyAnimation { property: "opacity"; from: 1; to: 0; duration: 150 } }
    }

    BottomBar {
        id: bottomBar
        objectName: "bottomBar"
        anchors.bottom: parent.bottom
        width: parent.width
        visible: !keyboard.active
        onStaffHelpRequested: staffHelp.open()
        onBackRequested: window.requestBack()
        onHomeRequested: window.requestHome()
    }

    Connections {
        target: IdleReset
        // The idle reset's part in this window: nothing of the last resident stays open (a
        // question, a help sheet). While the countdown shows, nothing covers its "I am still here".
        function onDone() {
            discard.close()
            staffHelp.close()
        }
        function onWarningChanged() {
            if (IdleReset.warning) {
                discard.close()
                staffHelp.close()
            }
        }
    }

    DiscardDialog {
        id: discard
        onDiscarded: what => what === "home" ? Navigator.home() : Navigator.back()
    }

    StaffHelpSheet {
        id: staffHelp
    }

    InputPanel {
        id: keyboard
        objectName: "keyboard"
        y: active ? parent.height - height : parent.height
        // The keys grow with the width: on a landscape screen a narrower, centred keyboard
        // keeps comfortable keys and leaves room to see the results while typing.
        width: parent.width > parent.height ? Math.min(parent.width * 0.62, 1240) : parent.width
        x: (parent.width - width) / 2
    }

    IdleWarning {
        anchors.fill: parent
        z: 100
    }

    // The attract loop while nobody uses the kiosk; the screen-off black still covers it.
    AttractLoopView {
        anchors.fill: parent
        z: 150
    }

    // Screen-off hours (staff settings): black over everything; the first touch only wakes it.
    Rectangle {
        objectName: "screenRest"
        anchors.fill: parent
        z: 200
        visible: ScreenRest.resting
        color: Theme.restBackground
        KioskText {
            anchors.centerIn: parent
            text: qsTr("Touch the screen to wake the kiosk")
            color: Theme.restText
        }
        MouseArea {
            anchors.fill: parent
            onPressed: ScreenRest.wake()
        }
    }

    Binding {
        target: VirtualKeyboardSettings
        property: "locale"
        value: Kiosk.language === "en" ? "en_US" : "vi_VN"
    }
    Binding {
        target: VirtualKeyboardSettings
        property: "activeLocales"
        value: Kiosk.language === "en" ? ["en_US"] : ["vi_VN"]
    }
}
