// SPDX-License-Identifier: GPL-3.0-or-later
#include "staff/staffaccount.h"

#include <QRegularExpression>

namespace StaffRole {

namespace {
struct Word
{
    Role role;
    const char *text;
};
// Sorted by text: the column's form lists them in this order.
constexpr Word words[] = {{Admin, "admin"}, {City, "city"}, {Ward, "ward"}};
}

QString toText(Roles roles)
{
    QStringList out;
    for (const Word &w : words)
        if (roles.testFlag(w.role))
            out.append(QString::fromLatin1(w.text));
    return out.join(u',');
}

Roles fromText(const QString &text)
{
    Roles roles;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        Role r;
        if (parse(part.trimmed(), &r))
            roles |= r;
    }
    return roles;
}

bool parse(const QString &word, Role *role)
{
    for (const Word &w : words) {
        if (word == QLatin1String(w.text)) {
            *role = w.role;
            return true;
        }
    }
    return false;
}

}

bool StaffAccount::canWorkWard(const QString &wardCode) const
{
    if (!isActive())
        return false;
    if (isCityOfficer())
        return true;
    return isWardOfficer() && !wardCode.isEmpty() && wardCode == ward;
}

namespace StaffRules {

bool isValidLogin(const QString &login)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,63}$"));
    return re.match(login).hasMatch();
}

}
