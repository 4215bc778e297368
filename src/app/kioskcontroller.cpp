// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskcontroller.h"

#include "navigator.h"
#include "text/formatting.h"
#include "worksmodel.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QQmlEngine>

Q_LOGGING_CATEGORY(lcKiosk, "kiosk.app", QtInfoMsg)

KioskController::KioskController(const Content &content, const QString &wardCode, Navigator *navigator,
                                 WorksModel *works, QObject *parent)
    : QObject(parent), m_navigator(navigator), m_works(works), m_today(QDate::currentDate())
{
    setContent(content, wardCode);
    // A route to the list carries its search and filters; going home starts the next search afresh.
    connect(m_navigator, &Navigator::navigated, this,
            [this](const QString &page, const QVariantMap &params, Navigator::Operation operation) {
                if (operation == Navigator::Push && page == u"projects")
                    m_works->applyParams(params);
                else if (operation == Navigator::Reset)
                    m_works->clearFilters();
            });
    // The header shows today's date: look once a minute whether it changed.
    m_dateTimer.setInterval(60'000);
    connect(&m_dateTimer, &QTimer::timeout, this, &KioskController::checkDate);
    m_dateTimer.start();
    setLanguage(QStringLiteral("vi"));
}

void KioskController::setContent(const Content &content, const QString &wardCode)
{
    m_city = content.cityName;
    m_portalUrl = content.portalUrl;
    m_contentVersion = content.version;
    m_sample = content.sample;
    m_ward = {};
    for (const Ward &w : content.wards)
        if (w.code == wardCode)
            m_ward = w;
    if (m_ward.code.isEmpty() && !content.wards.isEmpty())
        m_ward = content.wards.constFirst();
    m_works->setDefaultWard(m_ward.code);
    m_works->setPublicUrl(content.publicUrl);
    m_works->clearFilters();
    emit contentChanged();
}

KioskController::~KioskController()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

KioskController *KioskController::create(QQmlEngine *engine, QJSEngine *jsEngine)
{
    KioskController *kiosk = QmlSingleton<KioskController>::create(engine, jsEngine);
    if (!kiosk->m_engine)
        kiosk->m_engine = engine;
    return kiosk;
}

void KioskController::setLanguage(const QString &requested)
{
    const QString language = requested == u"en" ? QStringLiteral("en") : QStringLiteral("vi");
    if (language == m_language)
        return;
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(QStringLiteral(":/i18n/civic-kiosk_%1.qm").arg(language)))
        qCWarning(lcKiosk) << "no translation for" << language;
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator = std::move(translator);
    QCoreApplication::installTranslator(m_translator.get());
    m_language = language;
    m_works->setLanguage(language);
    m_navigator->setLanguage(language);
    if (m_engine)
        m_engine->retranslate();
    qCInfo(lcKiosk) << "language" << language;
    emit languageChanged();
    emit contentChanged();
}

void KioskController::setDefaultLanguage(const QString &language)
{
    m_defaultLanguage = language == u"en" ? QStringLiteral("en") : QStringLiteral("vi");
}

QString KioskController::todayText() const
{
    return Formatting::longDate(m_today, m_language);
}

void KioskController::checkDate()
{
    const QDate today = QDate::currentDate();
    if (today == m_today)
        return;
    m_today = today;
    m_works->setToday(today);
    emit todayChanged();
}

QString KioskController::formatNumber(double value) const
{
    return Formatting::number(qint64(value), m_language);
}

QString KioskController::formatMoney(double vnd) const
{
    return Formatting::money(qint64(vnd), m_language);
}

QString KioskController::formatDecimal(double value) const
{
    return Formatting::decimal(value, m_language);
}

QString KioskController::formatDate(const QString &isoDate) const
{
    const QDate d = QDate::fromString(isoDate, Qt::ISODate);
    return d.isValid() ? Formatting::longDate(d, m_language) : QString();
}

QString KioskController::isoDateFromToday(int days) const
{
    return m_today.addDays(days).toString(Qt::ISODate);
}
