#!/usr/bin/env python3
"""Build the demo content bundle (assets/content/demo/bundle.json).

Everything here is SAMPLE data: the wards are real place names of Hai Phong after the
1 July 2025 reorganisation, but the works, budgets, dates, owners' assignments, contractors
and scores are invented for demonstration. Contractors are fictional companies.

Running the script rewrites bundle.json deterministically and then checks the whole bundle
against the rules of deploy/CONTENT-BUNDLE.md (format 1); it exits non-zero on the first
problem. `--check` only checks the existing bundle. Standard library only.
"""
import datetime
import hashlib
import json
import os
import re
import sys
import unicodedata
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
BUNDLE_DIR = os.path.normpath(os.path.join(HERE, "..", "demo"))
# The demo's media ship beside the programs (installed to share/civic-kiosk/demo-media), not in
# the bundle folder that is compiled into them: bundle.json names them media/<name> and lists
# their size and SHA-256 in "files", and the kiosk finds them there by that digest.
MEDIA_DIR = os.path.normpath(os.path.join(HERE, "..", "..", "demo-media"))
TODAY = datetime.date(2026, 11, 27)  # the demo's "now"; generatedAt is the same day
M = 1_000_000  # budgets below are written in millions of VND

CITY = {
    "nameVi": "Thành phố Hải Phòng",
    "nameEn": "Hai Phong City",
    "portalUrl": "https://haiphong.gov.vn",
    "publicUrl": "https://congxay.haiphong.gov.vn",
}

# code, kind (phuong, xa, dac-khu), Vietnamese name, English name, population (sample figures)
WARDS = [
    ("HONG-BANG", "phuong", "Phường Hồng Bàng", "Hong Bang Ward", 86_400),
    ("LE-CHAN", "phuong", "Phường Lê Chân", "Le Chan Ward", 112_300),
    ("NGO-QUYEN", "phuong", "Phường Ngô Quyền", "Ngo Quyen Ward", 98_700),
    ("HAI-AN", "phuong", "Phường Hải An", "Hai An Ward", 74_900),
    ("KIEN-AN", "phuong", "Phường Kiến An", "Kien An Ward", 69_200),
    ("DO-SON", "phuong", "Phường Đồ Sơn", "Do Son Ward", 51_600),
    ("HAI-DUONG", "phuong", "Phường Hải Dương", "Hai Duong Ward", 93_800),
    ("AN-LAO", "xa", "Xã An Lão", "An Lao Commune", 38_500),
    ("TIEN-LANG", "xa", "Xã Tiên Lãng", "Tien Lang Commune", 42_100),
    ("VINH-BAO", "xa", "Xã Vĩnh Bảo", "Vinh Bao Commune", 45_700),
    ("CAT-HAI", "dac-khu", "Đặc khu Cát Hải", "Cat Hai Special Zone", 34_600),
]
WARD_NAMES = {c: (vi, en) for c, _, vi, en, _ in WARDS}


def ubnd(code):
    vi, en = WARD_NAMES[code]
    for prefix in ("Đặc khu ", "Phường ", "Xã "):
        if vi.startswith(prefix):
            return ("UBND %s%s" % (prefix.lower(), vi[len(prefix):]), "%s People's Committee" % en)
    raise ValueError(vi)


OWNERS = {
    "TRAFFIC": ("Ban Quản lý dự án đầu tư xây dựng các công trình giao thông thành phố Hải Phòng",
                "Hai Phong City Project Management Board for Transport Works"),
    "CIVIL": ("Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp thành phố Hải Phòng",
              "Hai Phong City Project Management Board for Civil and Industrial Works"),
    "AGRI": ("Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp và phát triển nông thôn thành phố Hải Phòng",
             "Hai Phong City Project Management Board for Agriculture and Rural Development Works"),
    "HEALTH": ("Sở Y tế thành phố Hải Phòng", "Hai Phong Department of Health"),
    "TELCO": ("Công ty Cổ phần Hạ tầng Viễn thông Duyên Hải", "Duyen Hai Telecom Infrastructure JSC"),
}

# All contractors are fictional.
CONTRACTORS = {
    "HP": ("Công ty Cổ phần Xây dựng Hoa Phượng", "Hoa Phuong Construction JSC"),
    "SB": ("Công ty Cổ phần Cầu đường Sông Bạch", "Song Bach Bridge and Road JSC"),
    "JV": ("Liên danh Công ty Cổ phần Cầu đường Sông Bạch – Công ty Cổ phần Xây dựng Hoa Phượng",
           "Song Bach Bridge and Road JSC – Hoa Phuong Construction JSC joint venture"),
    "DH": ("Công ty TNHH Xây dựng Thủy lợi Duyên Hải", "Duyen Hai Irrigation Construction Co., Ltd."),
    "HA": ("Công ty Cổ phần Xây dựng Dân dụng Hải Âu", "Hai Au Civil Construction JSC"),
    "BA": ("Công ty TNHH Xây dựng Bình An Phát", "Binh An Phat Construction Co., Ltd."),
    "AC": ("Công ty TNHH Chiếu sáng Đô thị Ánh Cảng", "Anh Cang Urban Lighting Co., Ltd."),
    "SBN": ("Công ty Cổ phần Công nghệ Viễn thông Sao Biển", "Sao Bien Telecom Technology JSC"),
    "LB": ("Công ty Cổ phần Cây xanh Công viên Lá Biếc", "La Biec Parks and Greenery JSC"),
    "DQ": ("Công ty TNHH Xây dựng Đồng Quê", "Dong Que Construction Co., Ltd."),
    "AK": ("Công ty Cổ phần Xây dựng Y tế An Khang", "An Khang Healthcare Construction JSC"),
    "TBD": ("Đang lựa chọn nhà thầu", "Contractor selection under way"),
}

PROJECTS = []


def P(code, ward, category, status, progress, start, end, budget_m, owner, contractor,
      name, location, description, disbursed_m=None, images=None):
    """name, location, description: (Vietnamese, English) pairs."""
    PROJECTS.append(dict(code=code, ward=ward, category=category, status=status, progress=progress,
                         start=start, end=end, budget_m=budget_m, owner=owner, contractor=contractor,
                         name=name, location=location, description=description,
                         disbursed_m=disbursed_m, images=images))


# ---------------------------------------------------------------- Phường Hồng Bàng
P("HB-001", "HONG-BANG", "road", "in_progress", 62, "2025-09-15", "2027-03-31", 86_500, "TRAFFIC", "HP",
  ("Cải tạo, nâng cấp đường Hoàng Văn Thụ", "Renovation and upgrade of Hoang Van Thu Street"),
  ("Đoạn từ ngã tư Điện Biên Phủ đến đường Tam Bạc, phường Hồng Bàng",
   "Section from the Dien Bien Phu intersection to Tam Bac Street, Hong Bang Ward"),
  ("Thay toàn bộ kết cấu mặt đường, lát lại vỉa hè bằng đá tự nhiên và hạ ngầm đường dây điện, viễn thông. "
   "Hàng cây cổ thụ hai bên đường được giữ lại, bổ sung thêm hố trồng cây mới. "
   "Công trình thi công lần lượt từng nửa đường để người dân và các hộ kinh doanh vẫn đi lại, buôn bán bình thường.",
   "The whole road structure is being replaced, the pavements relaid in natural stone and power and telecom lines "
   "moved underground. The old trees along both sides are kept and new tree pits added. "
   "Work proceeds one half of the street at a time so residents and shops keep their access."),
  images=["images/road-01.svg", "images/road-02.svg", "images/lighting-01.svg"])
P("HB-002", "HONG-BANG", "drainage", "completed", 100, "2024-03-01", "2025-10-31", 48_200, "CIVIL", "DH",
  ("Cải tạo hệ thống thoát nước khu vực Hạ Lý", "Renovation of the drainage system in the Ha Ly area"),
  ("Các tuyến phố Hạ Lý, Hùng Vương và các ngõ lân cận, phường Hồng Bàng",
   "Ha Ly and Hung Vuong streets and nearby lanes, Hong Bang Ward"),
  ("Thay mới 3,2 km cống tròn và cống hộp, xây lại hố ga có cửa thu nước chống mùi. "
   "Sau khi hoàn thành, khu vực Hạ Lý không còn ngập sâu sau các trận mưa lớn như trước. "
   "Công trình đã được nghiệm thu, đang quyết toán vốn.",
   "3.2 km of round and box culverts were replaced and the manholes rebuilt with odour-proof inlets. "
   "Since completion, the Ha Ly area no longer floods deeply after heavy rain as it used to. "
   "The work has been accepted and the final accounts are being settled."))
P("HB-003", "HONG-BANG", "park", "in_progress", 70, "2025-04-01", "2026-09-30", 32_000, ubnd("HONG-BANG"), "LB",
  ("Chỉnh trang vườn hoa ven sông Tam Bạc", "Landscaping of the Tam Bac riverside garden"),
  ("Bờ sông Tam Bạc, đoạn từ chợ Sắt đến cầu Lạc Long, phường Hồng Bàng",
   "Tam Bac river bank from Sat Market to Lac Long Bridge, Hong Bang Ward"),
  ("Hạng mục kè bờ và lối đi bộ ven sông đã hoàn thành. "
   "Phần vườn hoa, ghế nghỉ và đèn chiếu sáng đang chậm so với kế hoạch do phải điều chỉnh thiết kế để giữ lại hai cây đa lâu năm. "
   "Chủ đầu tư cam kết không phát sinh thêm kinh phí.",
   "The embankment and the riverside walkway are finished. "
   "The flower beds, benches and lighting are behind schedule because the design was changed to keep two old banyan trees. "
   "The project owner has committed to no extra cost."))
P("HB-004", "HONG-BANG", "digital", "completed", 100, "2024-08-01", "2025-06-30", 6_800, ubnd("HONG-BANG"), "SBN",
  ("Lắp đặt camera giám sát giao thông và an ninh trật tự phường Hồng Bàng",
   "Traffic and public-safety cameras in Hong Bang Ward"),
  ("42 điểm giao cắt và khu vực công cộng trên địa bàn phường Hồng Bàng",
   "42 junctions and public spaces across Hong Bang Ward"),
  ("Lắp đặt 120 camera kết nối về Trung tâm giám sát, điều hành đô thị thông minh của thành phố. "
   "Hệ thống giúp phát hiện sớm ùn tắc, vi phạm giao thông và hỗ trợ bảo đảm an ninh trật tự khu dân cư.",
   "120 cameras were installed and connected to the city's smart-city operations centre. "
   "The system helps spot congestion and traffic violations early and supports public safety in residential areas."))
