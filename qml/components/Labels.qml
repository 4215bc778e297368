// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick

// The words for the content's fixed keys (categories, statuses), in the current language.
QtObject {
    function categoryName(key: string): string {
        switch (key) {
        case "road": return qsTr("Roads")
        case "rural_road": return qsTr("Rural roads")
        case "bridge": return qsTr("Bridges")
        case "drainage": return qsTr("Drainage")
        case "school": return qsTr("Schools")
        case "health": return qsTr("Health")
        case "park": return qsTr("Parks")
        case "lighting": return qsTr("Street lighting")
        case "digital": return qsTr("Digital")
        case "welfare": return qsTr("Welfare works")
        }
        return qsTr("All kinds")
    }
    function statusName(key: string): string {
        switch (key) {
        case "preparing": return qsTr("Preparing")
        case "in_progress": return qsTr("Under construction")
        case "paused": return qsTr("Paused")
        case "completed": return qsTr("Completed")
        }
        return qsTr("All stages")
    }
}
