<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>BoardHowSheet</name>
    <message>
        <source>How the board is computed</source>
        <translation>Cách tính bảng thi đua</translation>
    </message>
    <message>
        <source>Each figure is divided per 1,000 residents, so small and large wards compare fairly.</source>
        <translation>Mỗi số liệu được chia theo 1.000 dân, để phường nhỏ và phường lớn được so sánh công bằng.</translation>
    </message>
    <message>
        <source>Wards are compared only with wards of the same kind: urban wards, communes, special zones.</source>
        <translation>Chỉ so sánh trong cùng loại: phường với phường, xã với xã, đặc khu với đặc khu.</translation>
    </message>
    <message>
        <source>A ward is placed only with at least %1 records that month.</source>
        <translation>Chỉ xếp hạng khi trong tháng có từ %1 hồ sơ trở lên.</translation>
    </message>
    <message>
        <source>Tiers by quarter of the placed wards: Excellent, Good, Fair, Needs effort. Tied wards share a tier.</source>
        <translation>Xếp loại theo phần tư số đơn vị được xếp hạng: Xuất sắc, Tốt, Khá, Cần cố gắng. Bằng nhau thì cùng loại.</translation>
    </message>
    <message>
        <source>Most improved: the largest rise against the month before.</source>
        <translation>Tiến bộ nhất: tăng nhiều nhất so với tháng trước.</translation>
    </message>
    <message>
        <source>Only handovers verified by a city officer count. A month is provisional until the 5th of the next month, then it is final and never changes.</source>
        <translation>Chỉ tính các lần bàn giao đã được cán bộ thành phố xác minh. Số liệu của tháng là tạm tính đến ngày 5 tháng sau, sau đó được chốt và không thay đổi nữa.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>BoardMeasureCard</name>
    <message>
        <source>Leading</source>
        <translation>Dẫn đầu</translation>
    </message>
    <message>
        <source>Most improved</source>
        <translation>Tiến bộ nhất</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <source>Movement board</source>
        <translation>Bảng thi đua</translation>
    </message>
    <message>
        <source>The board has not reached this kiosk yet.</source>
        <translation>Ki-ốt chưa nhận được bảng thi đua.</translation>
    </message>
    <message>
        <source>It comes from the city with the next connection. Meanwhile you can see it on your phone with the QR code.</source>
        <translation>Bảng sẽ được thành phố gửi về trong lần kết nối tới. Trong lúc chờ, bạn có thể xem trên điện thoại bằng mã QR.</translation>
    </message>
    <message>
        <source>Month by month: %1</source>
        <translation>Theo từng tháng: %1</translation>
    </message>
    <message>
        <source>tap a figure above to see its months</source>
        <translation>chạm vào một số liệu ở trên để xem theo tháng</translation>
    </message>
    <message>
        <source>Leading among %1</source>
        <translation>Dẫn đầu khối %1</translation>
    </message>
    <message>
        <source>Most improved among %1</source>
        <translation>Tiến bộ nhất khối %1</translation>
    </message>
    <message>
        <source>None this month yet.</source>
        <translation>Tháng này chưa có.</translation>
    </message>
    <message>
        <source>this ward</source>
        <translation>đơn vị mình</translation>
    </message>
    <message>
        <source>How it is computed</source>
        <translation>Cách tính</translation>
    </message>
    <message>
        <source>On your phone</source>
        <translation>Xem trên điện thoại</translation>
    </message>
</context>
<context>
    <name>AttractLoopView</name>
    <message>
        <source>Touch the screen to begin</source>
        <translation>Chạm vào màn hình để bắt đầu</translation>
    </message>
</context>
<context>
    <name>BottomBar</name>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <source>Ask staff</source>
        <translation>Gọi cán bộ</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
</context>
<context>
    <name>ConsentStep</name>
    <message>
        <source>I agree to the processing of my personal data as described above</source>
        <translation>Tôi đồng ý cho xử lý dữ liệu cá nhân của tôi như nêu trên</translation>
    </message>
</context>
<context>
    <name>DescriptionStep</name>
    <message>
        <source>What did you see, and since when? At least 20 characters.</source>
        <translation>Bạn đã thấy gì, từ bao giờ? Ít nhất 20 ký tự.</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 ký tự</translation>
    </message>
</context>
<context>
    <name>DiscardDialog</name>
    <message>
        <source>Leave without sending?</source>
        <translation>Thoát mà không gửi?</translation>
    </message>
    <message>
        <source>What you entered will be deleted.</source>
        <translation>Những gì bạn đã nhập sẽ bị xóa.</translation>
    </message>
    <message>
        <source>Delete and leave</source>
        <translation>Xóa và thoát</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Ở lại</translation>
    </message>