P("HB-005", "HONG-BANG", "welfare", "preparing", 0, "2027-02-01", "2027-10-31", 3_900, ubnd("HONG-BANG"), "TBD",
  ("Xây dựng Nhà văn hóa tổ dân phố số 7", "Community hall for Residential Group 7"),
  ("Tổ dân phố số 7, phường Hồng Bàng", "Residential Group 7, Hong Bang Ward"),
  ("Nhà văn hóa một tầng có hội trường 120 chỗ, sân sinh hoạt và khu vui chơi cho trẻ em. "
   "Các hộ dân trong tổ đã thống nhất hiến 42 m² đất để mở rộng lối vào. "
   "Dự án đang lập hồ sơ thiết kế và dự kiến khởi công trong quý I năm 2027.",
   "A single-storey hall seating 120, with a yard and a children's play area. "
   "Households in the group have agreed to donate 42 m² of land to widen the entrance. "
   "The design is being prepared and construction is expected to start in the first quarter of 2027."))

# ---------------------------------------------------------------- Phường Lê Chân
P("LC-001", "LE-CHAN", "road", "in_progress", 78, "2024-10-01", "2026-08-31", 124_000, "TRAFFIC", "JV",
  ("Cải tạo, nâng cấp đường Tô Hiệu", "Renovation and upgrade of To Hieu Street"),
  ("Toàn tuyến đường Tô Hiệu, phường Lê Chân", "The whole of To Hieu Street, Le Chan Ward"),
  ("Mở rộng mặt đường, làm mới hệ thống thoát nước dọc và lát lại vỉa hè hai bên. "
   "Công trình chậm tiến độ khoảng ba tháng do phải di dời đường ống cấp nước và cáp ngầm không có trong hồ sơ. "
   "Nhà thầu đã tăng ca và bổ sung mũi thi công để hoàn thành trước Tết Nguyên đán.",
   "The carriageway is being widened, the roadside drains rebuilt and both pavements relaid. "
   "The work is about three months behind because water mains and underground cables that were not on record had to be moved. "
   "The contractor has added shifts and work crews to finish before the Lunar New Year."),
  images=["images/road-02.svg", "images/road-01.svg"])
P("LC-002", "LE-CHAN", "school", "completed", 100, "2023-09-01", "2025-08-15", 64_500, "CIVIL", "HA",
  ("Xây mới Trường Tiểu học Lê Chân số 2", "New Le Chan Primary School No. 2"),
  ("Khu dân cư Dư Hàng Kênh, phường Lê Chân", "Du Hang Kenh residential area, Le Chan Ward"),
  ("Trường có 30 phòng học, nhà đa năng, thư viện và sân chơi rộng 2.500 m². "
   "Trường đã đón học sinh từ năm học 2025–2026, giảm sĩ số cho các trường lân cận. "
   "Giá trị quyết toán thấp hơn dự toán được duyệt nhờ tiết kiệm qua đấu thầu.",
   "The school has 30 classrooms, a multi-purpose hall, a library and a 2,500 m² playground. "
   "It has taken pupils since the 2025–2026 school year, easing crowded classes in nearby schools. "
   "The final cost came in below the approved estimate thanks to savings in the tender."))
P("LC-003", "LE-CHAN", "park", "preparing", 0, "2027-03-01", "2028-06-30", 95_000, ubnd("LE-CHAN"), "TBD",
  ("Công viên cây xanh khu Hồ Sen – Cầu Rào 2", "Green park in the Ho Sen – Cau Rao 2 area"),
  ("Khu đất trống cạnh hồ điều hòa, phường Lê Chân", "Vacant land beside the retention lake, Le Chan Ward"),
  ("Công viên rộng khoảng 4 ha với hồ điều hòa, đường dạo, sân tập thể dục và khu vui chơi cho trẻ em. "
   "Phường đang lấy ý kiến người dân về phương án thiết kế trước khi trình phê duyệt.",
   "A park of about 4 hectares with a retention lake, walking paths, exercise areas and a children's playground. "
   "The ward is consulting residents on the design before submitting it for approval."),
  disbursed_m=850)
P("LC-004", "LE-CHAN", "drainage", "in_progress", 35, "2025-11-01", "2027-05-31", 38_700, ubnd("LE-CHAN"), "DH",
  ("Cải tạo hệ thống thoát nước khu dân cư Dư Hàng Kênh", "Drainage renovation in the Du Hang Kenh residential area"),
  ("Các ngõ thuộc tổ dân phố Dư Hàng Kênh, phường Lê Chân", "Lanes of the Du Hang Kenh residential groups, Le Chan Ward"),
  ("Thay thế rãnh thoát nước cũ bằng cống hộp có nắp đậy, nâng cốt mặt ngõ và xây mới các hố ga. "
   "Thi công theo từng ngõ, mỗi ngõ không quá 20 ngày để hạn chế ảnh hưởng đến sinh hoạt của người dân.",
   "Old open gutters are being replaced by covered box culverts, lane surfaces raised and manholes rebuilt. "
   "Work is done one lane at a time, no more than 20 days each, to limit disruption to residents."))
P("LC-005", "LE-CHAN", "lighting", "completed", 100, "2025-02-01", "2025-09-30", 4_600, ubnd("LE-CHAN"), "AC",
  ("Chiếu sáng công cộng các ngõ, ngách phường Lê Chân", "Public lighting for the lanes of Le Chan Ward"),
  ("68 ngõ, ngách thuộc các tổ dân phố, phường Lê Chân", "68 lanes in the residential groups of Le Chan Ward"),
  ("Lắp đặt 540 đèn LED tiết kiệm điện, điều khiển bật tắt tự động theo giờ. "
   "Các ngõ nhỏ trước đây tối tăm nay đã sáng, người dân đi lại buổi tối an toàn hơn. "
   "Điện năng tiêu thụ giảm khoảng 45% so với đèn cũ.",
   "540 energy-saving LED lamps were installed, switched automatically on a timer. "
   "Small lanes that used to be dark are now lit, making evening walks safer. "
   "Power use is about 45% lower than with the old lamps."))
P("LC-006", "LE-CHAN", "welfare", "in_progress", 55, "2026-06-01", "2027-01-31", 2_850, ubnd("LE-CHAN"), "HA",
  ("Cải tạo Nhà văn hóa tổ dân phố số 12", "Renovation of the Residential Group 12 community hall"),
  ("Tổ dân phố số 12, phường Lê Chân", "Residential Group 12, Le Chan Ward"),
  ("Sửa lại mái, chống thấm, làm mới sân và khu vệ sinh của nhà văn hóa. "
   "Bà con trong tổ đã góp hơn 300 ngày công để phá dỡ, vận chuyển vật liệu và trồng cây xanh quanh sân.",
   "The roof, waterproofing, yard and toilets of the hall are being redone. "
   "Residents of the group have given more than 300 labour days for demolition, carrying materials and planting trees around the yard."),
  images=["images/welfare-01.svg", "images/rural-road-02.svg"])

# ---------------------------------------------------------------- Phường Ngô Quyền
P("NQ-001", "NGO-QUYEN", "road", "completed", 100, "2024-02-01", "2025-01-20", 28_400, ubnd("NGO-QUYEN"), "HP",
  ("Cải tạo vỉa hè và hệ thống cây xanh đường Lạch Tray", "Renovation of pavements and street trees on Lach Tray Street"),
  ("Đường Lạch Tray, đoạn qua phường Ngô Quyền", "Lach Tray Street, section through Ngo Quyen Ward"),
  ("Lát lại 9.800 m² vỉa hè bằng đá granite, làm lối đi cho người khuyết tật tại các điểm qua đường. "
   "Thay thế cây xanh sâu bệnh, nguy hiểm bằng cây phượng và cây sao đen.",
   "9,800 m² of pavement were relaid in granite, with step-free ramps at every crossing. "
   "Diseased and unsafe trees were replaced with flamboyant and black-star trees."))
P("NQ-002", "NGO-QUYEN", "school", "in_progress", 40, "2026-01-10", "2027-06-30", 48_000, ubnd("NGO-QUYEN"), "HA",
  ("Xây dựng khối nhà học 5 tầng Trường THCS Cầu Đất", "Five-storey classroom block for Cau Dat Lower Secondary School"),
  ("Trong khuôn viên Trường THCS Cầu Đất, phường Ngô Quyền", "On the grounds of Cau Dat Lower Secondary School, Ngo Quyen Ward"),
  ("Khối nhà gồm 20 phòng học, 6 phòng học bộ môn và phòng tin học. "
   "Công trình thi công trong khuôn viên trường nên được rào chắn kín, vận chuyển vật liệu ngoài giờ học để bảo đảm an toàn cho học sinh.",
   "The block holds 20 classrooms, 6 subject rooms and a computer room. "
   "Because the site is inside the school, it is fully fenced and materials are delivered outside school hours to keep pupils safe."))
P("NQ-003", "NGO-QUYEN", "health", "preparing", 0, "2027-01-15", "2027-12-31", 12_500, ubnd("NGO-QUYEN"), "TBD",
  ("Nâng cấp Trạm Y tế phường Ngô Quyền", "Upgrade of Ngo Quyen Ward Health Station"),
  ("Trạm Y tế phường Ngô Quyền", "Ngo Quyen Ward Health Station"),
  ("Cải tạo nhà trạm hai tầng, bổ sung phòng tiêm chủng, phòng khám y học cổ truyền và lối đi cho xe lăn. "
   "Dự án đã được phê duyệt chủ trương đầu tư, đang lựa chọn nhà thầu thi công.",
   "The two-storey station will be renovated, adding a vaccination room, a traditional-medicine clinic and wheelchair access. "
   "The investment has been approved and the construction contractor is being selected."),
  images=["images/health-01.svg"])
P("NQ-004", "NGO-QUYEN", "digital", "in_progress", 75, "2026-05-01", "2026-12-31", 3_200, ubnd("NGO-QUYEN"), "SBN",
  ("Lắp đặt Wi-Fi công cộng miễn phí tại các điểm sinh hoạt cộng đồng", "Free public Wi-Fi at community spaces"),
  ("Phố đi bộ, nhà văn hóa và bộ phận một cửa, phường Ngô Quyền",
   "Pedestrian street, community halls and the one-stop service counter, Ngo Quyen Ward"),
  ("Lắp đặt 60 điểm phát Wi-Fi miễn phí để người dân tra cứu thủ tục hành chính, dịch vụ công trực tuyến. "
   "Đã hoàn thành 45 điểm, các điểm còn lại đang được kéo cáp quang.",
   "60 free Wi-Fi hotspots are being installed so residents can look up procedures and use online public services. "
   "45 are working; fibre is being laid to the rest."),
  images=["images/digital-02.svg"])
P("NQ-005", "NGO-QUYEN", "drainage", "paused", 45, "2024-06-01", "2026-06-30", 156_000, "CIVIL", "DH",
  ("Cải tạo, nạo vét mương An Kim Hải đoạn qua phường Ngô Quyền",
   "Dredging and embankment of the An Kim Hai canal through Ngo Quyen Ward"),
  ("Mương An Kim Hải, phường Ngô Quyền", "An Kim Hai canal, Ngo Quyen Ward"),
  ("Nạo vét lòng mương, xây kè bê tông hai bên và làm đường dạo ven mương. "
   "Công trình tạm dừng từ tháng 8/2026 để điều chỉnh thiết kế kè và hoàn tất giải phóng mặt bằng đoạn cuối tuyến. "
   "Phường đang tổ chức đối thoại với các hộ dân còn vướng mắc.",
   "The canal bed is being dredged, concrete embankments built on both sides and a walkway added along it. "
   "Work has been paused since August 2026 to revise the embankment design and finish land clearance on the last section. "
   "The ward is holding dialogues with the households concerned."),
  images=["images/drainage-02.svg", "images/drainage-01.svg"])

