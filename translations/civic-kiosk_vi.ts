<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
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
    <name>FilterSheet</name>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
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
    <message>
        <source>Progress, schedule, budget and who builds them</source>
        <translation>Tiến độ, thời hạn, kinh phí và đơn vị thi công</translation>
    </message>
    <message>
        <source>works in the ward</source>
        <translation>công trình của phường</translation>
    </message>
    <message>
        <source>works in the city</source>
        <translation>công trình toàn thành phố</translation>
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
        <translation><numerusform>Sau %n giây, ki-ốt sẽ trở về trang đầu và xóa những gì bạn đã nhập.</numerusform></translation>
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
    <name>Main</name>
    <message>
        <source>Build Together, Hải Phòng</source>
        <translation>Cùng Xây Hải Phòng</translation>
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
    <name>SearchField</name>
    <message>
        <source>Clear the search</source>
        <translation>Xóa nội dung tìm kiếm</translation>
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
    <name>StatusChip</name>
    <message>
        <source>Behind schedule</source>
        <translation>Chậm tiến độ</translation>
    </message>
</context>
</TS>