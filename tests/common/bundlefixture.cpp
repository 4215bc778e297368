// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundlefixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace BundleFixture {

QByteArray svg()
{
    return QByteArrayLiteral("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 8 6\">"
                             "<rect width=\"8\" height=\"6\" fill=\"#A4161A\"/></svg>\n");
}

namespace {
QJsonObject envelope(const QString &version)
{
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("civic-kiosk-content")},
        {QStringLiteral("formatVersion"), 1},
        {QStringLiteral("version"), version},
        {QStringLiteral("sample"), true},
        {QStringLiteral("city"), QJsonObject{{QStringLiteral("nameVi"), QStringLiteral("Thành phố Hải Phòng")},
                                             {QStringLiteral("nameEn"), QStringLiteral("Hai Phong City")},
                                             {QStringLiteral("portalUrl"), QStringLiteral("https://haiphong.gov.vn")},
                                             {QStringLiteral("publicUrl"), QStringLiteral("https://congxay.haiphong.gov.vn")}}},
    };
}

QJsonObject work(const QString &code, const QString &ward, const QString &category, const QString &status,
                 const QString &nameVi, const QString &nameEn, int progress)
{
    return QJsonObject{
        {QStringLiteral("code"), code},
        {QStringLiteral("ward"), ward},
        {QStringLiteral("category"), category},
        {QStringLiteral("status"), status},
        {QStringLiteral("nameVi"), nameVi},
        {QStringLiteral("nameEn"), nameEn},
        {QStringLiteral("descriptionVi"), QStringLiteral("Mô tả công trình.")},
        {QStringLiteral("locationVi"), QStringLiteral("Tổ dân phố số 3")},
        {QStringLiteral("ownerVi"), QStringLiteral("UBND phường")},
        {QStringLiteral("contractorVi"), QStringLiteral("Công ty Cổ phần Xây dựng Thử nghiệm")},
        {QStringLiteral("progress"), progress},
        {QStringLiteral("startDate"), QStringLiteral("2025-01-15")},
        {QStringLiteral("plannedEnd"), QStringLiteral("2026-06-30")},
        {QStringLiteral("budgetTotal"), 12'000'000'000.0},
        {QStringLiteral("budgetDisbursed"), 6'000'000'000.0},
        {QStringLiteral("images"), QJsonArray()},
    };
}
}

QJsonObject small()
{
    QJsonObject root = envelope(QStringLiteral("test-1"));
    root.insert(QStringLiteral("wards"),
                QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("LE-CHAN")},
                                       {QStringLiteral("kind"), QStringLiteral("ward")},
                                       {QStringLiteral("nameVi"), QStringLiteral("Phường Lê Chân")},
                                       {QStringLiteral("nameEn"), QStringLiteral("Le Chan Ward")}},
                           QJsonObject{{QStringLiteral("code"), QStringLiteral("AN-LAO")},
                                       {QStringLiteral("kind"), QStringLiteral("commune")},
                                       {QStringLiteral("nameVi"), QStringLiteral("Xã An Lão")},
                                       {QStringLiteral("nameEn"), QStringLiteral("An Lao Commune")}}});
    QJsonObject road = work(QStringLiteral("LC-001"), QStringLiteral("LE-CHAN"), QStringLiteral("road"),
                            QStringLiteral("in_progress"), QStringLiteral("Nâng cấp đường Tô Hiệu"),
                            QStringLiteral("Upgrade of To Hieu Street"), 60);
    road.insert(QStringLiteral("images"), QJsonArray{QStringLiteral("images/pic.svg")});
    root.insert(QStringLiteral("projects"),
                QJsonArray{road,
                           work(QStringLiteral("LC-002"), QStringLiteral("LE-CHAN"), QStringLiteral("bridge"),
                                QStringLiteral("paused"), QStringLiteral("Xây dựng cầu Rào 3"),
                                QStringLiteral("Rao 3 Bridge"), 35),
                           work(QStringLiteral("AL-001"), QStringLiteral("AN-LAO"), QStringLiteral("school"),
                                QStringLiteral("completed"), QStringLiteral("Trường Tiểu học An Lão"),
                                QStringLiteral("An Lao Primary School"), 100)});
    return root;
}