# ---------------------------------------------------------------- Phường Hải An
P("HA-001", "HAI-AN", "bridge", "in_progress", 38, "2025-03-01", "2027-12-31", 1_150_000, "TRAFFIC", "JV",
  ("Xây dựng cầu Tràng Cát qua sông Lạch Tray", "Trang Cat Bridge over the Lach Tray River"),
  ("Phường Hải An, nối sang bờ bên kia sông Lạch Tray", "Hai An Ward, across the Lach Tray River"),
  ("Cầu dây văng dài 1,2 km, rộng 25 m với 6 làn xe, có làn riêng cho xe máy và người đi bộ. "
   "Đã hoàn thành cọc khoan nhồi và bệ trụ tháp, đang thi công thân tháp. "
   "Khi hoàn thành, cầu rút ngắn thời gian đi từ khu đô thị mới vào trung tâm khoảng 15 phút.",
   "A 1.2 km cable-stayed bridge, 25 m wide with six lanes plus separate lanes for motorbikes and pedestrians. "
   "The bored piles and the pylon footing are done and the pylon is rising. "
   "Once open, it will cut the trip from the new urban area to the centre by about 15 minutes."),
  images=["images/bridge-01.svg"])
P("HA-002", "HAI-AN", "road", "in_progress", 45, "2025-06-01", "2027-09-30", 385_000, "TRAFFIC", "SB",
  ("Xây dựng tuyến đường nối đường Ngô Gia Tự với khu đô thị Tràng Cát",
   "Road linking Ngo Gia Tu Street with the Trang Cat urban area"),
  ("Phường Hải An", "Hai An Ward"),
  ("Tuyến đường dài 3,6 km, mặt cắt ngang 36 m, có dải phân cách trồng cây, vỉa hè và hệ thống chiếu sáng. "
   "Nhiều hộ dân đã sớm bàn giao mặt bằng, giúp dự án triển khai đúng kế hoạch.",
   "A 3.6 km road, 36 m wide, with a planted median, pavements and street lighting. "
   "Many households handed over their land early, which has kept the project on schedule."),
  images=["images/road-01.svg", "images/road-02.svg"])
P("HA-003", "HAI-AN", "park", "completed", 100, "2023-10-01", "2025-04-30", 58_000, ubnd("HAI-AN"), "LB",
  ("Công viên cây xanh Cát Bi", "Cat Bi green park"),
  ("Khu dân cư Cát Bi, phường Hải An", "Cat Bi residential area, Hai An Ward"),
  ("Công viên rộng 3 ha với hồ nước, đường dạo, sân tập thể dục ngoài trời và khu vui chơi thiếu nhi. "
   "Mỗi sáng và tối có hàng nghìn người dân đến tập luyện, vui chơi.",
   "A 3-hectare park with a lake, walking paths, outdoor exercise equipment and a children's playground. "
   "Thousands of residents come to exercise and play every morning and evening."))
P("HA-004", "HAI-AN", "lighting", "in_progress", 60, "2026-04-01", "2027-01-31", 8_900, ubnd("HAI-AN"), "AC",
  ("Chiếu sáng công cộng tuyến đường ven sông Lạch Tray", "Public lighting along the Lach Tray riverside road"),
  ("Đường ven sông Lạch Tray, phường Hải An", "Lach Tray riverside road, Hai An Ward"),
  ("Lắp đặt 210 cột đèn LED kết nối hệ thống điều khiển từ xa, tự giảm độ sáng vào đêm khuya để tiết kiệm điện. "
   "Đã hoàn thành phần móng cột và cáp ngầm trên hai phần ba tuyến.",
   "210 LED lamp posts are being installed on a remote-control system that dims them late at night to save power. "
   "Foundations and underground cables are finished on two-thirds of the route."),
  images=["images/lighting-01.svg"])
P("HA-005", "HAI-AN", "school", "preparing", 0, "2027-01-01", "2028-03-31", 42_000, ubnd("HAI-AN"), "TBD",
  ("Xây mới Trường Mầm non Đằng Lâm", "New Dang Lam Kindergarten"),
  ("Khu tái định cư Đằng Lâm, phường Hải An", "Dang Lam resettlement area, Hai An Ward"),
  ("Trường mầm non 15 nhóm lớp với bếp ăn một chiều, sân chơi và vườn cây cho trẻ. "
   "Công trình giúp giảm tình trạng thiếu chỗ học mầm non tại các khu dân cư mới.",
   "A kindergarten for 15 classes with a one-way kitchen, a playground and a garden for the children. "
   "It will ease the shortage of kindergarten places in the new residential areas."),
  images=["images/school-02.svg"])
P("HA-006", "HAI-AN", "digital", "preparing", 0, "2027-02-01", "2027-08-31", 5_400, "TELCO", "SBN",
  ("Xây dựng trạm BTS và tuyến cáp quang khu dân cư mới Tràng Cát",
   "Mobile base stations and fibre for the new Trang Cat residential area"),
  ("Khu dân cư mới Tràng Cát, phường Hải An", "Trang Cat new residential area, Hai An Ward"),
  ("Xây dựng 4 trạm BTS dùng chung cho các nhà mạng và 12 km cáp quang ngầm, bảo đảm sóng 5G cho khu dân cư mới. "
   "Dùng chung hạ tầng giúp tránh đầu tư trùng lặp và giữ mỹ quan đô thị.",
   "Four base stations shared by all mobile operators and 12 km of underground fibre will bring 5G coverage to the new area. "
   "Sharing the infrastructure avoids duplicate investment and keeps the streets tidy."),
  images=["images/digital-01.svg"])

# ---------------------------------------------------------------- Phường Kiến An
P("KA-001", "KIEN-AN", "health", "in_progress", 82, "2024-09-01", "2026-10-31", 168_000, "HEALTH", "AK",
  ("Nâng cấp Trung tâm Y tế khu vực Kiến An", "Upgrade of the Kien An Area Medical Centre"),
  ("Đường Trần Thành Ngọ, phường Kiến An", "Tran Thanh Ngo Street, Kien An Ward"),
  ("Xây mới khối điều trị nội trú 7 tầng với 250 giường bệnh và cải tạo khoa khám bệnh. "
   "Phần xây dựng đã cơ bản xong; việc lắp đặt thiết bị y tế chậm khoảng một tháng so với kế hoạch do thay đổi nhà cung cấp.",
   "A new seven-storey, 250-bed inpatient block is being built and the outpatient department renovated. "
   "The building work is mostly done; fitting the medical equipment is about a month behind schedule after a change of supplier."),
  images=["images/health-02.svg", "images/health-01.svg"])
P("KA-002", "KIEN-AN", "road", "paused", 55, "2024-04-01", "2026-04-30", 210_000, "TRAFFIC", "SB",
  ("Cải tạo, mở rộng đường Trường Chinh đoạn qua phường Kiến An",
   "Renovation and widening of Truong Chinh Street through Kien An Ward"),
  ("Đường Trường Chinh, phường Kiến An", "Truong Chinh Street, Kien An Ward"),
  ("Mở rộng mặt đường từ 2 lên 4 làn xe, làm mới hệ thống thoát nước và chiếu sáng. "
   "Công trình tạm dừng do còn 14 hộ dân chưa bàn giao mặt bằng. "
   "UBND phường đang vận động, đối thoại và hỗ trợ tái định cư để sớm thi công trở lại.",
   "The road is being widened from two to four lanes, with new drainage and lighting. "
   "Work is paused because 14 households have not yet handed over their land. "
   "The ward People's Committee is holding talks and offering resettlement support so that work can resume soon."),
  images=["images/road-02.svg"])
P("KA-003", "KIEN-AN", "park", "paused", 30, "2026-03-01", "2027-03-31", 24_500, ubnd("KIEN-AN"), "LB",
  ("Công viên và đường dạo chân Đồi Thiên Văn", "Park and walking trail at the foot of Thien Van Hill"),
  ("Chân Đồi Thiên Văn, phường Kiến An", "Foot of Thien Van Hill, Kien An Ward"),
  ("Xây dựng đường dạo bộ 1,8 km quanh chân đồi, sân tập thể dục và vườn hoa. "
   "Thi công tạm dừng một tháng để lấy ý kiến người dân về phương án giữ lại toàn bộ cây xanh hiện có thay vì trồng mới.",
   "A 1.8 km walking trail around the hill, exercise areas and flower gardens are being built. "
   "Work is paused for a month while residents are consulted on keeping all the existing trees instead of replanting."),
  images=["images/park-01.svg", "images/park-02.svg"])
P("KA-004", "KIEN-AN", "drainage", "completed", 100, "2024-05-01", "2025-03-31", 19_800, ubnd("KIEN-AN"), "DH",
  ("Nâng cấp hệ thống thoát nước đường Phan Đăng Lưu", "Drainage upgrade on Phan Dang Luu Street"),
  ("Đường Phan Đăng Lưu, phường Kiến An", "Phan Dang Luu Street, Kien An Ward"),
  ("Thay mới 1,4 km cống dọc và nâng cao cửa xả ra sông Lạch Tray. "
   "Tuyến phố trước đây thường ngập sau mưa lớn nay đã thoát nước nhanh.",
   "1.4 km of roadside culverts were replaced and the outfall to the Lach Tray River raised. "
   "The street, which used to flood after heavy rain, now drains quickly."))
P("KA-005", "KIEN-AN", "welfare", "in_progress", 45, "2026-07-01", "2027-02-28", 4_800, ubnd("KIEN-AN"), "HA",
  ("Xây dựng sân thể thao và nhà văn hóa tổ dân phố Tràng Minh",
   "Sports yard and community hall for the Trang Minh residential group"),
  ("Tổ dân phố Tràng Minh, phường Kiến An", "Trang Minh residential group, Kien An Ward"),
  ("Xây dựng nhà văn hóa 100 chỗ ngồi và sân bóng chuyền, cầu lông ngoài trời. "
   "Ba hộ dân đã hiến tổng cộng 120 m² đất để mở rộng sân; bà con góp thêm gạch, cát và ngày công san nền.",
   "A 100-seat community hall and an outdoor volleyball and badminton yard are being built. "
   "Three households donated 120 m² of land between them to enlarge the yard; neighbours gave bricks, sand and labour days to level the ground."),
  images=["images/welfare-02.svg", "images/welfare-01.svg"])

