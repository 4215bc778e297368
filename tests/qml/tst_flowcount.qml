// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// A first-time resident, from home to the receipt, the shortest way the kiosk allows, for each
// pledge kind and a named waste report with a typical name, phone and address: the taps and
// Telex keys each flow takes are printed ("flow …: N taps, M keys") and must not grow past
// the counts written here (measured 2026-12-08); a change that cuts a step lowers them.
FlowTestCase {
    name: "FlowCount"
    when: windowShown

    readonly property var most: ({ land: 12, labour: 13, materials: 13, report: 12 })

    function start(tile: string, pageName: string) {
        openKiosk(1080, 1920, "vi")
        keys = 0
        tap(find(tile))
        tryVerify(() => window.pageShown && page().objectName === pageName)
    }
    function finish(flow: string) {
        sendAndCheckReceipt("vi")
        console.info("flow " + flow + ": " + taps + " taps, " + keys + " keys")
        verify(taps <= most[flow], flow + ": " + taps + " taps, at most " + most[flow])
    }

    function test_land() {
        start("pledgeTile", "pledgePage")
        choose("pledge.land")
        choose(Works.wardWorks("vi")[0].code)
        stepIs("land.area"); answer("areaM2", "45"); next()
        stepIs("land.plot"); answer("plotNo", "212"); answer("mapSheetNo", "9"); next()
        stepIs("land.address"); answer("address", "Số 18 ngõ 42 phố Lạch Tray"); next()
        person("Nguyễn Thị Hương", "0912 345 678", "Tổ dân phố số 4", false)
        finish("land")
    }
    function test_labour() {
        start("pledgeTile", "pledgePage")
        choose("pledge.labour")
        stepIs("project"); choose(Works.wardWorks("vi")[0].code)
        stepIs("labour.days"); next()
        stepIs("labour.period"); next()
        stepIs("labour.skills"); tap(find("skill-masonry")); next()
        person("Trần Văn Đức", "0987 654 321", "Tổ dân phố số 7", false)
        finish("labour")
    }
    function test_materials() {
        start("pledgeTile", "pledgePage")
        choose("pledge.materials")
        stepIs("project"); choose(Works.wardWorks("vi")[0].code)
        stepIs("materials.items")
        tap(find("item-cement")); answer("quantity", "20"); tap(find("unit-bao")); tap(find("addItem"))
        next()
        person("Phạm Thị Lan", "0356 789 012", "Tổ dân phố số 2", false)
        finish("materials")
    }
    function test_report() {
        start("reportTile", "reportPage")
        stepIs("report.category"); choose("materials_wasted")
        stepIs("project"); choose("none")
        stepIs("report.place"); answer("place", "Bãi đất trống cạnh chợ Sắt"); next()
        stepIs("report.description")
        typeInto(find("field-description"), "Cát và gạch đổ từ ba tháng trước, mưa trôi ra đường.")
        next()
        stepIs("identity"); choose("false")
        person("Lê Văn Nam", "0701 234 567", "Tổ dân phố số 9", false)
        finish("report")
    }
}
