// SPDX-License-Identifier: GPL-3.0-or-later
#include "record.h"

#include "phone.h"
#include "text/textfold.h"

#include <QJsonArray>
#include <QSet>

namespace {

struct KindInfo
{
    RecordKind kind;
    const char16_t *key;
    const char16_t *vi;
    const char16_t *en;
};

const KindInfo kinds[] = {
    {RecordKind::PledgeLand, u"pledge.land", u"Hiến đất", u"Land pledge"},
    {RecordKind::PledgeLabour, u"pledge.labour", u"Góp ngày công", u"Labour pledge"},
    {RecordKind::PledgeMaterials, u"pledge.materials", u"Góp vật liệu", u"Materials pledge"},
    {RecordKind::ReportWaste, u"report.waste", u"Phản ánh lãng phí", u"Waste report"},
};

struct Term
{
    const char16_t *group;
    const char16_t *key;
    const char16_t *vi;
    const char16_t *en;
};

// Order matters: it is the order the UI offers them in.
const Term terms[] = {
    {u"skill", u"digging", u"Đào đắp, khuân vác", u"Digging, carrying"},
    {u"skill", u"masonry", u"Xây, trát", u"Masonry"},
    {u"skill", u"carpentry", u"Mộc", u"Carpentry"},
    {u"skill", u"driving", u"Lái xe", u"Driving"},
    {u"skill", u"cooking", u"Nấu ăn cho người làm", u"Cooking for workers"},
    {u"skill", u"other", u"Việc khác", u"Other work"},
    {u"item", u"cement", u"Xi măng", u"Cement"},
    {u"item", u"sand", u"Cát", u"Sand"},
    {u"item", u"stone", u"Đá", u"Stone"},
    {u"item", u"bricks", u"Gạch", u"Bricks"},
    {u"item", u"steel", u"Thép", u"Steel"},
    {u"item", u"other", u"Vật liệu khác", u"Other material"},
    {u"unit", u"bao", u"bao", u"bags"},
    {u"unit", u"m3", u"m³", u"m³"},
    {u"unit", u"vien", u"viên", u"pieces"},
    {u"unit", u"kg", u"kg", u"kg"},
    {u"unit", u"tan", u"tấn", u"tonnes"},
    {u"unit", u"cay", u"cây", u"bars"},
    {u"unit", u"other", u"đơn vị khác", u"other unit"},
    {u"category", u"idle_works", u"Công trình bỏ hoang, không sử dụng", u"Abandoned or idle works"},
    {u"category", u"delay", u"Công trình chậm tiến độ kéo dài", u"Works far behind schedule"},
    {u"category", u"materials_wasted", u"Vật liệu bị bỏ phí, hư hỏng", u"Materials left to waste"},
    {u"category", u"public_land_misused", u"Đất, tài sản công bị sử dụng sai", u"Public land or property misused"},
    {u"category", u"energy_water_waste", u"Lãng phí điện, nước", u"Energy or water wasted"},
    {u"category", u"overspending", u"Chi tiêu vượt mức cần thiết", u"Spending more than needed"},
    {u"category", u"other", u"Lãng phí khác", u"Other waste"},
};

QStringList keysOf(QStringView group)
{
    QStringList out;
    for (const Term &t : terms)
        if (group == t.group)
            out.append(QString::fromUtf16(t.key));
    return out;
}

// Which JSON keys each kind reads, beside the common ones.
const QSet<QString> &commonKeys()
{
    static const QSet<QString> k{QStringLiteral("kind"), QStringLiteral("projectCode"), QStringLiteral("anonymous"),
                                 QStringLiteral("person"), QStringLiteral("consent")};
    return k;
}

QSet<QString> kindKeys(RecordKind kind)
{
    switch (kind) {
    case RecordKind::PledgeLand:
        return {QStringLiteral("areaM2"), QStringLiteral("plotNo"), QStringLiteral("mapSheetNo"), QStringLiteral("address")};
    case RecordKind::PledgeLabour:
        return {QStringLiteral("days"), QStringLiteral("availableFrom"), QStringLiteral("availableTo"),
                QStringLiteral("skills"), QStringLiteral("otherSkill")};
    case RecordKind::PledgeMaterials:
        return {QStringLiteral("items")};
    case RecordKind::ReportWaste:
        return {QStringLiteral("category"), QStringLiteral("place"), QStringLiteral("description"), QStringLiteral("photo")};
    }
    return {};
}

/** Reads typed values out of JSON objects, noting a problem for every wrong type. null and a
    missing key both mean "not given". */
class JsonReader
{
public:
    explicit JsonReader(QList<FieldProblem> *problems) : m_problems(problems) {}

