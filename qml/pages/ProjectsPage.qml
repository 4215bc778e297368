// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CivicKiosk

// The ward's works as cards. Search and filters sit at the bottom, in reach and right above
// the on-screen keyboard, so the keyboard never hides what is being typed.
KioskPage {
    id: page

    function optionsFor(keys: var, nameOf: var, iconPrefix: string, allLabel: string): var {
        const options = [{ key: "", label: allLabel, icon: "" }]
        for (const key of keys)
            options.push({ key: key, label: nameOf(key), icon: iconPrefix === "" ? "" : iconPrefix + key })
        return options
    }
    function wardOptions(): var {
        const options = [{ key: "", label: qsTr("All wards"), icon: "" }]
        for (const ward of Works.wards)
            options.push({ key: ward.code, label: ward.name, icon: "location" })
        return options
    }

    objectName: "projectsPage"

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        anchors.bottomMargin: Theme.gap
        spacing: Theme.gap

        RowLayout {
            Layout.fillWidth: true
            KioskText {
                objectName: "pageTitle"
                Layout.fillWidth: true
                text: qsTr("Works")
                font.pixelSize: Theme.fontTitle
                font.weight: Font.Bold
                wrapMode: Text.NoWrap
            }
            KioskText {
                objectName: "resultCount"
                text: qsTr("%n work(s)", "", Works.count)
                color: Theme.textMuted
                wrapMode: Text.NoWrap
            }
        }

        ListView {
            id: list
            objectName: "worksList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.gap
            model: Works
            boundsBehavior: Flickable.StopAtBounds
            reuseItems: true
            delegate: ProjectDelegate {
                width: list.width - Theme.scrollBarWidth - Theme.scrollBarGap // room for the scroll bar
            }
            ScrollBar.vertical: ScrollBar {
                width: Theme.scrollBarWidth
                policy: list.contentHeight > list.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
            }

            EmptyState {
                objectName: "emptyState"
                anchors.centerIn: parent
                width: parent.width * 0.8
                visible: Works.count === 0
                text: qsTr("No work matches your search.")
                actionText: Works.filtered ? qsTr("Show all works") : ""
                onActionClicked: {
                    search.clear()
                    Works.clearFilters()
                }
            }
        }

        GridLayout {
            Layout.fillWidth: true
            columns: page.landscape ? 4 : 3
            columnSpacing: Theme.gap
            rowSpacing: Theme.gap
            SearchField {
                id: search
                objectName: "searchField"
                Layout.fillWidth: true
                Layout.columnSpan: page.landscape ? 1 : 3
                Layout.preferredWidth: 3
                placeholderText: qsTr("Search works, e.g. “duong” or “cầu”")
                text: Works.query
                onTextEdited: Works.query = text
                onCleared: Works.query = ""
                Connections {
                    target: IdleReset
                    function onDone() {
                        search.clear()
                        search.focus = false
                    }
                }
            }
            FilterButton {
                objectName: "categoryFilter"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                label: qsTr("Kind")
                value: Labels.categoryName(Works.category)
                active: Works.category !== ""
                onClicked: {
                    sheet.kind = "category"
                    sheet.title = qsTr("Which kind of works?")
                    sheet.options = page.optionsFor(Works.categories, Labels.categoryName, "cat-", qsTr("All kinds"))
                    sheet.selectedKey = Works.category
                    sheet.open()
                }
            }
            FilterButton {
                objectName: "statusFilter"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                label: qsTr("Stage")
                value: Labels.statusName(Works.status)
                active: Works.status !== ""
                onClicked: {
                    sheet.kind = "status"
                    sheet.title = qsTr("Which stage?")
                    sheet.options = page.optionsFor(Works.statuses, Labels.statusName, "status-", qsTr("All stages"))
                    sheet.selectedKey = Works.status
                    sheet.open()
                }
            }
            FilterButton {
                objectName: "wardFilter"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                label: qsTr("Ward")
                value: Works.ward === "" ? qsTr("All wards") : Works.wardName(Works.ward)
                active: Works.ward !== Kiosk.wardCode
                onClicked: {
                    sheet.kind = "ward"
                    sheet.title = qsTr("Which ward?")
                    sheet.options = page.wardOptions()
                    sheet.selectedKey = Works.ward
                    sheet.open()
                }
            }
        }
    }

    FilterSheet {
        id: sheet
        property string kind
        objectName: "filterSheet"
        onChosen: key => {
            if (kind === "category")
                Works.category = key
            else if (kind === "status")
                Works.status = key
            else
                Works.ward = key
        }
    }
}
