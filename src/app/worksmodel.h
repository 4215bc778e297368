// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "qmlsingleton.h"
#include "content/projectcatalog.h"

#include <QAbstractListModel>
#include <QDate>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

/** The ward's works as QML sees them: the filtered, searched list, the filter choices, and
    one work's details in the current language. */
class WorksModel : public QAbstractListModel, public QmlSingleton<WorksModel>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Works)
    QML_SINGLETON
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY filterChanged)
    Q_PROPERTY(QString category READ category WRITE setCategory NOTIFY filterChanged)
    Q_PROPERTY(QString status READ status WRITE setStatus NOTIFY filterChanged)
    Q_PROPERTY(QString ward READ ward WRITE setWard NOTIFY filterChanged)
    Q_PROPERTY(bool filtered READ isFiltered NOTIFY filterChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY countChanged)
    Q_PROPERTY(int wardCount READ wardCount NOTIFY countChanged)
    Q_PROPERTY(QStringList categories READ categories CONSTANT)
    Q_PROPERTY(QStringList statuses READ statuses CONSTANT)
    Q_PROPERTY(QVariantList wards READ wards NOTIFY languageChanged)

public:
    enum Role {
        CodeRole = Qt::UserRole + 1,
        NameRole,
        CategoryRole,
        StatusRole,
        ProgressRole,
        BehindRole,
        WardNameRole,
        LocationRole,
        ImageRole,
    };
    Q_ENUM(Role)

    WorksModel(const ProjectCatalog &catalog, const QList<Ward> &wards, const QString &imagesDir,
               QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString query() const { return m_filter.query; }
    void setQuery(const QString &query);
    QString category() const;
    void setCategory(const QString &key);
    QString status() const;
    void setStatus(const QString &key);
    QString ward() const { return m_filter.wardCode; }
    void setWard(const QString &code);
    bool isFiltered() const;
    int count() const { return int(m_rows.size()); }
    int totalCount() const { return int(m_catalog.size()); }
    /** How many works the kiosk's own ward has, whatever the current filter. */
    int wardCount() const { return m_wardCount; }
    QStringList categories() const;
    QStringList statuses() const;
    /** [{code, name}] in the current language. */
    QVariantList wards() const;

    /** Everything the detail page shows about one work, formatted for `language`;
        an empty map when there is no such work. */
    Q_INVOKABLE QVariantMap details(const QString &code, const QString &language) const;
    Q_INVOKABLE QString wardName(const QString &code) const;
    /** The kiosk's own ward's works, [{code, name, category, status}] in `language`: the
        choices when a resident says which work a pledge or report is about. */
    Q_INVOKABLE QVariantList wardWorks(const QString &language) const;
    /** Resets search and filters to the kiosk's defaults (its own ward). */
    Q_INVOKABLE void clearFilters();

    void setLanguage(const QString &language);
    void setDefaultWard(const QString &code);
    void setToday(QDate today) { m_today = today; }
    void setPublicUrl(const QString &url) { m_publicUrl = url; }
    /** The catalog's projects and these wards are the new content: rows are rebuilt. */
    void contentReplaced(const QList<Ward> &wards);
    /** Applies a route's parameters (q, category, status, ward). */
    void applyParams(const QVariantMap &params);

Q_SIGNALS:
    void filterChanged();
    void countChanged();
    void languageChanged();

private:
    void refresh();
    QString imageUrl(const QString &name) const;

    const ProjectCatalog &m_catalog;
    QList<Ward> m_wards;
    QString m_imagesDir;
    QString m_language = QStringLiteral("vi");
    QString m_defaultWard;
    QString m_publicUrl;
    QDate m_today = QDate::currentDate();
    ProjectFilter m_filter;
    QList<qsizetype> m_rows;
    int m_wardCount = 0;
};
