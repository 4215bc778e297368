// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// The waste report's photo step on a kiosk said to have a camera (this machine has none, so
// the camera never becomes ready): the step shows, cannot take a picture without a ready
// camera, and the report goes on without a photo.
KioskTestCase {
    name: "PhotoStep"
    when: windowShown

    function test_reportWithoutPhoto() {
        openKiosk(1080, 1920, "vi")
        goAndWait("report", "reportPage")
        const flow = page()
        verify(flow.steps.indexOf("report.photo") > 0, "a kiosk with a camera asks for a photo")
        flow.setField("category", "delay")
        flow.setField("place", "Cầu tạm thôn Đông")
        flow.setField("description", "Cầu tạm làm từ năm ngoái đến nay vẫn chưa xong.")
        flow.goTo("report.photo")
        tryVerify(() => flow.stepId === "report.photo")
        shot("photo-step-vi")
        const take = find("takePhoto")
        verify(take.visible)
        verify(!take.enabled, "no picture without a ready camera")
        verify(!find("retakePhoto").visible)
        tap(find("nextButton"))
        tryVerify(() => flow.stepId === "identity")
        compare(flow.value("photo"), undefined)
    }
}