# ---------------------------------------------------------------- Phường Đồ Sơn
P("DS-001", "DO-SON", "road", "completed", 100, "2023-08-01", "2025-05-31", 96_000, "TRAFFIC", "HP",
  ("Nâng cấp đường Lý Thánh Tông", "Upgrade of Ly Thanh Tong Street"),
  ("Đường Lý Thánh Tông, phường Đồ Sơn", "Ly Thanh Tong Street, Do Son Ward"),
  ("Nâng cấp 4,5 km đường chính vào khu du lịch, làm lại mặt đường, vỉa hè và dải cây xanh. "
   "Công trình hoàn thành trước mùa du lịch hè 2025, vượt tiến độ hai tháng.",
   "4.5 km of the main road into the resort area were rebuilt, with new surface, pavements and green strips. "
   "It was finished before the 2025 summer season, two months ahead of schedule."),
  images=["images/road-01.svg"])
P("DS-002", "DO-SON", "drainage", "in_progress", 74, "2025-02-01", "2026-10-31", 62_000, "CIVIL", "DH",
  ("Cải tạo hệ thống thoát nước khu du lịch Đồ Sơn", "Drainage renovation in the Do Son resort area"),
  ("Khu 1 và Khu 2 du lịch Đồ Sơn", "Do Son resort zones 1 and 2"),
  ("Tách riêng nước mưa và nước thải, xây dựng trạm xử lý để nước thải không chảy thẳng ra biển. "
   "Công trình chậm tiến độ do phải tạm dừng thi công trong mùa du lịch; dự kiến hoàn thành vào quý I năm 2027.",
   "Rainwater and sewage are being separated and a treatment plant built so that sewage no longer runs straight into the sea. "
   "The work is behind schedule because it had to stop during the tourist season; completion is expected in the first quarter of 2027."),
  images=["images/drainage-01.svg", "images/drainage-02.svg"])
P("DS-003", "DO-SON", "lighting", "completed", 100, "2024-11-01", "2025-06-30", 9_600, ubnd("DO-SON"), "AC",
  ("Chiếu sáng công cộng tuyến đường ven biển Đồ Sơn bằng đèn LED", "LED public lighting on the Do Son seafront road"),
  ("Đường ven biển Đồ Sơn", "Do Son seafront road"),
  ("Thay 320 bộ đèn cao áp cũ bằng đèn LED chống ăn mòn do hơi muối. "
   "Chi phí điện hằng năm giảm gần một nửa, bãi biển sáng và an toàn hơn về đêm.",
   "320 old high-pressure lamps were replaced with LED lamps built to resist salt corrosion. "
   "The yearly electricity bill fell by almost half and the beach is brighter and safer at night."),
  images=["images/lighting-01.svg"])
P("DS-004", "DO-SON", "health", "completed", 100, "2024-10-01", "2025-07-31", 8_700, ubnd("DO-SON"), "AK",
  ("Nâng cấp Trạm Y tế phường Đồ Sơn", "Upgrade of Do Son Ward Health Station"),
  ("Trạm Y tế phường Đồ Sơn", "Do Son Ward Health Station"),
  ("Cải tạo nhà trạm, bổ sung phòng cấp cứu ban đầu phục vụ khách du lịch và trang bị xe cứu thương. "
   "Trạm đã kết nối khám chữa bệnh từ xa với bệnh viện tuyến thành phố.",
   "The station was renovated, with a first-aid room for visitors and a new ambulance. "
   "It is now linked to the city hospitals for remote consultations."),
  images=["images/health-01.svg", "images/health-02.svg"])
P("DS-005", "DO-SON", "digital", "in_progress", 50, "2026-04-15", "2027-04-30", 7_200, ubnd("DO-SON"), "SBN",
  ("Hệ thống camera giám sát và cảnh báo an toàn bãi tắm", "Camera and safety-alert system for the beaches"),
  ("Các bãi tắm Khu 1, Khu 2, Khu 3, phường Đồ Sơn", "Beaches of zones 1, 2 and 3, Do Son Ward"),
  ("Lắp đặt camera, loa cảnh báo và điểm phát Wi-Fi dọc các bãi tắm, kết nối với đội cứu hộ. "
   "Hệ thống giúp phát hiện sớm người gặp nạn và phát cảnh báo khi có sóng lớn.",
   "Cameras, warning loudspeakers and Wi-Fi hotspots are being installed along the beaches and linked to the lifeguards. "
   "The system helps spot swimmers in trouble early and sounds warnings when the waves are high."),
  images=["images/digital-02.svg", "images/digital-01.svg"])

# ---------------------------------------------------------------- Phường Hải Dương
P("HD-001", "HAI-DUONG", "bridge", "preparing", 0, "2027-06-01", "2028-12-31", 1_350_000, "TRAFFIC", "TBD",
  ("Xây dựng cầu Hải Dương 2 qua sông Thái Bình", "Hai Duong 2 Bridge over the Thai Binh River"),
  ("Phường Hải Dương, vượt sông Thái Bình", "Hai Duong Ward, across the Thai Binh River"),
  ("Cây cầu mới dài 1,6 km giúp giảm tải cho cầu hiện có và kết nối nhanh hơn với trung tâm thành phố Hải Phòng. "
   "Dự án đang hoàn thiện báo cáo nghiên cứu khả thi và lập phương án giải phóng mặt bằng. "
   "Người dân có thể theo dõi và góp ý tại bộ phận một cửa của phường.",
   "The new 1.6 km bridge will take traffic off the existing one and give a faster link to central Hai Phong. "
   "The feasibility study and the land clearance plan are being finalised. "
   "Residents can follow the project and comment at the ward's one-stop service counter."),
  disbursed_m=18_500, images=["images/bridge-02.svg", "images/bridge-01.svg"])
P("HD-002", "HAI-DUONG", "school", "in_progress", 88, "2025-08-01", "2026-12-31", 72_000, "CIVIL", "HA",
  ("Xây mới Trường Tiểu học Bình Minh", "New Binh Minh Primary School"),
  ("Khu dân cư phía Đông, phường Hải Dương", "Eastern residential area, Hai Duong Ward"),
  ("Trường tiểu học đạt chuẩn quốc gia với 36 phòng học, nhà thể chất và bể bơi cho học sinh. "
   "Công trình đang hoàn thiện nội thất, dự kiến bàn giao đúng hạn để sử dụng từ học kỳ II.",
   "A national-standard primary school with 36 classrooms, a sports hall and a swimming pool for pupils. "
   "Interior finishing is under way and handover is expected on time, for use from the second term."),
  images=["images/school-01.svg", "images/school-02.svg"])
P("HD-003", "HAI-DUONG", "park", "in_progress", 28, "2025-12-01", "2027-06-30", 46_000, ubnd("HAI-DUONG"), "LB",
  ("Cải tạo cảnh quan quanh hồ Bạch Đằng", "Landscaping around Bach Dang Lake"),
  ("Hồ Bạch Đằng, phường Hải Dương", "Bach Dang Lake, Hai Duong Ward"),
  ("Kè lại bờ hồ, làm đường dạo, vườn hoa và khu thể dục ngoài trời quanh hồ. "
   "Cây xanh hiện có được giữ lại và đánh số để theo dõi, chăm sóc.",
   "The lake banks are being re-embanked and a walking path, flower gardens and outdoor exercise areas added around the lake. "
   "The existing trees are kept and numbered so they can be monitored and cared for."),
  images=["images/park-02.svg", "images/park-01.svg"])
P("HD-004", "HAI-DUONG", "road", "preparing", 0, "2027-04-01", "2028-09-30", 148_000, "TRAFFIC", "TBD",
  ("Nâng cấp, mở rộng đường Nguyễn Lương Bằng", "Upgrade and widening of Nguyen Luong Bang Street"),
  ("Đường Nguyễn Lương Bằng, phường Hải Dương", "Nguyen Luong Bang Street, Hai Duong Ward"),
  ("Mở rộng tuyến đường lên 4 làn xe, bổ sung dải phân cách, vỉa hè và hệ thống thoát nước. "
   "Dự án đang lấy ý kiến các hộ dân hai bên đường về phương án giải phóng mặt bằng.",
   "The street will be widened to four lanes with a median, pavements and new drainage. "
   "Households on both sides are being consulted on the land clearance plan."),
  disbursed_m=1_200)
P("HD-005", "HAI-DUONG", "lighting", "paused", 40, "2025-10-01", "2026-07-31", 6_400, ubnd("HAI-DUONG"), "AC",
  ("Thay thế đèn chiếu sáng công cộng bằng đèn LED thông minh", "Replacing public lighting with smart LED lamps"),
  ("Các tuyến phố chính, phường Hải Dương", "Main streets of Hai Duong Ward"),
  ("Thay 850 bộ đèn cũ bằng đèn LED có điều khiển thông minh. "
   "Công trình tạm dừng để rà soát lại đơn giá thiết bị sau khi người dân phản ánh giá đèn cao hơn giá thị trường. "
   "Kết quả rà soát sẽ được công khai trước khi thi công tiếp.",
   "850 old lamps are being replaced with smart-controlled LED lamps. "
   "Work is paused while equipment prices are re-checked, after residents reported that the lamps cost more than the market price. "
   "The findings will be made public before work resumes."),
  images=["images/lighting-01.svg", "images/lighting-02.svg"])

# ---------------------------------------------------------------- Xã An Lão
P("AL-001", "AN-LAO", "rural_road", "completed", 100, "2024-11-01", "2025-06-30", 6_800, ubnd("AN-LAO"), "DQ",
  ("Cứng hóa đường giao thông nông thôn thôn Văn Khê", "Concrete paving of the Van Khe village roads"),
  ("Thôn Văn Khê, xã An Lão", "Van Khe village, An Lao Commune"),
  ("Bê tông hóa 3,8 km đường trục thôn và đường ra đồng, mặt đường rộng 5 m. "
   "Bà con trong thôn đã hiến 1.250 m² đất, tháo dỡ tường rào và góp 900 ngày công để mở rộng đường. "
   "Nhờ sức dân, chi phí giảm gần 20% so với dự toán ban đầu.",
   "3.8 km of the village's main road and field tracks were paved in concrete, 5 m wide. "
   "Villagers donated 1,250 m² of land, moved their fences back and gave 900 labour days to widen the road. "
   "Thanks to their help, the cost came in nearly 20% below the first estimate."),
  images=["images/rural-road-01.svg", "images/rural-road-02.svg"])
P("AL-002", "AN-LAO", "rural_road", "in_progress", 64, "2026-03-01", "2027-01-31", 11_400, ubnd("AN-LAO"), "DQ",
  ("Mở rộng, cứng hóa tuyến đường liên thôn Đông Tạ – Kim Sơn", "Widening and paving of the Dong Ta – Kim Son inter-village road"),
  ("Từ thôn Đông Tạ đến thôn Kim Sơn, xã An Lão", "From Dong Ta village to Kim Son village, An Lao Commune"),
  ("Mở rộng mặt đường từ 3,5 m lên 5,5 m và làm rãnh thoát nước hai bên. "
   "62 hộ dân đã tự nguyện hiến đất, có gia đình hiến hơn 100 m² đất vườn. "
   "Đoàn viên thanh niên và hội cựu chiến binh góp ngày công dọn mặt bằng vào cuối tuần.",
   "The road is being widened from 3.5 m to 5.5 m with drains on both sides. "
   "62 households have donated land, some of them more than 100 m² of garden. "
   "Youth Union members and veterans give labour days at weekends to clear the route."),
  images=["images/rural-road-02.svg", "images/rural-road-01.svg", "images/lighting-02.svg"])
