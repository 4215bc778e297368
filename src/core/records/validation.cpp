// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation.h"

#include "phone.h"
#include "text/formatting.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace Validation {

namespace {

/** Characters as people count them: a surrogate pair (emoji) is one. */
qsizetype codePoints(const QString &s)
{
    qsizetype n = 0;
    for (const QChar c : s)
        if (!c.isLowSurrogate())
            ++n;
    return n;
}

/** 100000 → "100.000" / "100,000"; 0.5 → "0,5" / "0.5". */
QString num(double v, QStringView language)
{
    const double whole = std::trunc(v);
    QString out = Formatting::number(qint64(whole), language);
    const double frac = std::abs(v - whole);
    if (frac > 1e-9) {
        QString digits = QString::number(frac, 'f', 3).mid(2);
        while (digits.endsWith(u'0'))
            digits.chop(1);
        out += (language == u"vi" ? u',' : u'.') + digits;
    }
    return out;
}

struct UnitLimit
{
    const char16_t *unit;
    double max;
    bool whole;
};

const UnitLimit unitLimits[] = {
    {u"bao", 10'000, true},      // 50 kg bags of cement: 500 t
    {u"m3", 10'000, false},      // sand, stone
    {u"vien", 1'000'000, true},  // bricks
    {u"kg", 1'000'000, false},
    {u"tan", 10'000, false},
    {u"cay", 100'000, true},     // steel bars, bamboo poles
    {u"other", 1'000'000, false},
};

class Checker
{
public:
    Checker(const ValidationContext &context) : m_context(context)
    {
        if (!m_context.today.isValid())
            m_context.today = QDate::currentDate();
    }

    QList<FieldProblem> problems;

    void add(const QString &field, const QString &vi, const QString &en) { problems.append({field, {vi, en}}); }

    /** A text field: required or optional, with its length limits. whatVi/whatEn name it in a
        sentence ("họ và tên" / "your full name"). Returns true when it is fine. */
    bool text(const QString &value, const QString &field, bool required, int min, int max, const QString &whatVi,
              const QString &whatEn)
    {
        const qsizetype n = codePoints(value);
        if (n == 0) {
            if (required)
                add(field, QStringLiteral("Chưa nhập %1.").arg(whatVi), QStringLiteral("Please enter %1.").arg(whatEn));
            return !required;
        }
        if (n > max) {
            add(field, QStringLiteral("Quá dài: tối đa %1 ký tự (đang có %2).").arg(num(max, u"vi"), num(double(n), u"vi")),
                QStringLiteral("Too long (max %1 characters; this has %2).").arg(num(max, u"en"), num(double(n), u"en")));
            return false;
        }
        if (n < min) {
            add(field, QStringLiteral("Quá ngắn: cần ít nhất %1 ký tự (đang có %2).").arg(min).arg(n),
                QStringLiteral("Too short: at least %1 characters are needed (this has %2).").arg(min).arg(n));
            return false;
        }
        return true;
    }

    void range(double value, const QString &field, double min, double max, const QString &whatVi, const QString &whatEn,
               const QString &unitVi, const QString &unitEn)
    {
        if (value == 0) {
            add(field, QStringLiteral("Chưa nhập %1.").arg(whatVi), QStringLiteral("Please enter %1.").arg(whatEn));
        } else if (!(value >= min && value <= max)) { // also refuses NaN
            add(field, QStringLiteral("%1 phải từ %2 đến %3%4.").arg(capitalized(whatVi), num(min, u"vi"), num(max, u"vi"), unitVi),
                QStringLiteral("%1 must be from %2 to %3%4.").arg(capitalized(whatEn), num(min, u"en"), num(max, u"en"), unitEn));
        }
    }

    static QString capitalized(QString s)
    {
        if (!s.isEmpty())
            s[0] = s.at(0).toUpper();
        return s;
    }

    void projectCode(const RecordDraft &d)
    {
        if (d.projectCode.isEmpty())
            return;
        if (codePoints(d.projectCode) > MaxProjectCodeLength || !m_context.projectExists
            || !m_context.projectExists(d.projectCode)) {
            const QString shown = codePoints(d.projectCode) > MaxProjectCodeLength ? d.projectCode.left(MaxProjectCodeLength) + u'…'
                                                                                     : d.projectCode;
            add(QStringLiteral("projectCode"), QStringLiteral("Không có công trình mã “%1” trong phường.").arg(shown),
                QStringLiteral("There is no work with code “%1” in the ward.").arg(shown));
        }
    }

    void land(const RecordDraft &d)
    {
        range(d.areaM2, QStringLiteral("areaM2"), MinAreaM2, MaxAreaM2, QStringLiteral("diện tích"),
              QStringLiteral("the area"), QStringLiteral(" m²"), QStringLiteral(" m²"));
        text(d.plotNo, QStringLiteral("plotNo"), true, 1, MaxPlotLength, QStringLiteral("số thửa đất"),
             QStringLiteral("the plot number"));
        text(d.mapSheetNo, QStringLiteral("mapSheetNo"), true, 1, MaxPlotLength, QStringLiteral("số tờ bản đồ"),
             QStringLiteral("the map sheet number"));
        text(d.address, QStringLiteral("address"), true, 1, MaxAddressLength, QStringLiteral("địa chỉ thửa đất"),
             QStringLiteral("the address of the land"));
    }

    void labour(const RecordDraft &d)
    {
        range(d.days, QStringLiteral("days"), MinDays, MaxDays, QStringLiteral("số ngày công"),
              QStringLiteral("the number of days"), QStringLiteral(" ngày"), QStringLiteral(" days"));
        if (d.days >= MinDays && d.days <= MaxDays && std::fmod(d.days * 2, 1.0) != 0)
            add(QStringLiteral("days"), QStringLiteral("Số ngày công tính theo nửa ngày: 0,5; 1; 1,5; 2 …"),
                QStringLiteral("Days are counted in half days: 0.5, 1, 1.5, 2 …"));

        bool datesOk = true;
        if (!d.availableFrom.isValid()) {
            datesOk = false;
            add(QStringLiteral("availableFrom"), QStringLiteral("Chưa chọn ngày bắt đầu có thể làm."),
                QStringLiteral("Please choose the first day you are available."));
        } else if (d.availableFrom > m_context.today.addDays(MaxDaysAhead)) {
            datesOk = false;
            add(QStringLiteral("availableFrom"), QStringLiteral("Ngày bắt đầu phải trong vòng 2 năm tới."),
                QStringLiteral("The first day must be within the next 2 years."));
        }
        if (!d.availableTo.isValid()) {
            datesOk = false;
            add(QStringLiteral("availableTo"), QStringLiteral("Chưa chọn ngày cuối có thể làm."),
                QStringLiteral("Please choose the last day you are available."));
        } else if (d.availableFrom.isValid() && d.availableTo < d.availableFrom) {
            datesOk = false;
            add(QStringLiteral("availableTo"), QStringLiteral("Ngày cuối phải cùng ngày hoặc sau ngày bắt đầu."),
                QStringLiteral("The last day must be on or after the first day."));
        } else if (d.availableTo < m_context.today) {
            datesOk = false;
            add(QStringLiteral("availableTo"), QStringLiteral("Khoảng thời gian này đã qua."),
                QStringLiteral("This period is already over."));
        }
        if (datesOk && d.days >= MinDays && d.days <= MaxDays) {
            const qint64 period = d.availableFrom.daysTo(d.availableTo) + 1;
            if (d.days > double(period))
                add(QStringLiteral("days"),
                    QStringLiteral("%1 ngày công nhiều hơn số ngày trong khoảng thời gian đã chọn (%2 ngày).")
                            .arg(num(d.days, u"vi")).arg(period),
                    QStringLiteral("%1 days is more than the days in the chosen period (%2).").arg(num(d.days, u"en")).arg(period));
        }

        if (d.skills.isEmpty())
            add(QStringLiteral("skills"), QStringLiteral("Chọn ít nhất một việc có thể làm."),
                QStringLiteral("Please choose at least one kind of work."));
        const QStringList known = RecordVocabulary::skills();
        for (qsizetype i = 0; i < d.skills.size(); ++i)
            if (!known.contains(d.skills.at(i)))
                add(QStringLiteral("skills[%1]").arg(i), QStringLiteral("Không có loại việc “%1”.").arg(d.skills.at(i).left(40)),
                    QStringLiteral("There is no kind of work “%1”.").arg(d.skills.at(i).left(40)));
        if (d.skills.contains(u"other"))
            text(d.otherSkill, QStringLiteral("otherSkill"), true, 1, MaxOtherTextLength, QStringLiteral("việc khác có thể làm"),
                 QStringLiteral("the other work you can do"));
    }

    void materials(const RecordDraft &d)
    {
        if (d.items.isEmpty()) {
            add(QStringLiteral("items"), QStringLiteral("Thêm ít nhất một loại vật liệu."),
                QStringLiteral("Please add at least one material."));
            return;
        }
        if (d.items.size() > MaxItems) {
            add(QStringLiteral("items"), QStringLiteral("Tối đa %1 loại vật liệu trong một lần đăng ký.").arg(MaxItems),
                QStringLiteral("At most %1 materials in one pledge.").arg(MaxItems));
            return;
        }
        const QStringList items = RecordVocabulary::materialItems();
        for (qsizetype i = 0; i < d.items.size(); ++i) {
            const MaterialItem &item = d.items.at(i);
            const QString path = QStringLiteral("items[%1]").arg(i);
            if (item.item.isEmpty())
                add(path + QStringLiteral(".item"), QStringLiteral("Chưa chọn vật liệu."), QStringLiteral("Please choose the material."));
            else if (!items.contains(item.item))
                add(path + QStringLiteral(".item"), QStringLiteral("Không có vật liệu “%1”.").arg(item.item.left(40)),
                    QStringLiteral("There is no material “%1”.").arg(item.item.left(40)));
            else if (item.item == u"other")
                text(item.otherItem, path + QStringLiteral(".otherItem"), true, 1, MaxOtherTextLength,
                     QStringLiteral("tên vật liệu"), QStringLiteral("the name of the material"));

            const double max = maxQuantity(item.unit);
            if (item.unit.isEmpty()) {
                add(path + QStringLiteral(".unit"), QStringLiteral("Chưa chọn đơn vị."), QStringLiteral("Please choose the unit."));
            } else if (max == 0) {
                add(path + QStringLiteral(".unit"), QStringLiteral("Không có đơn vị “%1”.").arg(item.unit.left(40)),
                    QStringLiteral("There is no unit “%1”.").arg(item.unit.left(40)));
            } else if (item.unit == u"other") {
                text(item.otherUnit, path + QStringLiteral(".otherUnit"), true, 1, MaxOtherTextLength,
                     QStringLiteral("đơn vị"), QStringLiteral("the unit"));
            }

            const QString q = path + QStringLiteral(".quantity");
            const LocalizedText unit = RecordVocabulary::label(u"unit", item.unit);
            if (item.quantity == 0) {
                add(q, QStringLiteral("Chưa nhập số lượng."), QStringLiteral("Please enter the quantity."));
            } else if (!(item.quantity > 0)) {
                add(q, QStringLiteral("Số lượng phải lớn hơn 0."), QStringLiteral("The quantity must be more than 0."));
            } else if (max > 0 && item.quantity > max) {
                add(q, QStringLiteral("Số lượng tối đa là %1 %2.").arg(num(max, u"vi"), unit.vi),
                    QStringLiteral("The quantity can be at most %1 %2.").arg(num(max, u"en"), unit.en));
            } else if (isWholeUnit(item.unit) && item.quantity != std::trunc(item.quantity)) {
                add(q, QStringLiteral("Số %1 phải là số nguyên.").arg(unit.vi),
                    QStringLiteral("The number of %1 must be a whole number.").arg(unit.en));
            }
        }
    }

    void waste(const RecordDraft &d)
    {
        if (d.category.isEmpty())
            add(QStringLiteral("category"), QStringLiteral("Chưa chọn loại lãng phí."), QStringLiteral("Please choose what kind of waste it is."));
        else if (!RecordVocabulary::wasteCategories().contains(d.category))
            add(QStringLiteral("category"), QStringLiteral("Không có loại lãng phí “%1”.").arg(d.category.left(40)),
                QStringLiteral("There is no kind of waste “%1”.").arg(d.category.left(40)));
        text(d.place, QStringLiteral("place"), true, 1, MaxPlaceLength, QStringLiteral("nơi xảy ra"),
             QStringLiteral("where it is"));
        text(d.description, QStringLiteral("description"), true, MinDescriptionLength, MaxDescriptionLength,
             QStringLiteral("nội dung phản ánh"), QStringLiteral("what you saw"));
        if (!d.photoJpeg.isEmpty()) {
            if (d.photoJpeg.size() > MaxPhotoBytes)
                add(QStringLiteral("photo"), QStringLiteral("Ảnh quá lớn: tối đa 1,5 MB."),
                    QStringLiteral("The photo is too large (max 1.5 MB)."));
            else if (!d.photoJpeg.startsWith("\xFF\xD8\xFF"))
                add(QStringLiteral("photo"), QStringLiteral("Ảnh phải là tệp JPEG."), QStringLiteral("The photo must be a JPEG file."));
        }
    }

    void person(const RecordDraft &d)
    {
        if (d.anonymous) {
            if (d.kind == RecordKind::PledgeLand) {
                add(QStringLiteral("anonymous"),
                    QStringLiteral("Hiến đất không thể đăng ký ẩn danh: phường cần họ tên và số điện thoại để làm thủ tục."),
                    QStringLiteral("Land cannot be pledged anonymously: the ward needs a name and phone number for the paperwork."));
            } else if (RecordKinds::isPledge(d.kind) && !m_context.allowAnonymousPledges) {
                add(QStringLiteral("anonymous"),
                    QStringLiteral("Phường chưa nhận đăng ký đóng góp ẩn danh. Xin ghi họ tên và số điện thoại."),
                    QStringLiteral("This ward does not take anonymous pledges. Please give your name and phone number."));
            }
            if (!d.person.isEmpty())
                add(QStringLiteral("person"),
                    QStringLiteral("Bản ghi ẩn danh không lưu họ tên, số điện thoại hay tổ dân phố; xin xoá các mục đó."),
                    QStringLiteral("An anonymous record keeps no name, phone or residential group; please clear them."));
            return;
        }
        if (text(d.person.fullName, QStringLiteral("person.fullName"), true, MinNameLength, MaxNameLength,
                 QStringLiteral("họ và tên"), QStringLiteral("your full name"))) {
            bool letter = false;
            for (const QChar c : d.person.fullName)
                letter = letter || c.isLetter();
            if (!letter)
                add(QStringLiteral("person.fullName"), QStringLiteral("Họ và tên phải có chữ cái."),
                    QStringLiteral("A name must contain letters."));
        }
        if (d.person.phone.isEmpty()) {
            add(QStringLiteral("person.phone"), QStringLiteral("Chưa nhập số điện thoại di động."),
                QStringLiteral("Please enter your mobile phone number."));
        } else if (codePoints(d.person.phone) > 40) {
            text(d.person.phone, QStringLiteral("person.phone"), true, 1, 40, {}, {});
        } else {
            LocalizedText problem;
            if (Phone::normalize(d.person.phone, &problem).isEmpty())
                problems.append({QStringLiteral("person.phone"), problem});
        }
        text(d.person.residentialGroup, QStringLiteral("person.residentialGroup"), true, 1, MaxGroupLength,
             QStringLiteral("tổ dân phố hoặc thôn"), QStringLiteral("your residential group or village"));

        // Consent: explicit, and the exact text and its version stored with the record.
        if (!d.consent.given)
            add(QStringLiteral("consent.given"),
                QStringLiteral("Cần bạn đồng ý cho phường lưu họ tên và số điện thoại, hoặc chọn gửi ẩn danh nếu được."),
                QStringLiteral("Please agree that the ward may keep your name and phone number, or send anonymously where allowed."));
        bool versionOk = !d.consent.textVersion.isEmpty() && codePoints(d.consent.textVersion) <= MaxConsentVersionLength;
        for (const QChar c : d.consent.textVersion)
            versionOk = versionOk && c.unicode() < 128 && (c.isLetterOrNumber() || c == u'.' || c == u'-' || c == u'_');
        if (!versionOk)
            add(QStringLiteral("consent.textVersion"),
                QStringLiteral("Thiếu hoặc sai phiên bản của lời đồng ý (chữ, số, dấu . - _; tối đa %1 ký tự).").arg(MaxConsentVersionLength),
                QStringLiteral("The consent text version is missing or malformed (letters, digits, . - _; max %1 characters).")
                        .arg(MaxConsentVersionLength));
        text(d.consent.text, QStringLiteral("consent.text"), true, 1, MaxConsentTextLength,
             QStringLiteral("nội dung lời đồng ý đã hiển thị"), QStringLiteral("the consent text that was shown"));
    }

private:
    ValidationContext m_context;
};

}

double maxQuantity(QStringView unit)
{
    for (const UnitLimit &u : unitLimits)
        if (unit == u.unit)
            return u.max;
    return 0;
}

bool isWholeUnit(QStringView unit)
{
    for (const UnitLimit &u : unitLimits)
        if (unit == u.unit)
            return u.whole;
    return false;
}

QList<FieldProblem> check(const RecordDraft &draft, const ValidationContext &context)
{
    const RecordDraft d = draft.normalized();
    Checker c(context);
    c.projectCode(d);
    switch (d.kind) {
    case RecordKind::PledgeLand: c.land(d); break;
    case RecordKind::PledgeLabour: c.labour(d); break;
    case RecordKind::PledgeMaterials: c.materials(d); break;
    case RecordKind::ReportWaste: c.waste(d); break;
    }
    c.person(d);
    return c.problems;
}

QList<FieldProblem> checkJson(const QJsonObject &json, const ValidationContext &context, RecordDraft *draft)
{
    QList<FieldProblem> problems;
    const RecordDraft d = RecordDraft::fromJson(json, &problems);
    if (draft)
        *draft = d;
    if (std::any_of(problems.cbegin(), problems.cend(), [](const FieldProblem &p) { return p.field == u"kind"; }))
        return problems; // without a kind there are no rules to apply
    QSet<QString> reported;
    for (const FieldProblem &p : std::as_const(problems))
        reported.insert(p.field);
    const QList<FieldProblem> rules = check(d, context);
    for (const FieldProblem &p : rules)
        if (!reported.contains(p.field))
            problems.append(p);
    return problems;
}

QList<FieldProblem> checkField(const RecordDraft &draft, const ValidationContext &context, QStringView field)
{
    QList<FieldProblem> out;
    const QList<FieldProblem> all = check(draft, context);
    for (const FieldProblem &p : all) {
        if (p.field == field || (p.field.startsWith(field)
                                 && (p.field.mid(field.size()).startsWith(u'.') || p.field.mid(field.size()).startsWith(u'['))))
            out.append(p);
    }
    return out;
}

}
