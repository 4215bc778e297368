// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffsettings.h"

#include "content/contentstore.h"
#include "idlereset.h"
#include "kioskcontroller.h"
#include "logging.h"
#include "recordscontroller.h"
#include "settings/settings.h"
#include "staffsession.h"

using Key = Settings::Key;

StaffSettings::StaffSettings(Database &db, StaffSession *session, ContentStore *content, KioskController *kiosk,
                             RecordsController *records, IdleReset *idleReset, std::function<void()> reloadContent,
                             QObject *parent)
    : QObject(parent), m_db(db), m_session(session), m_content(content), m_kiosk(kiosk), m_records(records),
      m_idleReset(idleReset), m_reloadContent(std::move(reloadContent))
{
}

QVariantMap StaffSettings::values() const
{
    const Settings settings(m_db);
    return {
        {Settings::name(Key::WardCode), m_kiosk->wardCode()},
        {Settings::name(Key::PublicUrl), settings.text(Key::PublicUrl)},
        {Settings::name(Key::IdleTimeoutSeconds),
         settings.number(Key::IdleTimeoutSeconds).value_or(m_idleReset->residentTimeout() / 1000)},
        {Settings::name(Key::DefaultLanguage), m_kiosk->defaultLanguage()},
        {Settings::name(Key::AllowAnonymousPledges), settings.flag(Key::AllowAnonymousPledges)},
        {Settings::name(Key::ScreenOffFrom), settings.text(Key::ScreenOffFrom)},
        {Settings::name(Key::ScreenOffTo), settings.text(Key::ScreenOffTo)},
        {Settings::name(Key::LoopSound), settings.flag(Key::LoopSound)},
        {Settings::name(Key::ReceiptPrinter), settings.text(Key::ReceiptPrinter)},
        {Settings::name(Key::ReceiptPaperMm), settings.number(Key::ReceiptPaperMm).value_or(80)},
        {QStringLiteral("enrolled"), !settings.text(Key::HubUrl).isEmpty()},
    };
}

QVariantList StaffSettings::wards() const
{
    QVariantList out;
    const Content content = m_content->load();
    for (const Ward &w : content.wards)
        out.append(QVariantMap{{QStringLiteral("code"), w.code}, {QStringLiteral("name"), w.name.in(m_session->language())}});
    return out;
}

bool StaffSettings::set(const QString &name, const QVariant &value)
{
    if (!m_session->allows("change a setting"))
        return false;
    const auto refuse = [this](const LocalizedText &why) {
        m_session->say(why);
        return false;
    };
    const std::optional<Key> key = Settings::find(name);
    if (!key || !Settings::spec(*key).staffEditable)
        return refuse({QStringLiteral("Không có thiết lập này."), QStringLiteral("There is no such setting.")});
    Settings settings(m_db);
    if (*key == Key::WardCode) {
        if (!settings.text(Key::HubUrl).isEmpty())
            return refuse({QStringLiteral("Ki-ốt đã liên kết: phường do thành phố đặt khi đăng ký."),
                           QStringLiteral("The kiosk is linked: the city set its ward at enrolment.")});
        bool found = false;
        for (const QVariant &w : wards())
            found = found || w.toMap().value(QStringLiteral("code")).toString() == value.toString();
        if (!found)
            return refuse({QStringLiteral("Không có phường/xã này."), QStringLiteral("There is no such ward.")});
    }
    const SettingResult stored = settings.set(*key, value);
    if (!stored)
        return refuse(stored.error().message);
    qCInfo(lcStaff) << "setting" << name << "=" << Settings::forLog(*key, stored.value());
    apply(int(*key), stored.value());
    m_session->say({QStringLiteral("Đã lưu."), QStringLiteral("Saved.")});
    emit changed();
    return true;
}

void StaffSettings::apply(int key, const QString &stored)
{
    switch (Key(key)) {
    case Key::WardCode:
    case Key::PublicUrl:
        m_reloadContent();
        m_records->reloadIdentity();
        break;
    case Key::IdleTimeoutSeconds:
        m_idleReset->setResidentTimeout(stored.toInt() * 1000); // staff mode keeps its own until it ends
        break;
    case Key::DefaultLanguage:
        m_kiosk->setDefaultLanguage(stored);
        break;
    case Key::AllowAnonymousPledges:
        m_records->reloadIdentity();
        break;
    default:
        break;  // the screen-off hours: ScreenRest looks again on changed()
    }
}
