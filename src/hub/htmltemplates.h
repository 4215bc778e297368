// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <kainjow/mustache.hpp>

#include <QByteArray>
#include <QString>

/** The HTML pages city-hub serves to people, rendered from the Mustache templates in
    src/hub/templates (compiled in as Qt resources under :/hub/templates). Every {{value}} is
    HTML-escaped; {{{value}}} is kept for the hub's own markup (the stylesheet, icons). Every
    template is a partial of every other: {{> page-open}} … {{> page-close}} wrap a page. */
namespace HtmlTemplates {

using Data = kainjow::mustache::data;

/** Renders templates/<name>.mustache; an unknown or broken template gives an empty result
    and a warning (a build defect, caught by the tests). */
QByteArray render(const QString &name, Data data);

/** The stylesheet every phone page inlines (templates/phone.css, comments stripped). */
QString css();

/** A kiosk icon (assets/icons/<name>.svg) drawn in the text's colour, hidden from screen
    readers (a word always stands beside it): a reference into iconSprite(), which the page
    must carry ({{{icons.sprite}}} in page-open). Empty for an unknown name. */
QString icon(const QString &name);
/** Every icon once, as hidden SVG symbols. */
QString iconSprite();

/** Text as the templates take it (UTF-8). */
inline Data text(const QString &value)
{
    return Data(value.toStdString());
}

}