    void problem(const QString &field, const QString &vi, const QString &en)
    {
        if (m_problems)
            m_problems->append({field, {vi, en}});
    }

    QString text(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString()) {
            problem(path, QStringLiteral("phải là chữ (chuỗi ký tự)"), QStringLiteral("must be text (a string)"));
            return {};
        }
        return v.toString();
    }

    double number(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return 0;
        if (!v.isDouble()) {
            problem(path, QStringLiteral("phải là một số, ví dụ 12.5"), QStringLiteral("must be a number, for example 12.5"));
            return 0;
        }
        return v.toDouble();
    }

    bool boolean(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isBool()) {
            problem(path, QStringLiteral("phải là true hoặc false"), QStringLiteral("must be true or false"));
            return false;
        }
        return v.toBool();
    }

    QDate date(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QString s = text(o, key, path);
        if (s.isEmpty())
            return {};
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid() || s.size() != 10)
            problem(path, QStringLiteral("phải là ngày dạng NNNN-TT-NN, ví dụ 2025-06-30"),
                    QStringLiteral("must be a date written YYYY-MM-DD, for example 2025-06-30"));
        return d;
    }

    QJsonObject object(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isObject()) {
            problem(path, QStringLiteral("phải là một đối tượng { … }"), QStringLiteral("must be an object { … }"));
            return {};
        }
        return v.toObject();
    }

    QJsonArray array(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray()) {
            problem(path, QStringLiteral("phải là một danh sách [ … ]"), QStringLiteral("must be a list [ … ]"));
            return {};
        }
        return v.toArray();
    }

    void unknownKeys(const QJsonObject &o, const QSet<QString> &allowed, const QString &prefix)
    {
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (!allowed.contains(it.key()))
                problem(prefix + it.key(), QStringLiteral("không phải là trường của loại bản ghi này"),
                        QStringLiteral("is not a field of this kind of record"));
        }
    }

private:
    QList<FieldProblem> *m_problems;
};

void dedupeKeepOrder(QStringList *list)
{
    QSet<QString> seen;
    QStringList out;
    for (const QString &s : std::as_const(*list))
        if (!seen.contains(s)) {
            seen.insert(s);
            out.append(s);
        }
    *list = out;
}

QJsonValue numberJson(double v)
{
    // Whole numbers are written without ".0" by QJsonDocument already; keep the double.
    return QJsonValue(v);
}

}

namespace RecordKinds {

QString key(RecordKind kind)
{
    for (const KindInfo &k : kinds)
        if (k.kind == kind)
            return QString::fromUtf16(k.key);
    return {};
}

std::optional<RecordKind> fromKey(QStringView key)
{
    for (const KindInfo &k : kinds)
        if (key == k.key)
            return k.kind;
    return std::nullopt;
}

LocalizedText name(RecordKind kind)
{
    for (const KindInfo &k : kinds)
        if (k.kind == kind)
            return {QString::fromUtf16(k.vi), QString::fromUtf16(k.en)};
    return {};
}

bool isPledge(RecordKind kind)
{
    return kind != RecordKind::ReportWaste;
}

}