</context>
<context>
    <name>FilterSheet</name>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>FlowPage</name>
    <message>
        <source>What would you like to give?</source>
        <translation>Bạn muốn đóng góp gì?</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>Hiến đất</translation>
    </message>
    <message>
        <source>Donate part of your land for a road or a public work</source>
        <translation>Hiến một phần đất để làm đường hoặc công trình công cộng</translation>
    </message>
    <message>
        <source>Labour days</source>
        <translation>Ngày công lao động</translation>
    </message>
    <message>
        <source>Come and work on the site for some days</source>
        <translation>Góp sức làm việc tại công trình trong một số ngày</translation>
    </message>
    <message>
        <source>Building materials</source>
        <translation>Vật liệu xây dựng</translation>
    </message>
    <message>
        <source>Cement, sand, stone, bricks, steel …</source>
        <translation>Xi măng, cát, đá, gạch, thép …</translation>
    </message>
    <message>
        <source>Which work is it about?</source>
        <translation>Phản ánh về công trình nào?</translation>
    </message>
    <message>
        <source>Which work is it for?</source>
        <translation>Đóng góp cho công trình nào?</translation>
    </message>
    <message>
        <source>Not about a particular work</source>
        <translation>Không thuộc công trình cụ thể</translation>
    </message>
    <message>
        <source>Any work in my ward</source>
        <translation>Bất kỳ công trình nào của phường</translation>
    </message>
    <message>
        <source>How much land, in square metres?</source>
        <translation>Diện tích đất hiến là bao nhiêu mét vuông?</translation>
    </message>
    <message>
        <source>As written on your land-use certificate (sổ đỏ), for example 25 or 12,5.</source>
        <translation>Theo giấy chứng nhận quyền sử dụng đất (sổ đỏ), ví dụ 25 hoặc 12,5.</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>Diện tích (m²)</translation>
    </message>
    <message>
        <source>Which plot is it?</source>
        <translation>Thửa đất nào?</translation>
    </message>
    <message>
        <source>Both numbers are on your land-use certificate.</source>
        <translation>Cả hai số đều ghi trên giấy chứng nhận quyền sử dụng đất.</translation>
    </message>
    <message>
        <source>Plot number (thửa đất số)</source>
        <translation>Thửa đất số</translation>
    </message>
    <message>
        <source>Map sheet number (tờ bản đồ số)</source>
        <translation>Tờ bản đồ số</translation>
    </message>
    <message>
        <source>Where is the land?</source>
        <translation>Đất ở đâu?</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>How many days can you work?</source>
        <translation>Bạn có thể góp bao nhiêu ngày công?</translation>
    </message>
    <message>
        <source>days</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>When can you come?</source>
        <translation>Bạn có thể đến vào thời gian nào?</translation>
    </message>
    <message>
        <source>What work can you do?</source>
        <translation>Bạn có thể làm những việc gì?</translation>
    </message>
    <message>
        <source>Which materials will you give?</source>
        <translation>Bạn đóng góp vật liệu gì?</translation>
    </message>
    <message>
        <source>What kind of waste did you see?</source>
        <translation>Bạn thấy lãng phí loại nào?</translation>
    </message>
    <message>
        <source>Where is it?</source>
        <translation>Ở đâu?</translation>
    </message>
    <message>
        <source>A street, a building, a landmark — whatever helps the ward find it.</source>
        <translation>Tên đường, tòa nhà, nơi dễ nhận biết — để phường tìm được chỗ đó.</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>What did you see?</source>
        <translation>Bạn đã thấy gì?</translation>
    </message>
    <message>
        <source>Do you want to give your name?</source>
        <translation>Bạn có muốn để lại tên không?</translation>
    </message>
    <message>
        <source>Yes, with my name and phone</source>
        <translation>Có, ghi tên và số điện thoại của tôi</translation>
    </message>
    <message>
        <source>The ward can call you back and thank you</source>
        <translation>Phường có thể liên hệ lại và cảm ơn bạn</translation>
    </message>
    <message>
        <source>No, send it without my name</source>
        <translation>Không, gửi ẩn danh</translation>
    </message>
    <message>
        <source>Nothing about you is kept</source>
        <translation>Không lưu bất kỳ thông tin nào về bạn</translation>
    </message>
    <message>
        <source>What is your full name?</source>
        <translation>Họ và tên của bạn là gì?</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>What is your mobile phone number?</source>
        <translation>Số điện thoại di động của bạn là gì?</translation>
    </message>
    <message>
        <source>Ten digits, for example 0912 345 678.</source>
        <translation>Gồm 10 chữ số, ví dụ 0912 345 678.</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Số điện thoại di động</translation>
    </message>
    <message>
        <source>Which residential group or village do you live in?</source>
        <translation>Bạn ở tổ dân phố hay thôn nào?</translation>
    </message>
    <message>
        <source>Residential group or village</source>
        <translation>Tổ dân phố / thôn</translation>
    </message>
    <message>
        <source>May the ward keep your name and phone?</source>
        <translation>Bạn có đồng ý để phường lưu tên và số điện thoại?</translation>
    </message>
    <message>
        <source>Please check, then send</source>
        <translation>Xin kiểm tra lại rồi gửi</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Bước %1</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Bước %1/%2</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Would you like to add a photo?</source>
        <translation>Bạn có muốn thêm ảnh không?</translation>
    </message>
    <message>
        <source>day</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>Entered by staff from a paper form</source>
        <translation>Cán bộ nhập hộ từ phiếu giấy</translation>
    </message>
