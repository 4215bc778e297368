// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltemplates.h"

#include "hublogging.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace HtmlTemplates {

namespace {

const QString TemplateDir = QStringLiteral(":/hub/templates");

QString readResource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

/** The template without the lines that only hold a comment, and with the line breaks after a
    section tag standing alone on its line dropped (as the Mustache spec asks, which this
    library does not do), so pages carry no runs of empty lines. */
std::string standaloneTagsRemoved(QString text)
{
    static const QRegularExpression comment(QStringLiteral("^[ \\t]*\\{\\{![^}]*\\}\\}[ \\t]*\\n"),
                                            QRegularExpression::MultilineOption);
    static const QRegularExpression section(QStringLiteral("^[ \\t]*(\\{\\{[#^/][^}]*\\}\\})[ \\t]*\\n"),
                                            QRegularExpression::MultilineOption);
    text.remove(comment);
    text.replace(section, QStringLiteral("\\1"));
    return text.toStdString();
}

/** Every template's text by name, read once: the resources never change while running. */
const QHash<QString, std::string> &templates()
{
    static const QHash<QString, std::string> all = [] {
        QHash<QString, std::string> map;
        const QStringList names = QDir(TemplateDir).entryList({QStringLiteral("*.mustache")}, QDir::Files);
        for (const QString &file : names)
            map.insert(file.chopped(int(qstrlen(".mustache"))), standaloneTagsRemoved(readResource(TemplateDir + u'/' + file)));
        return map;
    }();
    return all;
}

}

QByteArray render(const QString &name, Data data)
{
    const QHash<QString, std::string> &all = templates();
    const auto it = all.constFind(name);
    if (it == all.constEnd()) {
        qCWarning(lcHubHttp) << "no page template" << name;
        return {};
    }
    for (auto p = all.constBegin(); p != all.constEnd(); ++p) {
        // Partials share the data's names: a value named like a template would be lost.
        if (data.get(p.key().toStdString()))
            qCWarning(lcHubHttp) << "page data hides the template" << p.key();
        std::string text = p.value();
        if (!text.empty() && text.back() == '\n')  // the tag's own line ends the partial's last line
            text.pop_back();
        data.set(p.key().toStdString(), kainjow::mustache::partial([text] { return text; }));
    }
    kainjow::mustache::mustache page(*it);
    if (!page.is_valid()) {
        qCWarning(lcHubHttp) << "page template" << name << "is broken:" << page.error_message().c_str();
        return {};
    }
    const std::string html = page.render(data);
    if (!page.is_valid()) {
        qCWarning(lcHubHttp) << "page template" << name << "failed:" << page.error_message().c_str();
        return {};
    }
    return QByteArray::fromStdString(html);
}

QString css()
{
    static const QString sheet = [] {
        QString text = readResource(TemplateDir + QStringLiteral("/phone.css"));
        text.remove(QRegularExpression(QStringLiteral("/\\*.*?\\*/"), QRegularExpression::DotMatchesEverythingOption));
        text.remove(u'\n');
        return text.trimmed();
    }();
    return sheet;
}

namespace {

/** Every icon as a <symbol> of one hidden sprite, read once so pages never write shared state. */
const QHash<QString, QString> &symbols()
{
    static const QHash<QString, QString> all = [] {
        QHash<QString, QString> map;
        const QString dir = QStringLiteral(":/hub/icons");
        const QStringList files = QDir(dir).entryList({QStringLiteral("*.svg")}, QDir::Files);
        static const QRegularExpression open(QStringLiteral("<svg [^>]*?viewBox=\"([^\"]*)\"[^>]*>"));
        for (const QString &file : files) {
            QString svg = readResource(dir + u'/' + file).trimmed();
            const QString name = file.chopped(4);
            // The kiosk draws its icons in navy; here they take the colour of the word beside them.
            svg.replace(QStringLiteral("#13294B"), QStringLiteral("currentColor"));
            svg.replace(open, QStringLiteral("<symbol id=\"i-%1\" viewBox=\"\\1\">").arg(name));
            svg.replace(QStringLiteral("</svg>"), QStringLiteral("</symbol>"));
            svg.remove(u'\n');
            map.insert(name, svg);
        }
        return map;
    }();
    return all;
}

}

QString icon(const QString &name)
{
    if (!symbols().contains(name))
        return {};
    return QStringLiteral("<svg class=\"icon\" aria-hidden=\"true\" focusable=\"false\"><use href=\"#i-%1\"/></svg>").arg(name);
}

QString iconSprite()
{
    static const QString sprite = [] {
        QStringList names = symbols().keys();
        names.sort();
        QString out = QStringLiteral("<svg class=\"sprite\" aria-hidden=\"true\" focusable=\"false\">");
        for (const QString &name : std::as_const(names))
            out += symbols().value(name);
        return out + QStringLiteral("</svg>");
    }();
    return sprite;
}

}