namespace RecordVocabulary {
QStringList skills() { return keysOf(u"skill"); }
QStringList materialItems() { return keysOf(u"item"); }
QStringList materialUnits() { return keysOf(u"unit"); }
QStringList wasteCategories() { return keysOf(u"category"); }

LocalizedText label(QStringView group, QStringView key)
{
    for (const Term &t : terms)
        if (group == t.group && key == t.key)
            return {QString::fromUtf16(t.vi), QString::fromUtf16(t.en)};
    return {key.toString(), key.toString()};
}
}

RecordDraft RecordDraft::fromJson(const QJsonObject &json, QList<FieldProblem> *problems)
{
    RecordDraft d;
    JsonReader r(problems);
    const QString kindKey = r.text(json, QStringLiteral("kind"), QStringLiteral("kind"));
    const std::optional<RecordKind> kind = RecordKinds::fromKey(kindKey);
    if (!kind) {
        if (kindKey.isEmpty() && !json.value(QStringLiteral("kind")).isString() && json.contains(QStringLiteral("kind")))
            return d; // wrong type, already noted
        r.problem(QStringLiteral("kind"),
                  kindKey.isEmpty() ? QStringLiteral("thiếu loại bản ghi (pledge.land, pledge.labour, pledge.materials hoặc report.waste)")
                                    : QStringLiteral("loại bản ghi “%1” không có; dùng pledge.land, pledge.labour, pledge.materials hoặc report.waste").arg(kindKey),
                  kindKey.isEmpty() ? QStringLiteral("the kind is missing (pledge.land, pledge.labour, pledge.materials or report.waste)")
                                    : QStringLiteral("there is no kind “%1”; use pledge.land, pledge.labour, pledge.materials or report.waste").arg(kindKey));
        return d;
    }
    d.kind = *kind;
    r.unknownKeys(json, commonKeys() | kindKeys(d.kind), QString());

    d.projectCode = r.text(json, QStringLiteral("projectCode"), QStringLiteral("projectCode"));
    d.anonymous = r.boolean(json, QStringLiteral("anonymous"), QStringLiteral("anonymous"));

    const QJsonObject person = r.object(json, QStringLiteral("person"), QStringLiteral("person"));
    r.unknownKeys(person, {QStringLiteral("fullName"), QStringLiteral("phone"), QStringLiteral("residentialGroup")},
                  QStringLiteral("person."));
    d.person.fullName = r.text(person, QStringLiteral("fullName"), QStringLiteral("person.fullName"));
    d.person.phone = r.text(person, QStringLiteral("phone"), QStringLiteral("person.phone"));
    d.person.residentialGroup = r.text(person, QStringLiteral("residentialGroup"), QStringLiteral("person.residentialGroup"));

    const QJsonObject consent = r.object(json, QStringLiteral("consent"), QStringLiteral("consent"));
    r.unknownKeys(consent, {QStringLiteral("given"), QStringLiteral("textVersion"), QStringLiteral("text")},
                  QStringLiteral("consent."));
    d.consent.given = r.boolean(consent, QStringLiteral("given"), QStringLiteral("consent.given"));
    d.consent.textVersion = r.text(consent, QStringLiteral("textVersion"), QStringLiteral("consent.textVersion"));
    d.consent.text = r.text(consent, QStringLiteral("text"), QStringLiteral("consent.text"));

    switch (d.kind) {
    case RecordKind::PledgeLand:
        d.areaM2 = r.number(json, QStringLiteral("areaM2"), QStringLiteral("areaM2"));
        d.plotNo = r.text(json, QStringLiteral("plotNo"), QStringLiteral("plotNo"));
        d.mapSheetNo = r.text(json, QStringLiteral("mapSheetNo"), QStringLiteral("mapSheetNo"));
        d.address = r.text(json, QStringLiteral("address"), QStringLiteral("address"));
        break;
    case RecordKind::PledgeLabour: {
        d.days = r.number(json, QStringLiteral("days"), QStringLiteral("days"));
        d.availableFrom = r.date(json, QStringLiteral("availableFrom"), QStringLiteral("availableFrom"));
        d.availableTo = r.date(json, QStringLiteral("availableTo"), QStringLiteral("availableTo"));
        const QJsonArray skills = r.array(json, QStringLiteral("skills"), QStringLiteral("skills"));
        for (qsizetype i = 0; i < skills.size(); ++i) {
            if (skills.at(i).isString())
                d.skills.append(skills.at(i).toString());
            else
                r.problem(QStringLiteral("skills[%1]").arg(i), QStringLiteral("phải là chữ (chuỗi ký tự)"),
                          QStringLiteral("must be text (a string)"));
        }
        d.otherSkill = r.text(json, QStringLiteral("otherSkill"), QStringLiteral("otherSkill"));
        break;
    }
    case RecordKind::PledgeMaterials: {
        const QJsonArray items = r.array(json, QStringLiteral("items"), QStringLiteral("items"));
        // A list far beyond the limit is cut here so a hostile file cannot make us build it;
        // Validation still refuses it because the count is kept one above the maximum.
        const qsizetype keep = std::min<qsizetype>(items.size(), 21);
        for (qsizetype i = 0; i < keep; ++i) {
            const QString path = QStringLiteral("items[%1]").arg(i);
            MaterialItem item;
            if (!items.at(i).isObject()) {
                r.problem(path, QStringLiteral("phải là một đối tượng { … }"), QStringLiteral("must be an object { … }"));
            } else {
                const QJsonObject o = items.at(i).toObject();
                r.unknownKeys(o, {QStringLiteral("item"), QStringLiteral("otherItem"), QStringLiteral("quantity"),
                                  QStringLiteral("unit"), QStringLiteral("otherUnit")}, path + u'.');
                item.item = r.text(o, QStringLiteral("item"), path + QStringLiteral(".item"));
                item.otherItem = r.text(o, QStringLiteral("otherItem"), path + QStringLiteral(".otherItem"));
                item.quantity = r.number(o, QStringLiteral("quantity"), path + QStringLiteral(".quantity"));
                item.unit = r.text(o, QStringLiteral("unit"), path + QStringLiteral(".unit"));
                item.otherUnit = r.text(o, QStringLiteral("otherUnit"), path + QStringLiteral(".otherUnit"));
            }
            d.items.append(item);
        }
        break;
    }
    case RecordKind::ReportWaste: {
        d.category = r.text(json, QStringLiteral("category"), QStringLiteral("category"));
        d.place = r.text(json, QStringLiteral("place"), QStringLiteral("place"));
        d.description = r.text(json, QStringLiteral("description"), QStringLiteral("description"));
        const QString photo = r.text(json, QStringLiteral("photo"), QStringLiteral("photo"));
        if (!photo.isEmpty()) {
            auto decoded = QByteArray::fromBase64Encoding(photo.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (decoded)
                d.photoJpeg = *decoded;
            else
                r.problem(QStringLiteral("photo"), QStringLiteral("ảnh phải là tệp JPEG mã hoá base64"),
                          QStringLiteral("the photo must be a base64-encoded JPEG file"));
        }
        break;
    }
    }
    return d;
}

RecordDraft RecordDraft::normalized() const
{
    RecordDraft d = *this;
    d.projectCode = TextFold::clean(projectCode).toUpper();
    d.person.fullName = TextFold::clean(person.fullName);
    d.person.residentialGroup = TextFold::clean(person.residentialGroup);
    d.person.phone = TextFold::clean(person.phone);
    const QString phone = Phone::normalize(d.person.phone);
    if (!phone.isEmpty())
        d.person.phone = phone;
    d.consent.textVersion = TextFold::clean(consent.textVersion);
    d.consent.text = TextFold::clean(consent.text, true);

    d.plotNo = TextFold::clean(plotNo);
    d.mapSheetNo = TextFold::clean(mapSheetNo);
    d.address = TextFold::clean(address);

    for (QString &s : d.skills)
        s = TextFold::clean(s);
    dedupeKeepOrder(&d.skills);
    d.otherSkill = d.skills.contains(u"other") ? TextFold::clean(otherSkill) : QString();

    for (MaterialItem &item : d.items) {
        item.item = TextFold::clean(item.item);
        item.unit = TextFold::clean(item.unit);
        item.otherItem = item.item == u"other" ? TextFold::clean(item.otherItem) : QString();
        item.otherUnit = item.unit == u"other" ? TextFold::clean(item.otherUnit) : QString();
    }

    d.category = TextFold::clean(category);
    d.place = TextFold::clean(place);
    d.description = TextFold::clean(description, true);
    return d;
}

QJsonObject RecordDraft::toPayloadJson() const
{
    QJsonObject o;
    if (!projectCode.isEmpty())
        o.insert(QStringLiteral("projectCode"), projectCode);
    o.insert(QStringLiteral("anonymous"), anonymous);
    switch (kind) {
    case RecordKind::PledgeLand:
        o.insert(QStringLiteral("areaM2"), numberJson(areaM2));
        o.insert(QStringLiteral("plotNo"), plotNo);
        o.insert(QStringLiteral("mapSheetNo"), mapSheetNo);
        o.insert(QStringLiteral("address"), address);
        break;
    case RecordKind::PledgeLabour:
        o.insert(QStringLiteral("days"), numberJson(days));
        o.insert(QStringLiteral("availableFrom"), availableFrom.toString(Qt::ISODate));
        o.insert(QStringLiteral("availableTo"), availableTo.toString(Qt::ISODate));
        o.insert(QStringLiteral("skills"), QJsonArray::fromStringList(skills));
        if (!otherSkill.isEmpty())
            o.insert(QStringLiteral("otherSkill"), otherSkill);
        break;
    case RecordKind::PledgeMaterials: {
        QJsonArray list;
        for (const MaterialItem &item : items) {
            QJsonObject i{{QStringLiteral("item"), item.item},
                          {QStringLiteral("quantity"), numberJson(item.quantity)},
                          {QStringLiteral("unit"), item.unit}};
            if (!item.otherItem.isEmpty())
                i.insert(QStringLiteral("otherItem"), item.otherItem);
            if (!item.otherUnit.isEmpty())
                i.insert(QStringLiteral("otherUnit"), item.otherUnit);
            list.append(i);
        }
        o.insert(QStringLiteral("items"), list);
        break;
    }
    case RecordKind::ReportWaste:
        o.insert(QStringLiteral("category"), category);
        o.insert(QStringLiteral("place"), place);
        o.insert(QStringLiteral("description"), description);
        o.insert(QStringLiteral("hasPhoto"), !photoJpeg.isEmpty());
        break;
    }
    return o;
}

QJsonObject RecordDraft::toPersonalJson() const
{
    if (anonymous || (person.isEmpty() && consent.isEmpty()))
        return {};
    return QJsonObject{
        {QStringLiteral("person"), QJsonObject{{QStringLiteral("fullName"), person.fullName},
                                               {QStringLiteral("phone"), person.phone},
                                               {QStringLiteral("residentialGroup"), person.residentialGroup}}},
        {QStringLiteral("consent"), QJsonObject{{QStringLiteral("given"), consent.given},
                                                {QStringLiteral("textVersion"), consent.textVersion},
                                                {QStringLiteral("text"), consent.text}}},
    };
}

QJsonObject RecordDraft::toJson() const
{
    QJsonObject o = toPayloadJson();
    o.remove(QStringLiteral("hasPhoto"));
    o.insert(QStringLiteral("kind"), RecordKinds::key(kind));
    const QJsonObject personal = toPersonalJson();
    for (auto it = personal.constBegin(); it != personal.constEnd(); ++it)
        o.insert(it.key(), it.value());
    if (kind == RecordKind::ReportWaste && !photoJpeg.isEmpty())
        o.insert(QStringLiteral("photo"), QString::fromLatin1(photoJpeg.toBase64()));
    return o;
}