</context>
<context>
    <name>GrowthChart</name>
    <message>
        <source>provisional</source>
        <translation>tạm tính</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <source>Build Together, Hải Phòng</source>
        <translation>Cùng Xây Hải Phòng</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>Dữ liệu mẫu</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Together we build modern infrastructure and fight waste</source>
        <translation>Chung sức xây dựng hạ tầng hiện đại, chống lãng phí</translation>
    </message>
    <message>
        <source>The movement of %1, 2023–2030 (Plan 51/KH-UBND). See what your ward is building, how far along it is and what it costs.</source>
        <translation>Phong trào thi đua của %1 giai đoạn 2023–2030 (Kế hoạch số 51/KH-UBND). Xem phường mình đang xây gì, đến đâu và tốn bao nhiêu.</translation>
    </message>
    <message>
        <source>City portal</source>
        <translation>Cổng thông tin thành phố</translation>
    </message>
    <message>
        <source>Scan with your phone</source>
        <translation>Quét bằng điện thoại</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Xin mời chọn việc cần làm</translation>
    </message>
    <message>
        <source>Works in the ward</source>
        <translation>Công trình của phường</translation>
    </message>
    <message numerus="yes">
        <source>%n work(s): progress, schedule, budget, builders</source>
        <translation>
            <numerusform>%n công trình: tiến độ, thời hạn, kinh phí, đơn vị thi công</numerusform>
        </translation>
    </message>
    <message>
        <source>Pledge a contribution</source>
        <translation>Đăng ký đóng góp</translation>
    </message>
    <message>
        <source>Land, labour days or building materials</source>
        <translation>Hiến đất, ngày công hoặc vật liệu xây dựng</translation>
    </message>
    <message>
        <source>Report waste</source>
        <translation>Phản ánh lãng phí</translation>
    </message>
    <message>
        <source>Of public money, land, materials or works</source>
        <translation>Lãng phí tiền, đất, vật tư hoặc công trình công</translation>
    </message>
    <message>
        <source>Movement board</source>
        <translation>Bảng thi đua</translation>
    </message>
    <message>
        <source>Fighting waste</source>
        <translation>Chống lãng phí</translation>
    </message>
    <message>
        <source>Look up a receipt</source>
        <translation>Tra cứu biên nhận</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>Bạn vẫn đang ở đây chứ?</translation>
    </message>
    <message numerus="yes">
        <source>In %n second(s) the kiosk goes back to the start and clears what you entered.</source>
        <translation>
            <numerusform>Sau %n giây, ki-ốt sẽ trở về trang đầu và xóa những gì bạn đã nhập.</numerusform>
        </translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>Tôi vẫn ở đây</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Roads</source>
        <translation>Đường giao thông</translation>
    </message>
    <message>
        <source>Rural roads</source>
        <translation>Giao thông nông thôn</translation>
    </message>
    <message>
        <source>Bridges</source>
        <translation>Cầu</translation>
    </message>
    <message>
        <source>Drainage</source>
        <translation>Thoát nước</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Trường học</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Y tế</translation>
    </message>
    <message>
        <source>Parks</source>
        <translation>Công viên</translation>
    </message>
    <message>
        <source>Street lighting</source>
        <translation>Chiếu sáng</translation>
    </message>
    <message>
        <source>Digital</source>
        <translation>Hạ tầng số</translation>
    </message>
    <message>
        <source>Welfare works</source>
        <translation>Công trình phúc lợi</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Chuẩn bị</translation>
    </message>
    <message>
        <source>Under construction</source>
        <translation>Đang thi công</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Mọi giai đoạn</translation>
    </message>
</context>
<context>
    <name>LoopBoardSlide</name>
    <message>
        <source>Movement board</source>
        <translation>Bảng thi đua</translation>
    </message>
</context>
<context>
    <name>LookupAnswer</name>
    <message>
        <source>Asking the city's system…</source>
        <translation>Đang hỏi hệ thống của thành phố…</translation>
    </message>
    <message>
        <source>No record has the code %1. Please compare it with your receipt, or ask staff.</source>
        <translation>Không có hồ sơ nào mang mã %1. Xin so lại với giấy biên nhận, hoặc gọi cán bộ.</translation>
    </message>
    <message>
        <source>Offline: the city's system cannot be reached now.</source>
        <translation>Đang ngoại tuyến: hiện không kết nối được với hệ thống của thành phố.</translation>
    </message>
    <message>
        <source>Below is what this kiosk knows about the code; the city may have answered since.</source>
        <translation>Dưới đây là những gì ki-ốt này biết về mã; thành phố có thể đã trả lời thêm sau đó.</translation>
    </message>
    <message>
        <source>This kiosk has no record with the code %1: it was made at another kiosk or not at all. Please try again later.</source>
        <translation>Ki-ốt này không có hồ sơ mã %1: hồ sơ được lập ở ki-ốt khác, hoặc không có mã này. Xin thử lại sau.</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Biên nhận %1</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Công trình</translation>
    </message>
    <message>
        <source>What happened, newest first</source>
        <translation>Diễn biến, mới nhất ở trên</translation>
    </message>
    <message>
        <source>The city replied: “%1”</source>
        <translation>Thành phố trả lời: “%1”</translation>
    </message>
