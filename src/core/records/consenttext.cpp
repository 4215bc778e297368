// SPDX-License-Identifier: GPL-3.0-or-later
#include "consenttext.h"

namespace ConsentText {

QString version()
{
    return QStringLiteral("hp-consent-1");
}

QString text(QStringView language, const LocalizedText &wardName)
{
    if (language == u"en")
        return QStringLiteral(
                       "I agree that the People's Committee of %1 (the data controller) collects and processes my full "
                       "name, mobile phone number and residential group for one purpose only: to contact me about this "
                       "pledge or report and to tell me what came of it. The kiosk keeps these details only until they "
                       "have reached the Hải Phòng city system, then deletes them; the city keeps them for no longer "
                       "than 5 years after the matter is closed. They are never published and never given to anyone "
                       "else. I may see, correct or withdraw this consent at any time by telling the ward staff or "
                       "calling the ward office with my receipt code; withdrawing does not undo what was done before. "
                       "(Decree 13/2023/NĐ-CP; Personal Data Protection Law 91/2025/QH15)")
                .arg(wardName.in(u"en"));
    return QStringLiteral(
                   "Tôi đồng ý để Ủy ban nhân dân %1 (bên kiểm soát dữ liệu) thu thập và xử lý họ tên, số điện thoại "
                   "di động và tổ dân phố/thôn của tôi cho một mục đích duy nhất: liên hệ với tôi về đăng ký đóng góp "
                   "hoặc phản ánh này và báo kết quả. Ki-ốt chỉ giữ các thông tin này đến khi đã gửi về hệ thống của "
                   "Thành phố Hải Phòng rồi xoá đi; Thành phố lưu không quá 5 năm kể từ khi sự việc kết thúc. Thông tin "
                   "không được công khai và không chuyển cho bất kỳ ai khác. Tôi có thể xem, sửa hoặc rút lại sự đồng ý "
                   "này bất cứ lúc nào bằng cách báo cán bộ phường hoặc gọi điện đến phường kèm mã biên nhận; việc rút "
                   "lại không làm mất hiệu lực những việc đã làm trước đó. "
                   "(Nghị định 13/2023/NĐ-CP; Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15)")
            .arg(wardName.in(u"vi"));
}

}