P("AL-003", "AN-LAO", "bridge", "in_progress", 71, "2024-07-01", "2026-10-31", 285_000, "TRAFFIC", "SB",
  ("Xây dựng cầu Quang Hưng qua sông Lạch Tray", "Quang Hung Bridge over the Lach Tray River"),
  ("Xã An Lão, vượt sông Lạch Tray", "An Lao Commune, across the Lach Tray River"),
  ("Cầu vòm thép dài 420 m thay cho bến đò ngang, giúp học sinh và bà con qua sông an toàn. "
   "Công trình chậm tiến độ do mùa lũ năm 2025 kéo dài làm gián đoạn thi công trụ giữa sông. "
   "Nhà thầu đã lập lại tiến độ, phấn đấu thông xe trong quý II năm 2027.",
   "A 420 m steel arch bridge will replace the ferry crossing so that pupils and villagers can cross the river safely. "
   "It is behind schedule because the long 2025 flood season interrupted work on the piers in the river. "
   "The contractor has re-planned the work and aims to open the bridge in the second quarter of 2027."),
  images=["images/bridge-02.svg"])
P("AL-004", "AN-LAO", "school", "completed", 100, "2023-10-01", "2024-12-31", 28_500, ubnd("AN-LAO"), "HA",
  ("Xây mới Trường Mầm non Trường Thành", "New Truong Thanh Kindergarten"),
  ("Thôn Trường Thành, xã An Lão", "Truong Thanh village, An Lao Commune"),
  ("Trường có 12 phòng học, bếp ăn bán trú và sân chơi với đồ chơi ngoài trời. "
   "Các gia đình trong thôn đã hiến 600 m² đất để mở rộng khuôn viên trường.",
   "The school has 12 classrooms, a kitchen for full-day pupils and a playground with outdoor equipment. "
   "Village families donated 600 m² of land to enlarge the school grounds."),
  images=["images/school-02.svg", "images/school-01.svg"])
P("AL-005", "AN-LAO", "welfare", "completed", 100, "2024-08-01", "2025-03-31", 3_200, ubnd("AN-LAO"), "DQ",
  ("Xây dựng Nhà văn hóa thôn Văn Khê", "Van Khe village community hall"),
  ("Thôn Văn Khê, xã An Lão", "Van Khe village, An Lao Commune"),
  ("Nhà văn hóa 150 chỗ ngồi, có sân thể thao và khu vệ sinh công cộng. "
   "Nhân dân trong thôn góp 350 ngày công, 20.000 viên gạch và 30 tấn cát; "
   "con em quê hương ở xa ủng hộ thêm bàn ghế và hệ thống âm thanh.",
   "A 150-seat hall with a sports yard and public toilets. "
   "Villagers gave 350 labour days, 20,000 bricks and 30 tonnes of sand; "
   "people from the village living elsewhere donated the furniture and the sound system."),
  images=["images/welfare-01.svg", "images/welfare-02.svg"])
P("AL-006", "AN-LAO", "drainage", "preparing", 0, "2027-01-10", "2027-09-30", 14_600, "AGRI", "TBD",
  ("Nạo vét, kè bờ kênh tưới tiêu thôn Kim Sơn", "Dredging and lining of the Kim Son irrigation canal"),
  ("Thôn Kim Sơn, xã An Lão", "Kim Son village, An Lao Commune"),
  ("Nạo vét 4,2 km kênh, kè bê tông những đoạn sạt lở và làm mới 6 cống điều tiết. "
   "Công trình bảo đảm tiêu úng cho hơn 300 ha lúa và hoa màu trong mùa mưa bão.",
   "4.2 km of canal will be dredged, the collapsing stretches lined with concrete and six control gates rebuilt. "
   "The work will keep more than 300 hectares of rice and crops drained in the storm season."),
  images=["images/drainage-02.svg"])

# ---------------------------------------------------------------- Xã Tiên Lãng
P("TL-001", "TIEN-LANG", "rural_road", "in_progress", 80, "2025-10-01", "2026-09-30", 5_900, ubnd("TIEN-LANG"),
  ("Tổ thi công cộng đồng thôn Phú Kê", "Phu Ke village community works team"),
  ("Cứng hóa đường giao thông nông thôn thôn Phú Kê", "Concrete paving of the Phu Ke village roads"),
  ("Thôn Phú Kê, xã Tiên Lãng", "Phu Ke village, Tien Lang Commune"),
  ("Theo cách làm “Nhà nước và nhân dân cùng làm”, xã hỗ trợ xi măng, bà con tự góp cát, đá và ngày công. "
   "Đã đổ bê tông được 2,4 km trên tổng số 3 km. "
   "Công trình chậm so với kế hoạch do mưa bão kéo dài trong tháng 9.",
   "Under the 'State and people build together' approach, the commune supplies cement while villagers give sand, stone and labour. "
   "2.4 km of the 3 km have been concreted. "
   "The work is behind plan because of the long storms in September."),
  images=["images/rural-road-02.svg"])
P("TL-002", "TIEN-LANG", "bridge", "completed", 100, "2023-06-01", "2025-01-31", 68_000, "AGRI", "SB",
  ("Xây dựng cầu Tân Hưng qua kênh Chanh Dương", "Tan Hung Bridge over the Chanh Duong canal"),
  ("Xã Tiên Lãng", "Tien Lang Commune"),
  ("Cầu bê tông dài 96 m thay cho cầu sắt cũ đã xuống cấp, cho phép xe tải chở nông sản qua lại. "
   "Công trình được nghiệm thu, đưa vào sử dụng trước Tết Ất Tỵ 2025.",
   "A 96 m concrete bridge replaced the old, worn-out iron bridge and now carries lorries with farm produce. "
   "It was accepted and opened before the 2025 Lunar New Year."),
  images=["images/bridge-02.svg"])
P("TL-003", "TIEN-LANG", "health", "in_progress", 58, "2026-02-15", "2027-01-31", 11_200, ubnd("TIEN-LANG"), "AK",
  ("Nâng cấp Trạm Y tế xã Tiên Lãng", "Upgrade of Tien Lang Commune Health Station"),
  ("Trung tâm xã Tiên Lãng", "Tien Lang Commune centre"),
  ("Xây mới nhà trạm hai tầng với phòng khám, phòng sinh, phòng tiêm chủng và khu điều trị y học cổ truyền. "
   "Trong thời gian thi công, trạm tạm khám bệnh tại nhà văn hóa thôn bên cạnh.",
   "A new two-storey station with consulting rooms, a delivery room, a vaccination room and a traditional-medicine area. "
   "During construction, the station is seeing patients in the neighbouring village hall."),
  images=["images/health-01.svg"])
P("TL-004", "TIEN-LANG", "lighting", "completed", 100, "2025-03-01", "2025-08-31", 2_400, ubnd("TIEN-LANG"), "AC",
  ("Chiếu sáng đường thôn bằng đèn năng lượng mặt trời", "Solar street lights on the village roads"),
  ("Các thôn thuộc xã Tiên Lãng", "Villages of Tien Lang Commune"),
  ("Lắp đặt 380 đèn năng lượng mặt trời dọc đường trục thôn, không tốn tiền điện hằng tháng. "
   "Bà con góp công đào móng và tự nguyện trông coi, bảo vệ đèn.",
   "380 solar street lights were installed along the village main roads, with no monthly electricity bill. "
   "Villagers dug the foundations and look after the lights themselves."),
  images=["images/lighting-02.svg"])
P("TL-005", "TIEN-LANG", "school", "paused", 48, "2025-05-01", "2026-08-31", 26_000, ubnd("TIEN-LANG"), "BA",
  ("Xây dựng nhà lớp học 3 tầng Trường Tiểu học Tiên Lãng", "Three-storey classroom block for Tien Lang Primary School"),
  ("Trường Tiểu học Tiên Lãng", "Tien Lang Primary School"),
  ("Khối nhà 15 phòng học thay cho các phòng học cấp bốn đã xuống cấp. "
   "Công trình tạm dừng sau khi kiểm tra phát hiện bê tông một sàn không đạt cường độ thiết kế; "
   "nhà thầu phải phá dỡ, làm lại bằng chi phí của mình và chịu phạt hợp đồng.",
   "A 15-classroom block to replace single-storey classrooms that have deteriorated. "
   "Work is paused after tests found that the concrete of one floor slab was below design strength; "
   "the contractor must demolish and recast it at its own cost and pay the contract penalty."),
  images=["images/school-01.svg"])
P("TL-006", "TIEN-LANG", "rural_road", "preparing", 0, "2027-02-01", "2027-07-31", 4_200, ubnd("TIEN-LANG"), "TBD",
  ("Cứng hóa đường trục thôn Đông Xá", "Concrete paving of the Dong Xa village main road"),
  ("Thôn Đông Xá, xã Tiên Lãng", "Dong Xa village, Tien Lang Commune"),
  ("Bê tông hóa 2,1 km đường trục thôn, rộng 4,5 m. "
   "Đến nay đã có 41 hộ đăng ký hiến 860 m² đất; thôn tiếp tục vận động bà con đăng ký góp vật liệu và ngày công.",
   "2.1 km of the village main road will be paved in concrete, 4.5 m wide. "
   "So far 41 households have pledged 860 m² of land; the village is still inviting pledges of materials and labour."),
  images=["images/rural-road-01.svg"])

# ---------------------------------------------------------------- Xã Vĩnh Bảo
P("VB-001", "VINH-BAO", "rural_road", "completed", 100, "2024-03-01", "2024-10-31", 7_500, ubnd("VINH-BAO"), "DQ",
  ("Cứng hóa đường giao thông nông thôn thôn Thượng Đồng", "Concrete paving of the Thuong Dong village roads"),
  ("Thôn Thượng Đồng, xã Vĩnh Bảo", "Thuong Dong village, Vinh Bao Commune"),
  ("Bê tông hóa toàn bộ 4,6 km đường ngõ xóm và đường nội đồng. "
   "Bà con hiến gần 2.000 m² đất, chặt bỏ cây, dời cổng tường mà không nhận bồi thường. "
   "Thôn Thượng Đồng được thành phố khen thưởng trong phong trào thi đua.",
   "All 4.6 km of lanes and field roads were paved in concrete. "
   "Villagers donated almost 2,000 m² of land and cut trees and moved gates and walls without compensation. "
   "Thuong Dong village was commended by the city in the emulation movement."),
  images=["images/rural-road-01.svg", "images/rural-road-02.svg"])