</context>
<context>
    <name>LookupPage</name>
    <message>
        <source>Look up a receipt</source>
        <translation>Tra cứu biên nhận</translation>
    </message>
    <message>
        <source>Tap the code printed on your receipt. It has only the letters and digits on the keypad.</source>
        <translation>Bấm mã in trên giấy biên nhận. Mã chỉ gồm các chữ cái và chữ số có trên bàn phím.</translation>
    </message>
    <message>
        <source>The code is complete and its last character matches. Tap “Look up”.</source>
        <translation>Mã đã đủ và ký tự cuối khớp. Bấm “Tra cứu”.</translation>
    </message>
    <message>
        <source>A code has 8 to 10 characters, for example HC-2345K-M.</source>
        <translation>Mã có từ 8 đến 10 ký tự, ví dụ HC-2345K-M.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Build Together, Hải Phòng</source>
        <translation>Cùng Xây Hải Phòng</translation>
    </message>
    <message>
        <source>Touch the screen to wake the kiosk</source>
        <translation>Chạm vào màn hình để bật ki-ốt</translation>
    </message>
</context>
<context>
    <name>MaterialsStep</name>
    <message>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>What will you give?</source>
        <translation>Bạn góp vật liệu gì?</translation>
    </message>
    <message>
        <source>Anything else?</source>
        <translation>Còn vật liệu nào khác không?</translation>
    </message>
    <message>
        <source>Which material?</source>
        <translation>Vật liệu gì?</translation>
    </message>
    <message>
        <source>How much?</source>
        <translation>Số lượng bao nhiêu?</translation>
    </message>
    <message>
        <source>Add to my pledge</source>
        <translation>Thêm vào phần đóng góp</translation>
    </message>
</context>
<context>
    <name>NumberStepper</name>
    <message>
        <source>Less</source>
        <translation>Bớt</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Thêm</translation>
    </message>
</context>
<context>
    <name>PeriodStep</name>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>− 1 week</source>
        <translation>− 1 tuần</translation>
    </message>
    <message>
        <source>− 1 day</source>
        <translation>− 1 ngày</translation>
    </message>
    <message>
        <source>+ 1 day</source>
        <translation>+ 1 ngày</translation>
    </message>
    <message>
        <source>+ 1 week</source>
        <translation>+ 1 tuần</translation>
    </message>
</context>
<context>
    <name>PhotoStep</name>
    <message>
        <source>A photo helps the ward see the problem. It is optional: tap Next to go on without one.</source>
        <translation>Ảnh giúp phường thấy rõ sự việc. Không bắt buộc: chạm Tiếp tục để bỏ qua.</translation>
    </message>
    <message>
        <source>Take the photo</source>
        <translation>Chụp ảnh</translation>
    </message>
    <message>
        <source>Take it again</source>
        <translation>Chụp lại</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Không cần ảnh</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Delete</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
</context>
<context>
    <name>ProgressMeter</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Khởi công</translation>
    </message>
    <message>
        <source>Planned completion</source>
        <translation>Dự kiến hoàn thành</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Kinh phí</translation>
    </message>
    <message>
        <source>Total investment</source>
        <translation>Tổng mức đầu tư</translation>
    </message>
    <message>
        <source>Disbursed (%1 %)</source>
        <translation>Đã giải ngân (%1 %)</translation>
    </message>
    <message>
        <source>Project owner</source>
        <translation>Chủ đầu tư</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Nhà thầu</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Scan to open on your phone</source>
        <translation>Quét để xem trên điện thoại</translation>
    </message>
    <message>
        <source>Pledge to this work</source>
        <translation>Đóng góp cho công trình này</translation>
    </message>
    <message>
        <source>Report waste here</source>
        <translation>Phản ánh lãng phí tại đây</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Actual progress</source>
        <translation>Tiến độ thực tế</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>Budget now (adjusted)</source>
        <translation>Tổng mức đầu tư hiện nay (đã điều chỉnh)</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>Đã giải ngân</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>All wards</source>
        <translation>Tất cả phường, xã</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Công trình</translation>
    </message>
    <message numerus="yes">
        <source>%n work(s)</source>
        <translation>
            <numerusform>%n công trình</numerusform>
        </translation>
    </message>
    <message>
        <source>No work matches your search.</source>
        <translation>Không tìm thấy công trình nào phù hợp.</translation>
    </message>
    <message>
        <source>Show all works</source>
        <translation>Xem tất cả công trình</translation>
    </message>
    <message>
        <source>Search works, e.g. “duong” or “cầu”</source>
        <translation>Tìm công trình, ví dụ “duong” hoặc “cầu”</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại công trình</translation>
    </message>
    <message>
        <source>Which kind of works?</source>
        <translation>Chọn loại công trình</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <source>Which stage?</source>
        <translation>Chọn giai đoạn</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Mọi giai đoạn</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Phường, xã</translation>
    </message>
    <message>
        <source>Which ward?</source>
        <translation>Chọn phường, xã</translation>
    </message>