QJsonObject synthetic(int works)
{
    static const char16_t *const actions[] = {u"Nâng cấp", u"Cải tạo", u"Xây dựng", u"Mở rộng", u"Sửa chữa", u"Cứng hóa"};
    static const char16_t *const kinds[][2] = {
        {u"road", u"đường"},          {u"rural_road", u"đường giao thông nông thôn thôn"},
        {u"bridge", u"cầu"},          {u"drainage", u"hệ thống thoát nước"},
        {u"school", u"Trường Tiểu học"}, {u"health", u"Trạm Y tế"},
        {u"park", u"công viên"},      {u"lighting", u"chiếu sáng công cộng"},
        {u"digital", u"Wi-Fi công cộng"}, {u"welfare", u"Nhà văn hóa tổ dân phố"}};
    static const char16_t *const places[] = {u"Tô Hiệu", u"Lạch Tray", u"Hoàng Văn Thụ", u"Trần Phú", u"Điện Biên Phủ",
                                             u"Cầu Rào", u"Đằng Hải", u"Ngô Quyền", u"Văn Cao", u"Lê Lợi",
                                             u"Đồ Sơn", u"Kiến An", u"Bạch Đằng", u"Nguyễn Trãi", u"Đông Hải"};
    static const char16_t *const statuses[] = {u"preparing", u"in_progress", u"paused", u"completed"};

    QJsonObject root = envelope(QStringLiteral("synthetic-%1").arg(works));
    QJsonArray wards;
    for (int w = 0; w < 30; ++w)
        wards.append(QJsonObject{{QStringLiteral("code"), QStringLiteral("W%1").arg(w, 2, 10, QChar(u'0'))},
                                 {QStringLiteral("kind"), QStringLiteral("ward")},
                                 {QStringLiteral("nameVi"), QStringLiteral("Phường Thử %1").arg(w)},
                                 {QStringLiteral("nameEn"), QStringLiteral("Test Ward %1").arg(w)}});
    root.insert(QStringLiteral("wards"), wards);
    QRandomGenerator rng(20261127);
    QJsonArray projects;
    for (int i = 0; i < works; ++i) {
        const auto &kind = kinds[rng.bounded(int(std::size(kinds)))];
        const QString nameVi = QStringLiteral("%1 %2 %3 số %4")
                                       .arg(QString::fromUtf16(actions[rng.bounded(int(std::size(actions)))]),
                                            QString::fromUtf16(kind[1]),
                                            QString::fromUtf16(places[rng.bounded(int(std::size(places)))]))
                                       .arg(i + 1);
        const int progress = int(rng.bounded(101));
        projects.append(work(QStringLiteral("S-%1").arg(i, 5, 10, QChar(u'0')),
                             QStringLiteral("W%1").arg(i % 30, 2, 10, QChar(u'0')), QString::fromUtf16(kind[0]),
                             QString::fromUtf16(statuses[rng.bounded(4)]), nameVi,
                             QStringLiteral("Work number %1").arg(i + 1), progress));
    }
    root.insert(QStringLiteral("projects"), projects);
    return root;
}

bool write(const QString &folder, const QJsonObject &root)
{
    QDir dir(folder);
    if (!dir.mkpath(QStringLiteral("images")))
        return false;
    QFile json(dir.filePath(QStringLiteral("bundle.json")));
    QFile image(dir.filePath(QStringLiteral("images/pic.svg")));
    return json.open(QIODevice::WriteOnly | QIODevice::Truncate)
            && json.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) > 0
            && image.open(QIODevice::WriteOnly | QIODevice::Truncate) && image.write(svg()) > 0;
}

QJsonObject formatTwo(QJsonObject root)
{
    root.insert(QStringLiteral("formatVersion"), 2);
    root.remove(QStringLiteral("ranking"));
    QJsonArray wards = root.value(QStringLiteral("wards")).toArray();
    for (qsizetype i = 0; i < wards.size(); ++i) {
        QJsonObject w = wards.at(i).toObject();
        w.insert(QStringLiteral("kind"), w.value(QStringLiteral("kind")).toString() == u"commune" ? QStringLiteral("xa")
                                                                                               : QStringLiteral("phuong"));
        w.insert(QStringLiteral("population"), 20'000 + 1'000 * int(i));
        wards[i] = w;
    }
    root.insert(QStringLiteral("wards"), wards);
    QJsonArray projects = root.value(QStringLiteral("projects")).toArray();
    for (qsizetype i = 0; i < projects.size(); ++i) {
        QJsonObject p = projects.at(i).toObject();
        p.insert(QStringLiteral("budgetOriginal"), p.take(QStringLiteral("budgetTotal")));
        projects[i] = p;
    }
    root.insert(QStringLiteral("projects"), projects);
    return root;
}

QByteArray webmHeader()
{
    return QByteArrayLiteral("\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\xf7\x81\x01\x42\xf2\x81\x04"
                             "\x42\xf3\x81\x08\x42\x82\x84webm\x42\x87\x81\x02\x42\x85\x81\x02");
}

}
