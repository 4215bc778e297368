// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Shapes
import CivicKiosk

// A measure's months, oldest first, as a line over a filled area (QtQuick.Shapes), with a dot
// and the figure on each month and the month's name below. Months without a figure are left
// out of the line; a provisional month gets a hollow dot and "tạm tính" under its name.
Item {
    id: chart

    // [{label, value, valueText, present, provisional}]
    property var series: []
    property real ceiling: 0

    readonly property real labelHeight: Theme.fontSmall * 2.6
    readonly property real plotTop: Theme.fontSmall * 1.6
    readonly property real plotHeight: height - labelHeight - plotTop
    readonly property real step: series.length > 0 ? width / series.length : width
    readonly property real scaleTop: ceiling > 0 ? ceiling : 1

    function xAt(i: int): real { return step * (i + 0.5) }
    function yAt(v: real): real { return plotTop + plotHeight * (1 - v / scaleTop) }
    function points(): var {
        const list = []
        for (let i = 0; i < series.length; ++i)
            if (series[i].present)
                list.push(Qt.point(xAt(i), yAt(series[i].value)))
        return list
    }

    implicitHeight: 360

    // The base line.
    Rectangle {
        x: 0
        y: chart.plotTop + chart.plotHeight
        width: chart.width
        height: 2
        color: Theme.border
    }

    Shape {
        anchors.fill: parent
        // Smooth edges with the software and GL back ends alike.
        layer.enabled: true
        layer.samples: 4
        ShapePath {
            strokeWidth: -1
            fillColor: Theme.completedBg
            startX: chart.points().length ? chart.points()[0].x : 0
            startY: chart.plotTop + chart.plotHeight
            PathPolyline {
                path: {
                    const p = chart.points()
                    if (p.length === 0)
                        return []
                    const base = chart.plotTop + chart.plotHeight
                    return [Qt.point(p[0].x, base)].concat(p).concat([Qt.point(p[p.length - 1].x, base)])
                }
            }
        }
        ShapePath {
            strokeWidth: 6
            strokeColor: Theme.progressFill
            fillColor: "transparent"
            joinStyle: ShapePath.RoundJoin
            capStyle: ShapePath.RoundCap
            PathPolyline { path: chart.points() }
        }
    }

    Repeater {
        model: chart.series
        Item {
            id: month
            required property var modelData
            required property int index
            x: chart.step * index
            width: chart.step
            height: chart.height
            Rectangle {
                visible: month.modelData.present
                x: (month.width - width) / 2
                y: chart.yAt(month.modelData.value) - height / 2
                width: 18
                height: 18
                radius: 9
                color: month.modelData.provisional ? Theme.surface : Theme.progressFill
                border.width: 4
                border.color: Theme.progressFill
            }
            // The figure over the dot, on the last month and every other one from the end.
            KioskText {
                visible: month.modelData.present && (chart.series.length - 1 - month.index) % 2 === 0
                width: chart.step * 2
                // Centred on its month, kept inside the chart at both ends.
                x: Math.max(-month.x, Math.min(chart.width - month.x - width, (month.width - width) / 2))
                y: chart.yAt(month.modelData.value) - height - 8
                horizontalAlignment: Text.AlignHCenter
                text: month.modelData.valueText
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.NoWrap
            }
            KioskText {
                visible: (chart.series.length - 1 - month.index) % 2 === 0
                width: chart.step * 2
                // Centred on its month, kept inside the chart at both ends.
                x: Math.max(-month.x, Math.min(chart.width - month.x - width, (month.width - width) / 2))
                y: chart.plotTop + chart.plotHeight + 8
                horizontalAlignment: Text.AlignHCenter
                text: month.modelData.label + (month.modelData.provisional ? "\n" + qsTr("provisional") : "")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.NoWrap
                lineHeight: 1.0
            }
        }
    }
}