</context>
<context>
    <name>ReceiptKeypad</name>
    <message>
        <source>Delete</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Xoá hết</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Tra cứu</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <source>Print receipt</source>
        <translation>In biên nhận</translation>
    </message>
    <message>
        <source>Printed. Take the paper from the printer.</source>
        <translation>Đã in. Xin nhận giấy ở máy in.</translation>
    </message>
    <message>
        <source>The printer did not print. Please ask staff.</source>
        <translation>Máy in chưa in được. Xin gọi cán bộ giúp.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Xin cảm ơn!</translation>
    </message>
    <message>
        <source>%1 has been recorded. Keep this code to follow what the city does with it:</source>
        <translation>Đã ghi nhận: %1. Hãy giữ mã này để theo dõi kết quả xử lý:</translation>
    </message>
    <message>
        <source>Scan to follow it on your phone</source>
        <translation>Quét để theo dõi trên điện thoại</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <source>Look up a receipt</source>
        <translation>Tra cứu biên nhận</translation>
    </message>
</context>
<context>
    <name>ReviewRows</name>
    <message>
        <source>Donate land</source>
        <translation>Hiến đất</translation>
    </message>
    <message>
        <source>Give labour days</source>
        <translation>Góp ngày công</translation>
    </message>
    <message>
        <source>Donate materials</source>
        <translation>Hiến vật liệu</translation>
    </message>
    <message>
        <source>Report waste</source>
        <translation>Phản ánh lãng phí</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Kind of waste</source>
        <translation>Loại lãng phí</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Công trình</translation>
    </message>
    <message>
        <source>None in particular</source>
        <translation>Không cụ thể</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Diện tích</translation>
    </message>
    <message>
        <source>Plot and map sheet</source>
        <translation>Thửa đất và tờ bản đồ</translation>
    </message>
    <message>
        <source>plot %1, map sheet %2</source>
        <translation>thửa số %1, tờ bản đồ số %2</translation>
    </message>
    <message>
        <source>Address of the land</source>
        <translation>Địa chỉ thửa đất</translation>
    </message>
    <message>
        <source>Labour days</source>
        <translation>Ngày công lao động</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Work you can do</source>
        <translation>Việc có thể làm</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Vật liệu</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>What you saw</source>
        <translation>Nội dung phản ánh</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Không cần ảnh</translation>
    </message>
    <message>
        <source>Yes, one photo</source>
        <translation>Có, một ảnh</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Ẩn danh</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>Residential group or village</source>
        <translation>Tổ dân phố / thôn</translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Clear the search</source>
        <translation>Xóa nội dung tìm kiếm</translation>
    </message>
</context>
<context>
    <name>SkillsStep</name>
    <message>
        <source>Tap every kind of work you can do.</source>
        <translation>Chạm vào tất cả các việc bạn có thể làm.</translation>
    </message>
    <message>
        <source>Which other work?</source>
        <translation>Việc gì khác?</translation>
    </message>
</context>
<context>
    <name>StaffContentPage</name>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Version shown now</source>
        <translation>Phiên bản đang hiển thị</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>Dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Cập nhật lần cuối</translation>
    </message>
    <message>
        <source>From a USB stick</source>
        <translation>Từ USB</translation>
    </message>
    <message>
        <source>No USB stick found. Plug one in, then tap “Look again”.</source>
        <translation>Không thấy USB. Cắm USB vào rồi bấm “Tìm lại”.</translation>
    </message>
    <message>
        <source>No content bundle (a folder with bundle.json) on the USB stick.</source>
        <translation>Trên USB không có gói nội dung (thư mục có tệp bundle.json).</translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation>Nạp “%1”</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Phiên bản %1</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Tìm lại</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Cập nhật ngay</translation>
    </message>
