// SPDX-License-Identifier: GPL-3.0-or-later
#include "open311/services.h"

#include "open311.h"
#include "records/record.h"

namespace Open311 {

namespace {

struct ServiceText
{
    const char16_t *code;
    const char16_t *descriptionVi;
    const char16_t *descriptionEn;
    const char16_t *keywordsVi;
    const char16_t *keywordsEn;
};

// The names come from the core vocabulary the kiosk shows; these add what Open311 asks for.
const ServiceText serviceTexts[] = {
    {u"idle_works", u"Công trình công cộng đã xây xong nhưng bỏ không, không dùng đến hoặc xuống cấp.",
     u"Public works that are finished but stand empty, unused or falling apart.",
     u"bỏ hoang, không sử dụng, xuống cấp, công trình", u"abandoned, idle, unused, derelict, works"},
    {u"delay", u"Công trình chậm tiến độ kéo dài so với kế hoạch đã công bố.",
     u"Works running far behind their published schedule.", u"chậm tiến độ, kéo dài, dở dang",
     u"delay, behind schedule, unfinished"},
    {u"materials_wasted", u"Vật liệu, thiết bị để ngoài trời hư hỏng hoặc bị bỏ phí.",
     u"Materials or equipment left out to spoil or go to waste.", u"vật liệu, thiết bị, hư hỏng, bỏ phí",
     u"materials, equipment, spoiled, wasted"},
    {u"public_land_misused", u"Đất công, nhà, xe hoặc tài sản công khác dùng sai mục đích hoặc bỏ không.",
     u"Public land, buildings, vehicles or other public property used for the wrong purpose or left idle.",
     u"đất công, tài sản công, lấn chiếm, sai mục đích", u"public land, public property, encroachment, misuse"},
    {u"energy_water_waste", u"Đèn, điều hoà, máy bơm chạy khi không cần; nước rò rỉ, chảy tràn.",
     u"Lights, air conditioning or pumps running for nobody; water leaking or overflowing.",
     u"điện, nước, đèn, rò rỉ", u"electricity, water, lights, leak"},
    {u"overspending", u"Mua sắm, lễ hội, chi tiêu tốn kém hơn mức cần thiết.",
     u"Purchases, events or spending beyond what is needed.", u"chi tiêu, mua sắm, tốn kém, lễ hội",
     u"spending, purchases, expensive, events"},
    {u"other", u"Lãng phí khác trong việc dùng tiền, đất đai, tài sản công.",
     u"Other waste of public money, land or property.", u"lãng phí, khác", u"waste, other"},
};

const ServiceText *serviceText(const QString &code)
{
    for (const ServiceText &s : serviceTexts)
        if (code == s.code)
            return &s;
    return nullptr;
}

Node service(const Words &w, const QString &code)
{
    const ServiceText *text = serviceText(code);
    return Node::object()
            .add(QStringLiteral("service_code"), code)
            .add(QStringLiteral("service_name"), w.t(RecordVocabulary::label(u"category", code)))
            .add(QStringLiteral("description"), text ? w.t(text->descriptionVi, text->descriptionEn) : QString())
            // true: the definition names the optional project_code attribute.
            .add(QStringLiteral("metadata"), true)
            .add(QStringLiteral("type"), QStringLiteral("realtime"))
            .add(QStringLiteral("keywords"), text ? w.t(text->keywordsVi, text->keywordsEn) : QString())
            .add(QStringLiteral("group"), w.t(u"Lãng phí", u"Waste"));
}

}

bool isService(const QString &code)
{
    return RecordVocabulary::wasteCategories().contains(code);
}

Node serviceList(const Words &w)
{
    Node list = Node::list(QStringLiteral("service"));
    const QStringList codes = RecordVocabulary::wasteCategories();
    for (const QString &code : codes)
        list.append(service(w, code));
    return list;
}

Node definition(const Words &w, const QString &code)
{
    Node attribute = Node::object()
                             .add(QStringLiteral("variable"), true)
                             .add(QStringLiteral("code"), QString::fromUtf16(ProjectAttribute))
                             .add(QStringLiteral("datatype"), QStringLiteral("string"))
                             .add(QStringLiteral("required"), false)
                             .add(QStringLiteral("datatype_description"),
                                  w.t(u"Mã công trình trong nội dung đã công bố, ví dụ HB-001",
                                      u"The code of a work in the published content, e.g. HB-001"))
                             .add(QStringLiteral("order"), 1)
                             .add(QStringLiteral("description"),
                                  w.t(u"Công trình mà phản ánh nói đến, nếu có.", u"The work the report is about, if any."));
    return Node::object()
            .add(QStringLiteral("service_code"), code)
            .add(QStringLiteral("attributes"), Node::list(QStringLiteral("attribute")).append(attribute));
}

}
