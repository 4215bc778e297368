// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CivicKiosk

// The waste report's photo step on a kiosk said to have a camera. This machine has none, so
// the camera never becomes ready: the step shows, cannot take a picture without it, and the
// report goes on without a photo; with a picture handed over as a capture would, it is
// shown, taken again, dropped, and sent with the report.
KioskTestCase {
    name: "PhotoStep"
    when: windowShown

    // A 64×48 JPEG standing in for what the camera's capture hands over (Records.encodePhoto
    // of the captured image, tested in tst_photo): everything after the capture is the same.
    readonly property string capturedJpeg: "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkKDA8MCgsOCwkJDRENDg8QEBEQCgwSExIQEw8QEBD/2wBDAQMDAwQDBAgEBAgQCwkLEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBD/wAARCAAwAEADAREAAhEBAxEB/8QAFgABAQEAAAAAAAAAAAAAAAAAAAQI/8QAGBAAAwEBAAAAAAAAAAAAAAAAABNhAVH/xAAXAQEBAQEAAAAAAAAAAAAAAAAABgUI/8QAFxEBAQEBAAAAAAAAAAAAAAAAABMUYf/aAAwDAQACEQMRAD8Ayi2kbJ1Zr6Noka+jaJGvo2iRr6Noka+jaJGvo2iRr6Noka+o26acUxrG6ImsboiaxuiJrG6ImsboiaxuiJrG6ImtG7empJM6+jt6JGvo7eiRr6O3oka+jt6JGvo7eiRr6O3oka+jt6JGvqR1NKSZ1DqJGodRI1DqJGodRI1DqJGodRI1DqJGpE2mrFMahtETUNoiahtETUNoiahtETUNoiahtETUjbTTimdfRtETX0bRE19G0RNfRtETX0bRE19G0RNfRtETX1//2Q=="

    function reachPhotoStep(): var {
        goAndWait("report", "reportPage")
        const flow = page().form
        verify(flow.steps.indexOf("report.photo") > 0, "a kiosk with a camera asks for a photo")
        flow.setAnswer("category", "delay")
        flow.setAnswer("place", "Cầu tạm thôn Đông")
        flow.setAnswer("description", "Cầu tạm làm từ năm ngoái đến nay vẫn chưa xong.")
        flow.edit("report.photo")
        tryVerify(() => flow.stepId === "report.photo")
        return flow
    }

    function test_seeRetakeDropAndSend() {
        openKiosk(1080, 1920, "en")
        const flow = reachPhotoStep()
        flow.setAnswer("photo", capturedJpeg)
        const preview = find("photoPreview")
        tryVerify(() => preview.visible && preview.status === Image.Ready, 3000, "the photo is shown")
        verify(!find("takePhoto").visible)
        shot("photo-taken-en")
        tap(find("dropPhoto"))
        compare(flow.answer("photo"), undefined, "dropped")
        verify(find("takePhoto").visible)
        flow.setAnswer("photo", capturedJpeg)
        tap(find("retakePhoto"))
        compare(flow.answer("photo"), undefined, "taken again: the old one is gone")
        flow.setAnswer("photo", capturedJpeg)
        tap(find("nextButton"))
        tryVerify(() => flow.stepId === "identity")
        tap(find("choice-true"))
        tryVerify(() => flow.stepId === "review")
        tap(find("nextButton"))
        tryVerify(() => window.pageShown && page().objectName === "receiptPage", 5000)
    }

    function test_reportWithoutPhoto() {
        openKiosk(1080, 1920, "vi")
        const flow = reachPhotoStep()
        shot("photo-step-vi")
        const take = find("takePhoto")
        verify(take.visible)
        verify(!take.enabled, "no picture without a ready camera")
        verify(!find("retakePhoto").visible)
        tap(find("nextButton"))
        tryVerify(() => flow.stepId === "identity")
        compare(flow.answer("photo"), undefined)
    }
}