</context>
<context>
    <name>StaffEnrolPage</name>
    <message>
        <source>Linked to the city</source>
        <translation>Đã liên kết với thành phố</translation>
    </message>
    <message>
        <source>Link to the city</source>
        <translation>Liên kết với thành phố</translation>
    </message>
    <message>
        <source>City hub</source>
        <translation>Máy chủ thành phố</translation>
    </message>
    <message>
        <source>Kiosk %1</source>
        <translation>Ki-ốt %1</translation>
    </message>
    <message>
        <source>Type the hub's address and the enrolment code the city gave you (valid once, for 24 hours).</source>
        <translation>Nhập địa chỉ máy chủ và mã đăng ký thành phố cấp (dùng một lần, trong 24 giờ).</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Địa chỉ máy chủ</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Mã đăng ký</translation>
    </message>
    <message>
        <source>Linking …</source>
        <translation>Đang liên kết …</translation>
    </message>
    <message>
        <source>Link this kiosk</source>
        <translation>Liên kết ki-ốt này</translation>
    </message>
    <message>
        <source>Unlink this kiosk</source>
        <translation>Huỷ liên kết ki-ốt này</translation>
    </message>
    <message>
        <source>Unlink this kiosk from the city?</source>
        <translation>Huỷ liên kết ki-ốt này với thành phố?</translation>
    </message>
    <message>
        <source>The kiosk stops sending records. Records not yet sent stay here. Linking again needs a new code from the city.</source>
        <translation>Ki-ốt sẽ ngừng gửi hồ sơ. Hồ sơ chưa gửi vẫn giữ ở đây. Muốn liên kết lại cần mã mới của thành phố.</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Huỷ liên kết</translation>
    </message>
</context>
<context>
    <name>StaffHelpSheet</name>
    <message>
        <source>Need help?</source>
        <translation>Bạn cần giúp đỡ?</translation>
    </message>
    <message>
        <source>Please ask at the reception desk of %1: a ward officer will help you use the kiosk.</source>
        <translation>Xin mời đến bàn tiếp dân của %1: cán bộ phường sẽ hướng dẫn bạn sử dụng ki-ốt.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>StaffHomePage</name>
    <message>
        <source>Staff tasks</source>
        <translation>Việc của cán bộ</translation>
    </message>
    <message>
        <source>Sync with the city</source>
        <translation>Đồng bộ với thành phố</translation>
    </message>
    <message>
        <source>Last success, records waiting, errors</source>
        <translation>Lần gửi được gần nhất, hồ sơ chờ, lỗi</translation>
    </message>
    <message>
        <source>Link to the city</source>
        <translation>Liên kết với thành phố</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Đã liên kết</translation>
    </message>
    <message>
        <source>Not linked yet</source>
        <translation>Chưa liên kết</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Phiên bản %1</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>List, search, export to USB</source>
        <translation>Danh sách, tìm kiếm, xuất ra USB</translation>
    </message>
    <message>
        <source>Paper pledge</source>
        <translation>Đăng ký trên giấy</translation>
    </message>
    <message>
        <source>Key in a pledge made on paper</source>
        <translation>Nhập hộ phiếu đăng ký đóng góp bằng giấy</translation>
    </message>
    <message>
        <source>Paper waste report</source>
        <translation>Phản ánh trên giấy</translation>
    </message>
    <message>
        <source>Key in a report made on paper</source>
        <translation>Nhập hộ phiếu phản ánh lãng phí bằng giấy</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Ward, timeout, language, screen</source>
        <translation>Phường, thời gian chờ, ngôn ngữ, màn hình</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>Đổi mã PIN</translation>
    </message>
    <message>
        <source>The staff PIN of this kiosk</source>
        <translation>Mã PIN cán bộ của ki-ốt này</translation>
    </message>
    <message>
        <source>Restart app</source>
        <translation>Khởi động lại</translation>
    </message>
    <message>
        <source>Leave kiosk</source>
        <translation>Thoát ki-ốt</translation>
    </message>
    <message>
        <source>Leave staff mode</source>
        <translation>Thoát chế độ cán bộ</translation>
    </message>
    <message>
        <source>Restart the kiosk app?</source>
        <translation>Khởi động lại ứng dụng ki-ốt?</translation>
    </message>
    <message>
        <source>The screen goes dark for a few seconds, then the home screen comes back. Records are kept.</source>
        <translation>Màn hình tối vài giây rồi trang chủ hiện lại. Hồ sơ vẫn được giữ.</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Khởi động lại</translation>
    </message>
    <message>
        <source>Leave kiosk mode?</source>
        <translation>Thoát chế độ ki-ốt?</translation>
    </message>
    <message>
        <source>The kiosk app closes and the computer's desktop shows. Residents cannot use the kiosk until it is started again.</source>
        <translation>Ứng dụng ki-ốt đóng lại và màn hình máy tính hiện ra. Người dân không dùng được ki-ốt cho đến khi mở lại.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message numerus="yes">
        <source>Staff mode · ends after %n idle minute(s)</source>
        <translation>
            <numerusform>Chế độ cán bộ · tự thoát sau %n phút không chạm</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffPinPage</name>
    <message>
        <source>For ward staff only</source>
        <translation>Chỉ dành cho cán bộ phường</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>Mã PIN cán bộ</translation>
    </message>
    <message>
        <source>Type the current PIN</source>
        <translation>Nhập mã PIN hiện tại</translation>
    </message>
    <message>
        <source>Choose a new PIN</source>
        <translation>Chọn mã PIN mới</translation>
    </message>
    <message>
        <source>Set the staff PIN</source>
        <translation>Đặt mã PIN cán bộ</translation>
    </message>
    <message>
        <source>Type the same PIN again</source>
        <translation>Nhập lại đúng mã PIN đó</translation>
    </message>
    <message>
        <source>Type your PIN and tap OK. The digits are never shown.</source>
        <translation>Nhập mã PIN rồi bấm Đồng ý. Các chữ số không bao giờ hiện ra.</translation>
    </message>
    <message>
        <source>%1 to %2 digits, not one digit repeated and not a run such as 123456.</source>
        <translation>Từ %1 đến %2 chữ số, không lặp một chữ số và không phải dãy liên tiếp như 123456.</translation>
    </message>
    <message>
        <source>Too many wrong PINs</source>
        <translation>Sai mã PIN quá nhiều lần</translation>
    </message>
    <message>
        <source>Locked for %1</source>
        <translation>Tạm khoá, còn %1</translation>
    </message>
    <message>
        <source>Ask another officer, or use kioskctl set-pin on the kiosk's computer.</source>
        <translation>Nhờ cán bộ khác, hoặc dùng lệnh kioskctl set-pin trên máy tính của ki-ốt.</translation>
    </message>
    <message>
        <source>Checking …</source>
        <translation>Đang kiểm tra …</translation>
    </message>
