// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Shapes
import CivicKiosk

// Two lines over a work's time, drawn from its dated history (WorksModel::details "chart"):
// the one to compare against dashed and thin, the real one solid and thick, each named in the
// legend with a sample of its stroke, so nothing rests on colour alone. x runs from the start
// date to the last date the chart covers; y from 0 to `topLabel`.
ColumnLayout {
    id: chart

    property var reference: []      // [[x, y], …] on 0–1
    property var actual: []
    property string referenceLabel
    property string actualLabel
    property string topLabel
    property string bottomLabel: "0"
    property string startLabel
    property string endLabel
    property real markX: -1          // "today", or -1
    property string markLabel
    property bool referenceSteps: false
    property int plotHeight: Theme.chartHeight

    spacing: Theme.gapSmall

    function pathOf(points: var, w: real, h: real): var {
        const out = []
        for (let i = 0; i < points.length; ++i)
            out.push(Qt.point(points[i][0] * w, (1 - points[i][1]) * h))
        return out
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.gap
        // The y axis: its top and bottom values, beside the plot.
        Item {
            Layout.preferredWidth: axisTop.implicitWidth
            Layout.preferredHeight: chart.plotHeight
            KioskText {
                id: axisTop
                anchors.top: parent.top
                anchors.right: parent.right
                text: chart.topLabel
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                wrapMode: Text.NoWrap
            }
            KioskText {
                anchors.bottom: parent.bottom
                anchors.right: parent.right
                text: chart.bottomLabel
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                wrapMode: Text.NoWrap
            }
        }
        Rectangle {
            id: plot
            objectName: "chartPlot"
            Layout.fillWidth: true
            Layout.preferredHeight: chart.plotHeight
            color: Theme.surface
            border.width: Theme.borderHairline
            border.color: Theme.divider

            // Quarter lines, faint.
            Repeater {
                model: 3
                Rectangle {
                    required property int index
                    x: 0
                    y: plot.height * (index + 1) / 4
                    width: plot.width
                    height: Theme.borderHairline
                    color: Theme.divider
                }
            }
            Rectangle {
                visible: chart.markX >= 0
                x: chart.markX * plot.width - width / 2
                width: Theme.borderControl
                height: plot.height
                color: Theme.border
            }
            KioskText {
                visible: chart.markX >= 0 && chart.markLabel !== ""
                x: Math.min(Math.max(chart.markX * plot.width - width / 2, 0), plot.width - width)
                y: Theme.gapSmall
                text: chart.markLabel
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                wrapMode: Text.NoWrap
            }
            Shape {
                anchors.fill: parent
                // Thick lines meet their ends at the plot's edge rather than outside it.
                anchors.margins: Theme.borderControl
                // Qt 6.4 has no curve renderer: multisampling keeps the lines smooth on GL.
                layer.enabled: true
                layer.samples: 4
                ShapePath {
                    objectName: "referenceLine"
                    strokeColor: Theme.textMuted
                    strokeWidth: Theme.chartLineReference
                    strokeStyle: ShapePath.DashLine
                    dashPattern: [3, 2]
                    fillColor: "transparent"
                    PathPolyline { path: chart.pathOf(chart.reference, plot.width - 2 * Theme.borderControl, plot.height - 2 * Theme.borderControl) }
                }
                ShapePath {
                    objectName: "actualLine"
                    strokeColor: Theme.accent
                    strokeWidth: Theme.chartLine
                    capStyle: ShapePath.RoundCap
                    joinStyle: ShapePath.RoundJoin
                    fillColor: "transparent"
                    PathPolyline { path: chart.pathOf(chart.actual, plot.width - 2 * Theme.borderControl, plot.height - 2 * Theme.borderControl) }
                }
            }
        }
    }
    // The x axis: first and last date.
    RowLayout {
        Layout.fillWidth: true
        Layout.leftMargin: axisTop.implicitWidth + Theme.gap
        KioskText {
            text: chart.startLabel
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            wrapMode: Text.NoWrap
        }
        Item { Layout.fillWidth: true }
        KioskText {
            text: chart.endLabel
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            wrapMode: Text.NoWrap
        }
    }
    // The legend: a sample of each stroke and its name.
    Flow {
        Layout.fillWidth: true
        spacing: Theme.gapLarge
        Repeater {
            model: [
                { label: chart.actualLabel, dashed: false },
                { label: chart.referenceLabel, dashed: true }
            ]
            Row {
                id: entry
                required property var modelData
                spacing: Theme.gapIcon
                Shape {
                    width: Theme.chartLegendSample
                    height: legendText.implicitHeight
                    ShapePath {
                        strokeColor: entry.modelData.dashed ? Theme.textMuted : Theme.accent
                        strokeWidth: entry.modelData.dashed ? Theme.chartLineReference : Theme.chartLine
                        strokeStyle: entry.modelData.dashed ? ShapePath.DashLine : ShapePath.SolidLine
                        dashPattern: [3, 2]
                        capStyle: ShapePath.FlatCap
                        startX: 0
                        startY: legendText.implicitHeight / 2
                        PathLine { x: Theme.chartLegendSample; y: legendText.implicitHeight / 2 }
                    }
                }
                KioskText {
                    id: legendText
                    text: entry.modelData.label
                    wrapMode: Text.NoWrap
                }
            }
        }
    }
}