P("VB-002", "VINH-BAO", "bridge", "in_progress", 46, "2025-04-01", "2027-08-31", 420_000, "TRAFFIC", "JV",
  ("Xây dựng cầu Tam Cường qua sông Hóa", "Tam Cuong Bridge over the Hoa River"),
  ("Xã Vĩnh Bảo, vượt sông Hóa", "Vinh Bao Commune, across the Hoa River"),
  ("Cầu dài 680 m, rộng 17,5 m kết nối Hải Phòng với tỉnh Hưng Yên, rút ngắn đường vận chuyển hàng hóa. "
   "Đã hoàn thành 8 trên 14 trụ cầu; công trường được bố trí biển báo và đèn tín hiệu để bảo đảm an toàn đường thủy.",
   "A 680 m long, 17.5 m wide bridge linking Hai Phong with Hung Yen province, shortening freight routes. "
   "8 of the 14 piers are finished; the site has signs and signal lights to keep river traffic safe."),
  images=["images/bridge-01.svg", "images/bridge-02.svg"])
P("VB-003", "VINH-BAO", "welfare", "in_progress", 70, "2025-12-01", "2026-09-30", 3_600, ubnd("VINH-BAO"), "DQ",
  ("Xây dựng Nhà văn hóa thôn Thượng Đồng", "Thuong Dong village community hall"),
  ("Thôn Thượng Đồng, xã Vĩnh Bảo", "Thuong Dong village, Vinh Bao Commune"),
  ("Nhà văn hóa 200 chỗ ngồi kết hợp sân thể thao cho thanh thiếu niên. "
   "Phần thô đã xong; công trình chậm tiến độ do đang chờ đợt đóng góp thứ hai của bà con và con em xa quê. "
   "Ban phát triển thôn công khai danh sách đóng góp tại nhà văn hóa cũ.",
   "A 200-seat hall with a sports yard for young people. "
   "The shell is finished; the work is behind schedule while the second round of contributions from villagers and those living away is collected. "
   "The village development committee posts the list of contributions at the old hall."),
  images=["images/welfare-02.svg"])
P("VB-004", "VINH-BAO", "digital", "completed", 100, "2024-09-01", "2025-05-31", 9_800, "TELCO", "SBN",
  ("Xây dựng trạm BTS và kéo cáp quang đến các thôn xã Vĩnh Bảo", "Base stations and fibre to the villages of Vinh Bao Commune"),
  ("Các thôn thuộc xã Vĩnh Bảo", "Villages of Vinh Bao Commune"),
  ("Xây dựng 3 trạm BTS và kéo cáp quang đến 100% thôn, xóa vùng lõm sóng di động. "
   "Nhờ đó bà con có thể nộp hồ sơ dịch vụ công trực tuyến và bán nông sản qua mạng.",
   "Three base stations were built and fibre laid to every village, removing the mobile black spots. "
   "Villagers can now file public-service applications online and sell their produce on the internet."),
  images=["images/digital-01.svg", "images/digital-02.svg"])
P("VB-005", "VINH-BAO", "drainage", "in_progress", 38, "2026-01-05", "2027-03-31", 34_000, "AGRI", "DH",
  ("Nạo vét, kè kênh tiêu và cải tạo cống dưới đê", "Dredging and lining of drainage canals and rebuilding of dyke culverts"),
  ("Xã Vĩnh Bảo", "Vinh Bao Commune"),
  ("Nạo vét 9 km kênh tiêu chính, kè những đoạn xung yếu và xây lại 3 cống qua đê đã xuống cấp. "
   "Công trình giúp chủ động tiêu úng cho đồng ruộng và khu dân cư, thích ứng với biến đổi khí hậu.",
   "9 km of main drainage canals are being dredged, the weakest stretches lined and three worn culverts through the dyke rebuilt. "
   "The work will keep fields and homes drained and help the commune adapt to climate change."),
  images=["images/drainage-02.svg", "images/drainage-01.svg"])
P("VB-006", "VINH-BAO", "school", "preparing", 0, "2027-03-01", "2028-08-31", 86_000, "CIVIL", "TBD",
  ("Xây mới Trường THCS Thượng Đồng", "New Thuong Dong Lower Secondary School"),
  ("Thôn Thượng Đồng, xã Vĩnh Bảo", "Thuong Dong village, Vinh Bao Commune"),
  ("Trường trung học cơ sở 28 lớp với phòng học bộ môn, nhà thể chất và ký túc xá cho giáo viên. "
   "Dự án đang lập thiết kế kỹ thuật; xã đã hoàn thành giải phóng mặt bằng nhờ sự đồng thuận của người dân.",
   "A 28-class lower secondary school with subject rooms, a sports hall and housing for teachers. "
   "Technical design is under way; the commune has already cleared the site with the residents' agreement."),
  disbursed_m=900, images=["images/school-01.svg", "images/school-02.svg"])

# ---------------------------------------------------------------- Đặc khu Cát Hải
P("CH-001", "CAT-HAI", "road", "in_progress", 45, "2025-06-01", "2026-10-31", 58_000, "TRAFFIC", "SB",
  ("Nâng cấp đường xuyên đảo Cát Hải", "Upgrade of the road across Cat Hai island"),
  ("Từ bến phà Gót đến thị trấn Cát Bà cũ, đặc khu Cát Hải", "From Got ferry pier to the old Cat Ba town, Cat Hai Special Zone"),
  ("Mở rộng 14 km đường lên 4 làn xe, gia cố mái taluy chống sạt lở và làm mới hệ thống thoát nước ven núi. "
   "Công trình chậm tiến độ vì mùa mưa bão kéo dài; nhà thầu đã bổ sung mũi thi công để bù lại.",
   "14 km of road is being widened to four lanes, the slopes reinforced against landslides and the hillside drainage renewed. "
   "The work is behind schedule after a long storm season; the contractor has added crews to catch up."),
  images=["images/road-02.svg", "images/bridge-01.svg"])
P("CH-002", "CAT-HAI", "health", "completed", 100, "2024-05-01", "2025-07-31", 21_500, "HEALTH", "AK",
  ("Cải tạo Trung tâm Y tế đặc khu Cát Hải", "Renovation of the Cat Hai Special Zone health centre"),
  ("Trung tâm Y tế đặc khu Cát Hải", "Cat Hai Special Zone health centre"),
  ("Cải tạo khoa cấp cứu, xây thêm phòng mổ và trang bị xuồng cứu thương cho các xã đảo. "
   "Người dân trên đảo không còn phải vào đất liền cho những ca mổ thông thường.",
   "The emergency department was renovated, an operating theatre added and an ambulance boat provided for the island communes. "
   "Islanders no longer travel to the mainland for common operations."),
  images=["images/health-01.svg"])


ANNOUNCEMENTS = [
    ("a1",
     ("Phong trào thi đua “Đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại; thực hành tiết kiệm, chống lãng phí”",
      "Emulation movement: “Develop synchronised, modern infrastructure; practise thrift, fight waste”"),
     ("Thực hiện Kế hoạch số 51/KH-UBND của UBND thành phố, phong trào được phát động trong giai đoạn 2023–2030 tới mọi cơ quan, "
      "đơn vị, phường, xã và từng người dân. Mỗi công trình phải bảo đảm chất lượng, hoàn thành đúng hoặc vượt tiến độ, "
      "công khai, minh bạch và sử dụng tiết kiệm, hiệu quả từng đồng vốn.",
      "Under Plan No. 51/KH-UBND of the City People's Committee, the 2023–2030 movement involves every agency, unit, ward, "
      "commune and resident. Every work must be of good quality, finished on time or early, open and transparent, "
      "and must use every dong of funding thriftily and effectively.")),
    ("a2",
     ("Chung sức làm đường giao thông nông thôn", "Join hands to build rural roads"),
     ("Bà con có thể đăng ký hiến đất, góp vật liệu (xi măng, cát, đá, gạch, thép) hoặc ngày công lao động cho công trình "
      "ở thôn, tổ dân phố của mình ngay tại ki-ốt này: chọn công trình, bấm “Đăng ký đóng góp”. "
      "Cán bộ phường, xã sẽ liên hệ lại để xác nhận.",
      "You can pledge land, materials (cement, sand, stone, bricks, steel) or labour days for a work in your own village or "
      "residential group right here at this kiosk: choose the work and press “Pledge a contribution”. "
      "Ward or commune staff will contact you to confirm.")),
    ("a3",
     ("Phản ánh lãng phí – mỗi người dân là một giám sát viên", "Report waste – every resident is a watchdog"),
     ("Nếu thấy công trình chậm tiến độ, kém chất lượng, vật tư bị bỏ phí hay chi tiêu chưa hợp lý, hãy bấm “Phản ánh lãng phí”. "
      "Mỗi phản ánh được cấp mã tiếp nhận để bà con theo dõi kết quả xử lý. Thông tin người phản ánh được giữ bí mật.",
      "If you see a work falling behind, poor-quality building, wasted materials or spending that does not seem right, press "
      "“Report waste”. Each report gets a tracking code so you can follow how it is handled. Your identity is kept confidential.")),
    ("a4",
     ("Công khai tiến độ và nguồn vốn các công trình", "Progress and funding of every work, in the open"),
     ("Tiến độ, tổng mức đầu tư, số vốn đã giải ngân, chủ đầu tư và nhà thầu của từng công trình trên địa bàn được công khai tại ki-ốt "
      "và trên cổng thông tin của thành phố. Quét mã QR trên màn hình chi tiết để xem công trình trên điện thoại.",
      "The progress, total investment, amount disbursed, project owner and contractor of every work in the area are published "
      "on this kiosk and on the city portal. Scan the QR code on a work's detail screen to follow it on your phone.")),
    ("a5",
     ("Bảng thi đua giữa các phường, xã", "The ward and commune emulation board"),
     ("Bảng thi đua được cập nhật hằng quý, dựa trên tiến độ, chất lượng, mức tiết kiệm của các công trình và mức độ tham gia của người dân. "
      "Các phường, xã dẫn đầu sẽ được UBND thành phố khen thưởng vào dịp tổng kết năm.",
      "The emulation board is updated every quarter, based on the progress, quality and savings of the works and on how much residents "
      "take part. The leading wards and communes will be commended by the City People's Committee at the year-end review.")),
]