</context>
<context>
    <name>StaffRecordsPage</name>
    <message>
        <source>Waiting to be sent</source>
        <translation>Chờ gửi</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>The city has it</source>
        <translation>Thành phố đã nhận</translation>
    </message>
    <message>
        <source>Refused, kept for staff</source>
        <translation>Bị từ chối, giữ lại cho cán bộ</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Hồ sơ</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) on this kiosk</source>
        <translation>
            <numerusform>%n hồ sơ trên ki-ốt này</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) found</source>
        <translation>
            <numerusform>Tìm thấy %n hồ sơ</numerusform>
        </translation>
    </message>
    <message>
        <source>entered by staff</source>
        <translation>cán bộ nhập hộ</translation>
    </message>
    <message>
        <source>The newest %1 are shown; search by code for the others.</source>
        <translation>Đang hiện %1 hồ sơ mới nhất; tìm theo mã để xem các hồ sơ khác.</translation>
    </message>
    <message>
        <source>Receipt code, e.g. HP-2345K-M</source>
        <translation>Mã tiếp nhận, ví dụ HP-2345K-M</translation>
    </message>
    <message>
        <source>Export all to USB “%1”</source>
        <translation>Xuất tất cả ra USB “%1”</translation>
    </message>
    <message>
        <source>No USB stick: plug one in, then tap here</source>
        <translation>Chưa có USB: cắm USB vào rồi bấm vào đây</translation>
    </message>
</context>
<context>
    <name>StaffSettingsPage</name>
    <message>
        <source>Receipt printer</source>
        <translation>Máy in biên nhận</translation>
    </message>
    <message>
        <source>Residents without a smartphone can print their receipt. Choose the thermal printer set up in CUPS.</source>
        <translation>Người dân không có điện thoại thông minh có thể in biên nhận. Chọn máy in nhiệt đã cài trong CUPS.</translation>
    </message>
    <message>
        <source>No printer is set up on this kiosk (CUPS). Without one, residents are not offered a printed receipt.</source>
        <translation>Ki-ốt chưa cài máy in nào (CUPS). Khi không có máy in, ki-ốt không đề nghị in biên nhận.</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>Không dùng máy in</translation>
    </message>
    <message>
        <source>58 mm roll</source>
        <translation>Cuộn giấy 58 mm</translation>
    </message>
    <message>
        <source>80 mm roll</source>
        <translation>Cuộn giấy 80 mm</translation>
    </message>
    <message>
        <source>Sound of the videos shown when nobody uses the kiosk</source>
        <translation>Âm thanh của video phát khi không ai dùng ki-ốt</translation>
    </message>
    <message>
        <source>Silent</source>
        <translation>Tắt tiếng</translation>
    </message>
    <message>
        <source>The default</source>
        <translation>Mặc định</translation>
    </message>
    <message>
        <source>With sound</source>
        <translation>Có âm thanh</translation>
    </message>
    <message>
        <source>If the ward agrees</source>
        <translation>Khi phường đồng ý</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Chưa bao giờ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Ward or commune</source>
        <translation>Phường hoặc xã</translation>
    </message>
    <message>
        <source>Set by the city when the kiosk was linked.</source>
        <translation>Do thành phố đặt khi liên kết ki-ốt.</translation>
    </message>
    <message>
        <source>Address on receipts (public URL)</source>
        <translation>Địa chỉ in trên phiếu (địa chỉ công khai)</translation>
    </message>
    <message>
        <source>Empty: the city's address from the content</source>
        <translation>Để trống: dùng địa chỉ của thành phố trong nội dung</translation>
    </message>
    <message>
        <source>Save address</source>
        <translation>Lưu địa chỉ</translation>
    </message>
    <message>
        <source>Back to the home screen after no touch for</source>
        <translation>Về trang chủ khi không ai chạm trong</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>giây</translation>
    </message>
    <message>
        <source>Language for each new resident</source>
        <translation>Ngôn ngữ cho mỗi người dân mới</translation>
    </message>
    <message>
        <source>Pledges without a name</source>
        <translation>Đăng ký không ghi tên</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Cho phép</translation>
    </message>
    <message>
        <source>Labour and materials</source>
        <translation>Ngày công và vật liệu</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Không cho phép</translation>
    </message>
    <message>
        <source>Name and phone needed</source>
        <translation>Cần họ tên và số điện thoại</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Màn hình</translation>
    </message>
    <message>
        <source>Screen off from</source>
        <translation>Tắt màn hình từ</translation>
    </message>
    <message>
        <source>Screen on again at</source>
        <translation>Bật lại màn hình lúc</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Sớm hơn</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Muộn hơn</translation>
    </message>
    <message>
        <source>In these hours the screen stays black; a touch wakes it for 10 minutes.</source>
        <translation>Trong giờ này màn hình để đen; chạm vào sẽ bật lại trong 10 phút.</translation>
    </message>
