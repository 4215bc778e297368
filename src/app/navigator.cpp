// SPDX-License-Identifier: GPL-3.0-or-later
#include "navigator.h"

#include "content/projectcatalog.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcNav, "kiosk.nav", QtInfoMsg)


Navigator::Navigator(const ProjectCatalog &catalog, QObject *parent)
    : QObject(parent), m_catalog(catalog)
{
    m_stack.append(Route{QStringLiteral("home"), {}});
}

QString Navigator::page() const { return m_stack.constLast().page; }
QVariantMap Navigator::params() const { return m_stack.constLast().params; }
QString Navigator::route() const { return m_stack.constLast().toString(); }

bool Navigator::check(const QString &text, LocalizedText *error) const
{
    Route r;
    if (!Route::parse(text, &r, error))
        return false;
    const QString workCode = r.page == u"project" ? r.params.value(QStringLiteral("code")).toString()
                                                  : r.params.value(QStringLiteral("project")).toString();
    if (!workCode.isEmpty() && !m_catalog.find(workCode)) {
        const QString code = workCode;
        if (error)
            *error = {QStringLiteral("Không tìm thấy công trình có mã %1").arg(code),
                      QStringLiteral("There is no work with code %1").arg(code)};
        return false;
    }
    if (r.page == u"receipt" && !(m_receiptExists && m_receiptExists(r.params.value(QStringLiteral("code")).toString()))) {
        const QString code = r.params.value(QStringLiteral("code")).toString();
        if (error)
            *error = {QStringLiteral("Không có phiếu tiếp nhận mã %1 trên ki-ốt này").arg(code),
                      QStringLiteral("There is no receipt %1 on this kiosk").arg(code)};
        return false;
    }
    return true;
}

bool Navigator::go(const QString &text)
{
    LocalizedText error;
    Route r;
    if (!check(text, &error) || !Route::parse(text, &r, nullptr)) {
        m_lastError = error.in(m_language);
        qCInfo(lcNav) << "refused route:" << error.en;
        emit errorOccurred(m_lastError);
        return false;
    }
    if (r.page == u"home") {
        home();
        return true;
    }
    if (r.page == u"loop") {
        // Not a page of the stack: the loop plays over home, and the first touch leaves it.
        home();
        emit loopRequested();
        return true;
    }
    m_stack.append(r);
    emit navigated(r.page, r.params, Push);
    emit changed();
    return true;
}

void Navigator::openInternal(const QString &page, const QVariantMap &params, bool replaceTop)
{
    const Route r{page, params};
    if (replaceTop && m_stack.size() > 1) {
        m_stack.last() = r;
        emit navigated(r.page, r.params, Replace);
    } else {
        m_stack.append(r);
        emit navigated(r.page, r.params, Push);
    }
    emit changed();
}

void Navigator::back()
{
    if (m_stack.size() <= 1)
        return;
    m_stack.removeLast();
    emit navigated(page(), params(), Pop);
    emit changed();
}

void Navigator::home()
{
    if (m_stack.size() == 1)
        return;
    m_stack.resize(1);
    emit navigated(page(), params(), Reset);
    emit changed();
}

void Navigator::reportShown()
{
    emit shown(route());
}
