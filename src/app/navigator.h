// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "qmlsingleton.h"
#include "nav/route.h"

#include <QObject>
#include <QStringList>
#include <QVariantMap>

#include <functional>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;
class ProjectCatalog;

/** The one place that knows the kiosk's routes: pages ask it to go somewhere by route string,
    it checks the route and keeps the back stack; Main.qml turns its signals into pages. */
class Navigator : public QObject, public QmlSingleton<Navigator>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString page READ page NOTIFY changed)
    Q_PROPERTY(QVariantMap params READ params NOTIFY changed)
    Q_PROPERTY(QString route READ route NOTIFY changed)
    Q_PROPERTY(int depth READ depth NOTIFY changed)
    Q_PROPERTY(QString lastError READ lastError NOTIFY errorOccurred)

public:
    enum Operation { Push, Pop, Reset, Replace };
    Q_ENUM(Operation)

    explicit Navigator(const ProjectCatalog &catalog, QObject *parent = nullptr);

    QString page() const;
    QVariantMap params() const;
    QString route() const;
    int depth() const { return int(m_stack.size()); }
    QString lastError() const { return m_lastError; }

    /** Goes to a route on top of the current page; returns false (and errorOccurred) when
        the route is malformed or names a work that does not exist. */
    Q_INVOKABLE bool go(const QString &route);
    Q_INVOKABLE void back();
    Q_INVOKABLE void home();
    /** Checks a route without going there; the error, if any, in both languages. */
    bool check(const QString &route, LocalizedText *error) const;

    /** Opens a page that has no route (the staff screens): only C++ calls this, after the
        staff PIN, so nothing from outside (command line, QR, a page's link) reaches them.
        With replaceTop the current page (the PIN pad) gives way instead of staying below. */
    void openInternal(const QString &page, const QVariantMap &params, bool replaceTop);

    /** Main.qml calls this when the current page is on screen with its images loaded. */
    Q_INVOKABLE void reportShown();

    void setLanguage(const QString &language) { m_language = language; }
    /** How a receipt route finds out whether its code was stored. */
    void setReceiptLookup(std::function<bool(const QString &code)> exists) { m_receiptExists = std::move(exists); }

Q_SIGNALS:
    void changed();
    void navigated(const QString &page, const QVariantMap &params, Navigator::Operation operation);
    void errorOccurred(const QString &message);
    /** The route "loop": the attract loop should play (AttractLoop starts it over home). */
    void loopRequested();
    /** The page for this route is fully shown (after reportShown()). */
    void shown(const QString &route);

private:
    const ProjectCatalog &m_catalog;
    QList<Route> m_stack;
    QString m_lastError;
    QString m_language = QStringLiteral("vi");
    std::function<bool(const QString &)> m_receiptExists;
};
