// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostiletext.h"

#include "hubclient.h"
#include "text/textfold.h"

#include <QRegularExpression>

namespace HostileText {

const QString Attack = QStringLiteral("<script>alert(1)</script>\"><img src=x onerror=alert(2)>\u202E' OR 1=1; DROP TABLE records; --");
const QString ShortAttack = QStringLiteral("\"><svg onload=1>");

namespace {

struct Tag
{
    bool end = false;
    QString name;
    QStringList attributes;   // names, lower case
    QStringList values;
    qsizetype from = 0;       // where the tag starts in the page
    qsizetype to = 0;         // just after its '>'
};

QList<Tag> tags(const QString &html)
{
    static const QRegularExpression tag(QStringLiteral("<(/?)([A-Za-z][A-Za-z0-9-]*)([^>]*)>"));
    static const QRegularExpression attribute(QStringLiteral("([^\\s=/\"']+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s\"'>]+))?"));
    QList<Tag> out;
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        Tag t;
        t.end = !m.captured(1).isEmpty();
        t.name = m.captured(2).toLower();
        t.from = m.capturedStart();
        t.to = m.capturedEnd();
        for (auto a = attribute.globalMatch(m.captured(3)); a.hasNext();) {
            const QRegularExpressionMatch am = a.next();
            t.attributes.append(am.captured(1).toLower());
            QString value = am.captured(2);
            if (value.startsWith(u'"') || value.startsWith(u'\''))
                value = value.mid(1, value.size() - 2);
            t.values.append(value);
        }
        out.append(t);
    }
    return out;
}

/** text as a page may print it: <, > and & as entities, quotes as themselves or as any of
    their entities (the phone pages write &#39;, the templates &apos;). */
QRegularExpression escapedPattern(const QString &text)
{
    QString pattern;
    for (const QChar c : text) {
        if (c == u'<')
            pattern += QStringLiteral("&lt;");
        else if (c == u'>')
            pattern += QStringLiteral("&gt;");
        else if (c == u'&')
            pattern += QStringLiteral("&amp;");
        else if (c == u'"')
            pattern += QStringLiteral("(?:\"|&quot;|&#34;|&#x22;)");
        else if (c == u'\'')
            pattern += QStringLiteral("(?:'|&apos;|&#39;|&#x27;)");
        else
            pattern += QRegularExpression::escape(QString(c));
    }
    return QRegularExpression(pattern);
}

bool isBidiControl(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
}

}

QString stored(const QString &typed, bool keepNewlines)
{
    return TextFold::clean(typed, keepNewlines);
}

QString escaped(const QString &text)
{
    QString out = text.toHtmlEscaped();
    out.replace(u'\'', QStringLiteral("&apos;"));
    return out;
}

QString problems(const HttpReply &page, const QStringList &shown)
{
    if (!(page.status >= 200 && page.status < 300) && !(page.status >= 400 && page.status < 500))
        return QStringLiteral("answered %1").arg(page.status);
    const QString html = page.text();
    if (!html.trimmed().startsWith(QStringLiteral("<!DOCTYPE html>")) || !html.trimmed().endsWith(QStringLiteral("</html>")))
        return QStringLiteral("not a whole page");
    const QList<Tag> all = tags(html);
    QHash<QString, int> open;
    for (const Tag &t : all) {
        if (t.name == u"script" || t.name == u"iframe" || t.name == u"object" || t.name == u"embed")
            return QStringLiteral("a <%1> element").arg(t.name);
        for (qsizetype i = 0; i < t.attributes.size(); ++i) {
            if (t.attributes.at(i).startsWith(QStringLiteral("on")))
                return QStringLiteral("an event handler %1= on <%2>").arg(t.attributes.at(i), t.name);
            if (t.name == u"img" && t.attributes.at(i) == u"src" && !t.values.at(i).startsWith(QStringLiteral("/staff/"))
                && !t.values.at(i).startsWith(QStringLiteral("data:")))
                return QStringLiteral("an image from %1").arg(t.values.at(i));
        }
        open[t.name] += t.end ? -1 : 1;
    }
    for (const char *name : {"html", "head", "body", "main", "form", "table", "select", "textarea", "ul", "ol", "dl"}) {
        if (open.value(QLatin1String(name)) != 0)
            return QStringLiteral("<%1> opened %2 times more than closed").arg(QLatin1String(name)).arg(open.value(QLatin1String(name)));
    }
    // Text between the tags (a textarea's content apart) holds no bidi control.
    qsizetype at = 0;
    bool inTextarea = false;
    for (const Tag &t : all) {
        if (!inTextarea) {
            for (qsizetype i = at; i < t.from; ++i)
                if (isBidiControl(html.at(i)))
                    return QStringLiteral("a bidi control U+%1 in the text").arg(html.at(i).unicode(), 4, 16, QChar(u'0'));
        }
        if (t.name == u"textarea")
            inTextarea = !t.end;
        at = t.to;
    }
    for (const QString &text : shown) {
        if (!html.contains(escapedPattern(text)))
            return QStringLiteral("“%1” is not shown escaped").arg(text.left(60));
    }
    return {};
}

QStringList skeleton(const QString &html)
{
    QStringList out;
    for (const Tag &t : tags(html))
        out.append(t.end ? u'/' + t.name : QStringList(QStringList{t.name} + t.attributes).join(u' '));
    return out;
}

}
