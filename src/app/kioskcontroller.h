// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "qmlsingleton.h"
#include "content/project.h"

#include <QDate>
#include <QObject>
#include <QQmlEngine>
#include <QPointer>
#include <QTimer>
#include <QTranslator>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QQmlEngine;
class QJSEngine;
class Navigator;
class WorksModel;

/** The kiosk as a whole, for QML: language (and the default one each new resident gets), the
    ward it serves, the city's addresses, today's date, number and money formats. */
class KioskController : public QObject, public QmlSingleton<KioskController>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Kiosk)
    QML_SINGLETON
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString todayText READ todayText NOTIFY todayChanged)
    Q_PROPERTY(QString cityName READ cityName NOTIFY contentChanged)
    Q_PROPERTY(QString wardCode READ wardCode NOTIFY contentChanged)
    Q_PROPERTY(QString wardName READ wardName NOTIFY contentChanged)
    Q_PROPERTY(QString portalUrl READ portalUrl NOTIFY contentChanged)
    Q_PROPERTY(bool sample READ isSample NOTIFY contentChanged)
    Q_PROPERTY(QString contentVersion READ contentVersion NOTIFY contentChanged)
    /** Motion on the screens (page changes, figures counting up): off for screenshots and the
        start-up probe, where every frame must show the final state; a test may turn it on. */
    Q_PROPERTY(bool animations READ animations WRITE setAnimations NOTIFY animationsChanged)

public:
    KioskController(const Content &content, const QString &wardCode, Navigator *navigator, WorksModel *works,
                    QObject *parent = nullptr);
    ~KioskController() override;
    /** As QmlSingleton's, and remembers the engine to retranslate on a language change. */
    static KioskController *create(QQmlEngine *engine, QJSEngine *jsEngine);

    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    QString todayText() const;
    QString cityName() const { return m_city.in(m_language); }
    QString wardCode() const { return m_ward.code; }
    QString wardName() const { return m_ward.name.in(m_language); }
    QString portalUrl() const { return m_portalUrl; }
    bool isSample() const { return m_sample; }
    QString contentVersion() const { return m_contentVersion; }
    bool animations() const { return m_animations; }
    void setAnimations(bool on)
    {
        if (on == m_animations)
            return;
        m_animations = on;
        emit animationsChanged();
    }

    Q_INVOKABLE QString formatNumber(double value) const;
    Q_INVOKABLE QString formatMoney(double vnd) const;
    Q_INVOKABLE QString formatDecimal(double value) const;
    /** A date (ISO "YYYY-MM-DD") as residents read it. */
    Q_INVOKABLE QString formatDate(const QString &isoDate) const;
    /** Today plus `days`, as an ISO date: for date choosers that count from today. */
    Q_INVOKABLE QString isoDateFromToday(int days) const;

    /** New content (from the hub): the ward, the city's addresses, the sample mark. */
    void setContent(const Content &content, const QString &wardCode);

    /** The language the kiosk returns to for the next resident (staff setting; vi unless set). */
    QString defaultLanguage() const { return m_defaultLanguage; }
    void setDefaultLanguage(const QString &language);

    void setEngine(QQmlEngine *engine) { m_engine = engine; }

Q_SIGNALS:
    void languageChanged();
    /** The content was replaced; also emitted with languageChanged, as names change language. */
    void contentChanged();
    void todayChanged();
    void animationsChanged();

private:
    void checkDate();

    QPointer<QQmlEngine> m_engine;
    Navigator *m_navigator;
    WorksModel *m_works;
    std::unique_ptr<QTranslator> m_translator;
    QString m_language;
    QString m_defaultLanguage = QStringLiteral("vi");
    Ward m_ward;
    LocalizedText m_city;
    QString m_portalUrl;
    QString m_contentVersion;
    bool m_sample = false;
    bool m_animations = true;
    QDate m_today;
    QTimer m_dateTimer;
};