# The attract loop the kiosk plays when nobody uses it: slides about the movement, the board
# and works. Videos join it as media/ files (deploy/CONTENT-BUNDLE.md).
PLAYLIST = [
    {"kind": "video", "file": "media/cung-xay-hai-phong.webm", "seconds": 20,
     "titleVi": "Cùng xây Hải Phòng", "titleEn": "Build Hai Phong together"},
    {"kind": "slide", "seconds": 10, "image": "images/road-01.svg",
     "titleVi": "Cùng xây Hải Phòng", "titleEn": "Build Hai Phong together",
     "bodyVi": "Phong trào thi đua phát triển kết cấu hạ tầng đồng bộ, hiện đại giai đoạn 2023–2030. Chạm vào màn hình để bắt đầu.",
     "bodyEn": "The 2023–2030 movement to build modern infrastructure. Touch the screen to begin."},
    {"kind": "board", "seconds": 15},
    {"kind": "slide", "seconds": 10, "image": "images/drainage-01.svg",
     "titleVi": "Thực hành tiết kiệm, chống lãng phí", "titleEn": "Practise thrift, fight waste",
     "bodyVi": "Thấy lãng phí tiền, đất, vật tư hay công trình công? Báo ngay tại ki-ốt, có thể không cần ghi tên.",
     "bodyEn": "Seen public money, land, materials or works wasted? Report it here, anonymously if you wish."},
    {"kind": "work", "project": "HB-001", "seconds": 12},
    {"kind": "slide", "seconds": 10, "image": "images/rural-road-01.svg",
     "titleVi": "Hiến đất, góp công, góp vật liệu", "titleEn": "Give land, labour or materials",
     "bodyVi": "Mỗi đóng góp được ghi nhận, có mã biên nhận để theo dõi và được công khai khi bàn giao.",
     "bodyEn": "Every pledge is recorded with a receipt code to follow it, and made public when handed over."},
    {"kind": "work", "project": "VB-003", "seconds": 12},
]


# ---------------------------------------------------------------- building

def nfc(s):
    return unicodedata.normalize("NFC", s)


def spread(code, lo, hi):
    """A deterministic number in [lo, hi] from the code (not Python's salted hash)."""
    return lo + zlib.crc32(code.encode("ascii")) % (hi - lo + 1)


def disbursed_millions(p):
    if p["disbursed_m"] is not None:
        return p["disbursed_m"]
    total, prog, st = p["budget_m"], p["progress"], p["status"]
    if st == "preparing":
        return 0
    if st == "completed":
        ratio = spread(p["code"], 93, 99) / 100.0  # final accounts not yet settled
    else:
        ratio = prog / 100.0 * spread(p["code"], 86, 100) / 100.0
    return min(total, int(round(total * ratio)))


def default_images(p, index_in_category):
    base = p["category"].replace("_", "-")
    a, b = "images/%s-01.svg" % base, "images/%s-02.svg" % base
    pair = [a, b] if index_in_category % 2 == 0 else [b, a]
    return pair[:1] if spread(p["code"], 0, 3) == 0 else pair


def pair_of(x, table):
    return x if isinstance(x, tuple) else table[x]


def quarter_ends(start, end):
    """The last day of each quarter strictly between start and end, in order."""
    return [d for y in range(start.year, end.year + 1)
            for d in (datetime.date(y, 3, 31), datetime.date(y, 6, 30), datetime.date(y, 9, 30), datetime.date(y, 12, 31))
            if start < d < end]


def adjusted_budget_m(p):
    """A few works had their budget raised after approval: over budget, shown on the kiosk."""
    if p["status"] == "preparing" or spread(p["code"] + "/adj", 0, 5) != 0:
        return None
    return p["budget_m"] * (100 + spread(p["code"] + "/pct", 6, 18)) // 100


def actual_end(p):
    """When a completed work really ended: some on time, some late (never after the demo's today)."""
    if p["status"] != "completed":
        return None
    planned = datetime.date.fromisoformat(p["end"])
    shift = spread(p["code"] + "/end", -60, 25)
    d = min(TODAY, planned + datetime.timedelta(days=shift))
    return max(d, datetime.date.fromisoformat(p["start"]) + datetime.timedelta(days=30))


def history(p, budget, adjusted, disbursed, ended):
    """Quarter-end points from the start to the current figures: progress and money grow
    along a curve; the budget rises to the adjusted one half way."""
    if p["status"] == "preparing":
        return []
    start = datetime.date.fromisoformat(p["start"])
    now = ended or TODAY
    span = max(1, (now - start).days)
    points = []
    for d in quarter_ends(start, now):
        t = (d - start).days / span
        b = adjusted if adjusted and t >= 0.5 else budget
        points.append({"date": d.isoformat(), "stage": "in_progress",
                       "progress": min(p["progress"], int(round(p["progress"] * t ** 1.1))),
                       "disbursed": min(disbursed, int(round(disbursed * t ** 1.3 / M)) * M), "budget": b})
    last = {"date": now.isoformat(), "stage": p["status"], "progress": p["progress"], "disbursed": disbursed,
            "budget": adjusted or budget}
    return points + [last]


def build():
    seen_in_cat = {}
    projects = []
    for p in PROJECTS:
        i = seen_in_cat.get(p["category"], 0)
        seen_in_cat[p["category"]] = i + 1
        owner = pair_of(p["owner"], OWNERS)
        contractor = pair_of(p["contractor"], CONTRACTORS)
        budget = p["budget_m"] * M
        adj_m = adjusted_budget_m(p)
        adjusted = adj_m * M if adj_m else None
        disbursed = disbursed_millions(p) * M
        ended = actual_end(p)
        work = {
            "code": p["code"], "ward": p["ward"], "category": p["category"], "status": p["status"],
            "nameVi": nfc(p["name"][0]), "nameEn": nfc(p["name"][1]),
            "descriptionVi": nfc(p["description"][0]), "descriptionEn": nfc(p["description"][1]),
            "locationVi": nfc(p["location"][0]), "locationEn": nfc(p["location"][1]),
            "ownerVi": nfc(owner[0]), "ownerEn": nfc(owner[1]),
            "contractorVi": nfc(contractor[0]), "contractorEn": nfc(contractor[1]),
            "progress": p["progress"], "startDate": p["start"], "plannedEnd": p["end"],
            "budgetOriginal": budget, "budgetDisbursed": disbursed,
            "images": p["images"] or default_images(p, i),
        }
        if adjusted:
            work["budgetAdjusted"] = adjusted
        if ended:
            work["actualEnd"] = ended.isoformat()
        h = history(p, budget, adjusted, disbursed, ended)
        if h:
            work["history"] = h
        projects.append(work)
    return {
        "format": "civic-kiosk-content",
        "formatVersion": 2,
        "version": "2026.12.07-demo",
        "generatedAt": "2026-11-27T08:00:00+07:00",
        "sample": True,
        "city": {k: nfc(v) for k, v in CITY.items()},
        "wards": [{"code": c, "kind": k, "population": pop, "nameVi": nfc(vi), "nameEn": en}
                  for c, k, vi, en, pop in WARDS],
        "projects": projects,
        "announcements": [{"id": i, "titleVi": nfc(t[0]), "titleEn": nfc(t[1]), "bodyVi": nfc(b[0]), "bodyEn": nfc(b[1])}
                          for i, t, b in ANNOUNCEMENTS],
        "playlist": [{k: nfc(v) if isinstance(v, str) else v for k, v in item.items()} for item in PLAYLIST],
        "files": media_files(),
    }


