// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "qmlsingleton.h"
#include "content/project.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <optional>

/** The movement board for QML, from the board the hub last served (BoardStore): the kiosk's
    ward's figures for the current month per measure (value, per 1,000, tier, records, placed or
    why not), each measure's month-by-month series for the growth chart, the leaders and the
    most improved of its kind, whether the month is provisional, and the waste section. Every
    number is formatted for the current language (1.234,5 / 1,234.5). */
class BoardModel : public QObject, public QmlSingleton<BoardModel>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Board)
    QML_SINGLETON
    Q_PROPERTY(bool available READ available NOTIFY changed)
    Q_PROPERTY(bool provisional READ provisional NOTIFY changed)
    Q_PROPERTY(QString monthText READ monthText NOTIFY changed)
    Q_PROPERTY(QString provisionalText READ provisionalText NOTIFY changed)
    Q_PROPERTY(QString wardName READ wardName NOTIFY changed)
    Q_PROPERTY(QString kindName READ kindName NOTIFY changed)
    Q_PROPERTY(QString updatedText READ updatedText NOTIFY changed)
    Q_PROPERTY(int minRecords READ minRecords NOTIFY changed)
    /** The ward's measures, in the board's order; each {key, name, unit, hasCompared, compared,
        comparedText, decimals (of comparedText), countFrom (what the figure counts up from when
        new figures arrive: the measure's figure before them, else 0), valueText, tier, tierWord,
        tierIcon, placed, notPlacedText, leader, mostImproved, records, recordsText, series, …}. */
    Q_PROPERTY(QVariantList measures READ measures NOTIFY changed)
    /** The same measures for a glance from afar (the attract loop): those placed in a tier
        first, then the others, each group in the board's order. */
    Q_PROPERTY(QVariantList glance READ glance NOTIFY changed)
    Q_PROPERTY(QVariantList leaders READ leaders NOTIFY changed)
    Q_PROPERTY(QVariantList mostImproved READ mostImproved NOTIFY changed)
    Q_PROPERTY(QVariantMap waste READ waste NOTIFY changed)
    Q_PROPERTY(QString publicPageUrl READ publicPageUrl NOTIFY changed)
    /** Grows each time new figures arrive from the hub (not on a language change): the page
        counts its figures up then. */
    Q_PROPERTY(int arrivals READ arrivals NOTIFY arrived)

public:
    /** No default: QML would make its own empty one instead of calling create(). */
    explicit BoardModel(QObject *parent);

    /** The board as stored (fetchedAt: UTC ISO 8601), or none: the page says so. */
    void setBoard(const std::optional<QJsonObject> &board, const QString &fetchedAt = {});
    /** As setBoard, for figures that just arrived: `arrivals` grows. */
    void boardArrived(const std::optional<QJsonObject> &board, const QString &fetchedAt);
    void setWards(const QList<Ward> &wards);
    void setLanguage(const QString &language);
    void setPublicUrl(const QString &url);
    void setToday(QDate today) { m_today = today; rebuild(); }

    bool available() const { return m_board.has_value(); }
    bool provisional() const { return m_provisional; }
    QString monthText() const { return m_monthText; }
    QString provisionalText() const { return m_provisionalText; }
    QString wardName() const { return m_wardName; }
    QString kindName() const { return m_kindName; }
    QString updatedText() const { return m_updatedText; }
    int minRecords() const { return m_minRecords; }
    QVariantList measures() const { return m_measures; }
    QVariantList glance() const;
    QVariantList leaders() const { return m_leaders; }
    QVariantList mostImproved() const { return m_mostImproved; }
    QVariantMap waste() const { return m_waste; }
    QString publicPageUrl() const;
    int arrivals() const { return m_arrivals; }

Q_SIGNALS:
    void changed();
    void arrived();

private:
    void rebuild();
    QString wardNameOf(const QString &code) const;
    QString number(double value) const;
    QVariantList seriesOf(const QString &kind, const QString &measure) const;
    void buildWaste(const QJsonObject &waste);

    std::optional<QJsonObject> m_board;
    QString m_fetchedAt;
    QList<Ward> m_wards;
    QString m_language = QStringLiteral("vi");
    QString m_publicUrl;
    QDate m_today = QDate::currentDate();
    int m_arrivals = 0;

    bool m_provisional = false;
    QString m_monthText, m_provisionalText, m_wardName, m_kindName, m_updatedText;
    int m_minRecords = 10;
    QVariantList m_measures, m_leaders, m_mostImproved;
    QHash<QString, double> m_before; // each measure's figure before the figures that just arrived
    bool m_arriving = false;         // rebuilding for figures that just arrived
    QVariantMap m_waste;
};
