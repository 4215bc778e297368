// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>
#include <QStringList>

struct HttpReply;

/** Text from outside (a kiosk, an Open311 client, an officer's form) on the hub's pages: what
    a test types, and whether a page shows it as text and nothing else. */
namespace HostileText {

/** Markup, an attribute break-out with an event handler, a right-to-left override and SQL in
    one line of 88 characters, short enough for every free-text field a page shows (names and
    groups take 100). */
extern const QString Attack;
/** The same in 16 characters, for the 20-character fields (a plot's number). */
extern const QString ShortAttack;

/** typed as the hub keeps it: bidi controls dropped and spaces folded (TextFold::clean). */
QString stored(const QString &typed, bool keepNewlines = false);
/** text as a Mustache template prints it ({{value}}). */
QString escaped(const QString &text);

/** What is wrong with a page that shows text from outside; empty when nothing is:
    - an answer that is neither 2xx nor 4xx;
    - a page cut short: no <!DOCTYPE html> … </html>, or an element opened more often than
      closed (html, head, body, main, form, table, select, textarea, lists);
    - an element or attribute the hub's templates never write: script, iframe, object, embed,
      an on…= event handler, an image from another place than /staff/ or data:;
    - a bidi control in the page's text (only a form field's value may hold one, where a
      refused form is drawn again with what was typed);
    - one of shown that is not in the page escaped (<, > and & as entities; quotes as they are
      or as entities, since a bad quote shows as an injected attribute or element). */
QString problems(const HttpReply &page, const QStringList &shown = {});

/** The page's shape without its words and values: each start tag with the names of its
    attributes, each end tag. Two pages of the same kind that differ only in text from
    outside have the same skeleton. */
QStringList skeleton(const QString &html);

}