def media_files():
    """Size and SHA-256 of each video the demo's playlist names, from MEDIA_DIR."""
    files = {}
    for item in PLAYLIST:
        if item["kind"] == "video":
            with open(os.path.join(MEDIA_DIR, item["file"].split("/", 1)[1]), "rb") as f:
                data = f.read()
            files[item["file"]] = {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    return files


# ---------------------------------------------------------------- checking

CODE_RE = re.compile(r"^[A-Z0-9-]{1,32}$")
IMG_RE = re.compile(r"^images/[A-Za-z0-9._-]+\.(svg|png|jpg)$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
CATEGORIES = ("road", "rural_road", "bridge", "drainage", "school", "health", "park", "lighting", "digital", "welfare")
STATUSES = ("preparing", "in_progress", "paused", "completed")
SVG_FORBIDDEN = (b"<text", b"<style", b"<filter", b"<mask", b"<clipPath", b"<pattern", b"<image", b"href=", b"<foreignObject")


class BundleError(Exception):
    pass


def check(bundle, root, strict_demo=True):
    """Check the rules of CONTENT-BUNDLE.md format 2, plus the demo's own expectations."""
    def fail(where, msg):
        raise BundleError("bundle.json: %s: %s" % (where, msg))

    def text(where, v, lo, hi, required=True):
        if v is None and not required:
            return
        if not isinstance(v, str):
            fail(where, "not a string")
        if not (lo <= len(v) <= hi):
            fail(where, "length %d not in %d..%d" % (len(v), lo, hi))
        if unicodedata.normalize("NFC", v) != v:
            fail(where, "not NFC-normalised")
        if any(unicodedata.category(ch) == "Cc" for ch in v):
            fail(where, "contains control characters")

    def url(where, v):
        text(where, v, 1, 200)
        if not re.match(r"^https?://[^\s/]+", v):
            fail(where, "not an http(s) URL")

    def date(where, v):
        if not isinstance(v, str) or not DATE_RE.match(v):
            fail(where, "not YYYY-MM-DD")
        try:
            return datetime.date.fromisoformat(v)
        except ValueError:
            fail(where, "not a real date")

    def whole(where, v, lo, hi):
        if not isinstance(v, int) or isinstance(v, bool) or not (lo <= v <= hi):
            fail(where, "not a whole number in %d..%d" % (lo, hi))

    if bundle.get("format") != "civic-kiosk-content" or bundle.get("formatVersion") != 2:
        fail("format", "must be civic-kiosk-content, version 2")
    v = bundle.get("version")
    text("version", v, 1, 64)
    if not all(0x20 <= ord(c) != 0x7F for c in v):
        fail("version", "not printable")
    if "generatedAt" in bundle:
        try:
            ts = datetime.datetime.fromisoformat(bundle["generatedAt"])
        except (TypeError, ValueError):
            fail("generatedAt", "not ISO 8601")
        if ts.utcoffset() is None:
            fail("generatedAt", "has no offset")
    if bundle.get("sample") is not True and strict_demo:
        fail("sample", "the demo bundle must be marked sample")
    city = bundle.get("city") or {}
    url("city.portalUrl", city.get("portalUrl"))
    url("city.publicUrl", city.get("publicUrl"))

    wards = bundle.get("wards")
    if not isinstance(wards, list) or not (1 <= len(wards) <= 500):
        fail("wards", "must hold 1..500 wards")
    ward_codes = set()
    for i, w in enumerate(wards):
        where = "wards[%d]" % i
        c = w.get("code")
        if not isinstance(c, str) or not CODE_RE.match(c):
            fail(where + ".code", "does not match [A-Z0-9-]{1,32}")
        if c in ward_codes:
            fail(where + ".code", "duplicate %s" % c)
        ward_codes.add(c)
        if w.get("kind") not in ("phuong", "xa", "dac-khu"):
            fail(where + ".kind", "must be phuong, xa or dac-khu")
        if "population" in w or strict_demo:
            whole(where + ".population", w.get("population"), 1, 100_000_000)
        text(where + ".nameVi", w.get("nameVi"), 1, 120)
        text(where + ".nameEn", w.get("nameEn"), 1, 120, required=False)

    projects = bundle.get("projects")
    if not isinstance(projects, list) or len(projects) > 20000:
        fail("projects", "must hold 0..20000 works")
    codes = set()
    for i, p in enumerate(projects):
        where = "projects[%d]" % i
        c = p.get("code")
        if not isinstance(c, str) or not CODE_RE.match(c):
            fail(where + ".code", "does not match [A-Z0-9-]{1,32}")
        if c in codes:
            fail(where + ".code", "duplicate %s" % c)
        codes.add(c)
        where = "projects[%s]" % c
        if p.get("ward") not in ward_codes:
            fail(where + ".ward", "names no ward of the bundle")
        if p.get("category") not in CATEGORIES:
            fail(where + ".category", "unknown")
        if p.get("status") not in STATUSES:
            fail(where + ".status", "unknown")
        text(where + ".nameVi", p.get("nameVi"), 1, 200)
        text(where + ".nameEn", p.get("nameEn"), 1, 200, required=False)
        for f in ("descriptionVi", "descriptionEn"):
            text(where + "." + f, p.get(f), 0, 5000, required=False)
        for f in ("locationVi", "locationEn", "ownerVi", "ownerEn", "contractorVi", "contractorEn"):
            text(where + "." + f, p.get(f), 0, 300, required=False)
        whole(where + ".progress", p.get("progress"), 0, 100)
        s, e = date(where + ".startDate", p.get("startDate")), date(where + ".plannedEnd", p.get("plannedEnd"))
        if e < s:
            fail(where + ".plannedEnd", "before startDate")
        whole(where + ".budgetOriginal", p.get("budgetOriginal"), 0, 10 ** 15)
        budget = p["budgetOriginal"]
        if "budgetAdjusted" in p:
            whole(where + ".budgetAdjusted", p.get("budgetAdjusted"), 0, 10 ** 15)
            budget = p["budgetAdjusted"]
        whole(where + ".budgetDisbursed", p.get("budgetDisbursed"), 0, 10 ** 15)
        if p["budgetDisbursed"] > budget:
            fail(where + ".budgetDisbursed", "more than the budget")
        if "actualEnd" in p:
            ae = date(where + ".actualEnd", p["actualEnd"])
            if ae < s or p.get("status") != "completed":
                fail(where + ".actualEnd", "only for a completed work, after startDate")
        last = None
        hist = p.get("history", [])
        if not isinstance(hist, list) or len(hist) > 120:
            fail(where + ".history", "at most 120 points")
        for j, h in enumerate(hist):
            hw = "%s.history[%d]" % (where, j)
            d = date(hw + ".date", h.get("date"))
            if last and d <= last:
                fail(hw + ".date", "not after the previous point")
            last = d
            if h.get("stage") not in STATUSES:
                fail(hw + ".stage", "unknown")
            whole(hw + ".progress", h.get("progress"), 0, 100)
            whole(hw + ".disbursed", h.get("disbursed"), 0, 10 ** 15)
            if "budget" in h:
                whole(hw + ".budget", h.get("budget"), 0, 10 ** 15)
        imgs = p.get("images", [])
        if not isinstance(imgs, list) or len(imgs) > 8:
            fail(where + ".images", "at most 8")
        for im in imgs:
            if not isinstance(im, str) or not IMG_RE.match(im):
                fail(where + ".images", "bad path %r" % (im,))
            fp = os.path.join(root, im)
            if not os.path.isfile(fp):
                fail(where + ".images", "%s is missing" % im)
            size = os.path.getsize(fp)
            if size > 4 * 1024 * 1024:
                fail(where + ".images", "%s is over 4 MiB" % im)
            with open(fp, "rb") as f:
                head = f.read(512)
            ext = im.rsplit(".", 1)[1]
            ok = {"svg": head.lstrip().startswith((b"<?xml", b"<svg")) and b"<svg" in head,
                  "png": head.startswith(b"\x89PNG\r\n\x1a\n"),
                  "jpg": head.startswith(b"\xff\xd8\xff")}[ext]
            if not ok:
                fail(where + ".images", "%s does not look like %s" % (im, ext))
        if strict_demo:
            # the demo's own expectations, beyond the format
            if not (1 <= len(imgs) <= 3):
                fail(where + ".images", "demo works have 1..3 images")
            if not (2023 <= s.year <= 2028 and 2023 <= e.year <= 2028):
                fail(where, "demo dates must lie in 2023..2028")
            st, prog = p["status"], p["progress"]
            if (st == "completed") != (prog == 100):
                fail(where, "completed exactly when progress is 100")
            if st == "preparing" and prog != 0:
                fail(where, "preparing works have progress 0")
            if st in ("in_progress", "paused", "completed") and s > TODAY:
                fail(where, "started works must have started by %s" % TODAY)
            if st == "completed" and e > TODAY:
                fail(where, "completed works must have ended by %s" % TODAY)
            if st in ("in_progress", "paused") and p["budgetDisbursed"] > budget * (prog + 5) / 100:
                fail(where, "disbursed runs ahead of progress")
            for f in ("nameEn", "descriptionVi", "descriptionEn", "locationVi", "locationEn", "ownerVi", "ownerEn",
                      "contractorVi", "contractorEn"):
                if not p.get(f):
                    fail(where + "." + f, "demo works fill every field")

    if "ranking" in bundle:
        fail("ranking", "format 2 has no ranking: the city computes the board")
    playlist = bundle.get("playlist", [])
    if not isinstance(playlist, list) or len(playlist) > 100:
        fail("playlist", "at most 100 items")
    for i, item in enumerate(playlist):
        where = "playlist[%d]" % i
        kind = item.get("kind")
        if kind not in ("video", "slide", "board", "work"):
            fail(where + ".kind", "must be video, slide, board or work")
        if "seconds" in item:
            whole(where + ".seconds", item["seconds"], 3, 600)
        text(where + ".titleVi", item.get("titleVi"), 1, 120, required=kind == "slide")
        text(where + ".titleEn", item.get("titleEn"), 0, 120, required=False)
        text(where + ".bodyVi", item.get("bodyVi"), 0, 500, required=False)
        text(where + ".bodyEn", item.get("bodyEn"), 0, 500, required=False)
        if kind == "work" and item.get("project") not in codes:
            fail(where + ".project", "names no work of the bundle")
        if kind == "slide" and "image" in item and not (IMG_RE.match(item["image"] or "")
                                                         and os.path.isfile(os.path.join(root, item["image"]))):
            fail(where + ".image", "not an image of the bundle")
        if kind == "video":
            # The demo's videos ship beside the programs (MEDIA_DIR), never inside the bundle
            # folder that is compiled into them; "files" pins each one's size and digest.
            name = item.get("file") or ""
            if not re.match(r"^media/[A-Za-z0-9._-]+\.(webm|mp4)$", name):
                fail(where + ".file", "must be media/<name>.webm or .mp4")
            if os.path.exists(os.path.join(root, name)):
                fail(where + ".file", "the demo's media ship beside the programs, not in the bundle folder")
            path = os.path.join(MEDIA_DIR, name.split("/", 1)[1])
            if not os.path.isfile(path):
                fail(where + ".file", "not in %s" % os.path.relpath(MEDIA_DIR))
            data = open(path, "rb").read()
            listed = bundle.get("files", {}).get(name)
            if listed != {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}:
                fail("files." + name, "must list the file's size and SHA-256")
            if strict_demo and len(data) > 2 * 1024 * 1024:
                fail(where + ".file", "demo media stay under 2 MiB")
            head = data[:12]
            if not (head.startswith(b"\x1a\x45\xdf\xa3") if name.endswith(".webm") else head[4:8] == b"ftyp"):
                fail(where + ".file", "is not the video type its name says")

    anns = bundle.get("announcements", [])
    if not isinstance(anns, list) or len(anns) > 50:
        fail("announcements", "at most 50")
    for i, a in enumerate(anns):
        where = "announcements[%d]" % i
        for f in ("titleVi", "titleEn"):
            text(where + "." + f, a.get(f), 0, 200, required=False)
        for f in ("bodyVi", "bodyEn"):
            text(where + "." + f, a.get(f), 0, 2000, required=False)

    # whole-bundle limits and the images folder
    img_dir = os.path.join(root, "images")
    files = sorted(os.listdir(img_dir)) if os.path.isdir(img_dir) else []
    if len(files) > 2000:
        fail("images/", "more than 2,000 files")
    total = os.path.getsize(os.path.join(root, "bundle.json")) + sum(os.path.getsize(os.path.join(img_dir, f)) for f in files)
    if total > 256 * 1024 * 1024:
        fail("bundle", "over 256 MiB")
    if strict_demo:
        used = {im.split("/", 1)[1] for p in projects for im in p["images"]}
        used |= {item["image"].split("/", 1)[1] for item in playlist if item.get("image")}
        for f in files:
            data = open(os.path.join(img_dir, f), "rb").read()
            if f not in used:
                fail("images/" + f, "not used by any work")
            if f.endswith(".svg"):
                if len(data) > 12 * 1024:
                    fail("images/" + f, "over 12 KB")
                for bad in SVG_FORBIDDEN:
                    if bad in data:
                        fail("images/" + f, "uses %s, outside what Qt SVG (Tiny 1.2) renders" % bad.decode())
        cats = {p["category"] for p in projects}
        sts = {p["status"] for p in projects}
        if cats != set(CATEGORIES) or sts != set(STATUSES):
            fail("projects", "demo covers every category and status")


def summary(bundle):
    from collections import Counter
    ps = bundle["projects"]
    behind = [p["code"] for p in ps if p["status"] in ("in_progress", "paused")
              and datetime.date.fromisoformat(p["plannedEnd"]) < TODAY and p["progress"] < 100]
    print("wards: %d, works: %d, announcements: %d" % (len(bundle["wards"]), len(ps), len(bundle["announcements"])))
    print("by category:", dict(sorted(Counter(p["category"] for p in ps).items())))
    print("by status:  ", dict(sorted(Counter(p["status"] for p in ps).items())))
    print("by ward:    ", dict(Counter(p["ward"] for p in ps)))
    print("behind schedule (%d): %s" % (len(behind), ", ".join(behind)))
    print("images referenced: %d distinct, %d references" % (
        len({i for p in ps for i in p["images"]}), sum(len(p["images"]) for p in ps)))


def main():
    out = os.path.join(BUNDLE_DIR, "bundle.json")
    if "--check" not in sys.argv:
        bundle = build()
        with open(out, "w", encoding="utf-8", newline="\n") as f:
            json.dump(bundle, f, ensure_ascii=False, indent=2)
            f.write("\n")
    with open(out, encoding="utf-8") as f:
        bundle = json.load(f)
    try:
        check(bundle, BUNDLE_DIR)
    except BundleError as e:
        sys.exit("FAILED: %s" % e)
    summary(bundle)
    print("OK: %s passes every check" % os.path.relpath(out))


if __name__ == "__main__":
    main()
