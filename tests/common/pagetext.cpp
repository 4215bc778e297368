// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagetext.h"

#include <QRegularExpression>

QString visibleText(const QString &html)
{
    QString body = html.mid(html.indexOf(QStringLiteral("<body")));
    body.replace(QRegularExpression(QStringLiteral("<[^>]*>")), QStringLiteral(" "));
    body.replace(QStringLiteral("&lt;"), QStringLiteral("<")).replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    // The receipt page escapes an apostrophe as &#39;, the works' templates as &apos;.
    body.replace(QStringLiteral("&quot;"), QStringLiteral("\"")).replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    body.replace(QStringLiteral("&apos;"), QStringLiteral("'"));
    body.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return body.simplified();
}