</context>
<context>
    <name>StaffSyncPage</name>
    <message>
        <source>Not linked to the city</source>
        <translation>Chưa liên kết với thành phố</translation>
    </message>
    <message>
        <source>Refused by the city: link the kiosk again</source>
        <translation>Thành phố từ chối: cần liên kết lại ki-ốt</translation>
    </message>
    <message>
        <source>Sending now …</source>
        <translation>Đang gửi …</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Đã kết nối</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Mất kết nối</translation>
    </message>
    <message>
        <source>Sync with the city</source>
        <translation>Đồng bộ với thành phố</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Liên kết</translation>
    </message>
    <message>
        <source>City hub</source>
        <translation>Máy chủ thành phố</translation>
    </message>
    <message>
        <source>Kiosk %1</source>
        <translation>Ki-ốt %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không có</translation>
    </message>
    <message>
        <source>Last successful delivery</source>
        <translation>Lần gửi được gần nhất</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Chưa bao giờ</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Chờ gửi</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n hồ sơ</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused by the city, kept for staff</source>
        <translation>Thành phố từ chối, giữ lại cho cán bộ</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Lỗi gần nhất</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
</context>
<context>
    <name>StatusChip</name>
    <message>
        <source>Behind schedule</source>
        <translation>Chậm tiến độ</translation>
    </message>
</context>
<context>
    <name>SyncLine</name>
    <message>
        <source>Not linked to the city yet</source>
        <translation>Chưa kết nối với thành phố</translation>
    </message>
    <message>
        <source>Refused by the city: tell the staff</source>
        <translation>Thành phố từ chối ki-ốt: xin báo cán bộ</translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n record(s) to send</source>
        <translation>
            <numerusform>Mất mạng · %n hồ sơ chờ gửi</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: waiting for the network</source>
        <translation>Mất mạng: đang chờ kết nối</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n record(s) to the city</source>
        <translation>
            <numerusform>Đang gửi %n hồ sơ lên thành phố</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to the city</source>
        <translation>Đã kết nối với thành phố</translation>
    </message>
    <message numerus="yes">
        <source>%n for the staff</source>
        <translation>
            <numerusform>%n hồ sơ cần cán bộ xử lý</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WastePage</name>
    <message>
        <source>Save, fight waste</source>
        <translation>Tiết kiệm, chống lãng phí</translation>
    </message>
    <message>
        <source>What residents of %1 reported and what the city did</source>
        <translation>Người dân %1 đã phản ánh gì và thành phố đã làm gì</translation>
    </message>
    <message>
        <source>The city's figures have not reached this kiosk yet. You can still report waste.</source>
        <translation>Ki-ốt chưa nhận được số liệu của thành phố. Bạn vẫn có thể phản ánh lãng phí.</translation>
    </message>
    <message>
        <source>Reports: %1</source>
        <translation>Số phản ánh: %1</translation>
    </message>
    <message>
        <source>No reports yet.</source>
        <translation>Chưa có phản ánh.</translation>
    </message>
    <message>
        <source>What the city did</source>
        <translation>Thành phố đã làm gì</translation>
    </message>
    <message>
        <source>Median time to resolve</source>
        <translation>Thời gian xử lý (trung vị)</translation>
    </message>
    <message>
        <source>Published by the city</source>
        <translation>Thành phố đã công bố</translation>
    </message>
    <message>
        <source>The city has not published a report of this ward yet.</source>
        <translation>Thành phố chưa công bố phản ánh nào của đơn vị này.</translation>
    </message>
    <message>
        <source>Receipt %1 · published %2</source>
        <translation>Mã %1 · công bố %2</translation>
    </message>
    <message>
        <source>Report waste</source>
        <translation>Phản ánh lãng phí</translation>
    </message>
</context>
</TS>
