// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include "store/database.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QUrl>

#include <climits>

Q_LOGGING_CATEGORY(lcSettings, "kiosk.settings", QtInfoMsg)

namespace {

SettingSpec row(const char *key, SettingType type, const char *defaultValue = "")
{
    SettingSpec s;
    s.key = QLatin1String(key);
    s.type = type;
    s.defaultValue = QLatin1String(defaultValue);
    return s;
}

SettingSpec staffEditable(SettingSpec s)
{
    s.staffEditable = true;
    return s;
}

SettingSpec limits(SettingSpec s, int min, int max, LocalizedText outOfRange = {})
{
    s.min = min;
    s.max = max;
    s.outOfRange = std::move(outOfRange);
    return s;
}

SettingSpec sensitive(SettingSpec s)
{
    s.sensitive = true;
    return s;
}

QList<SettingSpec> makeTable()
{
    using T = SettingType;
    return {
        row("hubUrl", T::Text),
        row("kioskId", T::Text, "KIOSK-LOCAL"),
        row("receiptPrefix", T::Text, "HP"),
        staffEditable(row("wardCode", T::Text)),  // empty: the content's first ward
        staffEditable(row("publicUrl", T::Url)),  // empty: the content's address
        // No default of its own: the kiosk's --idle-timeout (90 s unless given) applies.
        staffEditable(limits(row("idleTimeoutSeconds", T::Integer), 30, 600,
                             {QStringLiteral("Thời gian chờ từ 30 đến 600 giây."),
                              QStringLiteral("The timeout is 30 to 600 seconds.")})),
        staffEditable(row("defaultLanguage", T::Language, "vi")),
        staffEditable(row("allowAnonymousPledges", T::Flag, "0")),
        staffEditable(row("screenOffFrom", T::Time)),
        staffEditable(row("screenOffTo", T::Time)),
        // The attract loop's videos are heard only where the ward turns this on.
        staffEditable(row("loopSound", T::Flag, "0")),
        // The receipt printer, by its CUPS name (empty: none, no print button), and its roll.
        staffEditable(row("receiptPrinter", T::Text)),
        staffEditable(limits(row("receiptPaperMm", T::Integer, "80"), 58, 80,
                             {QStringLiteral("Khổ giấy 58 hoặc 80 mm."), QStringLiteral("The paper is 58 or 80 mm wide.")})),
        row("sync.lastSuccess", T::Text),
        row("sync.lastAttempt", T::Text),
        row("sync.lastErrorVi", T::Text),
        row("sync.lastErrorEn", T::Text),
        row("sync.contentEtag", T::Text),
        sensitive(row("staff.pinHash", T::Text)),
        limits(row("staff.failures", T::Integer, "0"), 0, INT_MAX),
        limits(row("staff.lockouts", T::Integer, "0"), 0, INT_MAX),
        row("staff.lockedUntil", T::Text),
    };
}

SettingError invalid(const QString &vi, const QString &en)
{
    return {SettingError::Kind::Invalid, {vi, en}};
}

}

const QList<SettingSpec> &Settings::table()
{
    static const QList<SettingSpec> t = makeTable();
    return t;
}

const SettingSpec &Settings::spec(Key key)
{
    return table().at(qsizetype(key));
}

std::optional<Settings::Key> Settings::find(const QString &name)
{
    const QList<SettingSpec> &t = table();
    for (qsizetype i = 0; i < t.size(); ++i)
        if (t.at(i).key == name)
            return Key(i);
    return std::nullopt;
}

QString Settings::forLog(Key key, const QString &value)
{
    return spec(key).sensitive ? QStringLiteral("(not logged)") : value;
}

SettingResult Settings::check(Key key, const QVariant &value)
{
    const SettingSpec &s = spec(key);
    switch (s.type) {
    case SettingType::Text:
        return value.toString();
    case SettingType::Integer: {
        bool isNumber = false;
        const int n = value.toInt(&isNumber);
        if (!isNumber || n < s.min || n > s.max) {
            LocalizedText message = s.outOfRange;
            if (message.isEmpty())
                message = {QStringLiteral("%1: từ %2 đến %3.").arg(s.key).arg(s.min).arg(s.max),
                           QStringLiteral("%1: from %2 to %3.").arg(s.key).arg(s.min).arg(s.max)};
            return SettingError{SettingError::Kind::OutOfRange, message};
        }
        return QString::number(n);
    }
    case SettingType::Flag:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case SettingType::Url: {
        QString url = value.toString().trimmed();
        while (url.endsWith(u'/'))
            url.chop(1);
        const QUrl parsed(url);
        if (!url.isEmpty()
            && (!parsed.isValid() || (parsed.scheme() != u"https" && parsed.scheme() != u"http") || parsed.host().isEmpty()))
            return invalid(QStringLiteral("Địa chỉ cần bắt đầu bằng https:// (hoặc http://)."),
                           QStringLiteral("The address must start with https:// (or http://)."));
        return url;
    }
    case SettingType::Language: {
        const QString language = value.toString();
        if (language != u"vi" && language != u"en")
            return invalid(QStringLiteral("Ngôn ngữ chỉ có thể là vi (tiếng Việt) hoặc en (tiếng Anh)."),
                           QStringLiteral("The language is vi (Vietnamese) or en (English)."));
        return language;
    }
    case SettingType::Time: {
        static const QRegularExpression hhmm(QStringLiteral("^([01][0-9]|2[0-3]):[0-5][0-9]$"));
        const QString time = value.toString();
        if (!time.isEmpty() && !hhmm.match(time).hasMatch())
            return invalid(QStringLiteral("Giờ viết dạng HH:mm, ví dụ 22:00."),
                           QStringLiteral("A time is written HH:mm, for example 22:00."));
        return time;
    }
    }
    return SettingError{SettingError::Kind::Unknown, {}};
}

Settings::Settings(Database &db) : m_db(db)
{
}

QString Settings::text(Key key) const
{
    const QString stored = m_db.setting(name(key));
    return stored.isEmpty() ? spec(key).defaultValue : stored;
}

QString Settings::stored(Key key) const
{
    return m_db.setting(name(key));
}

std::optional<int> Settings::number(Key key) const
{
    const SettingSpec &s = spec(key);
    for (const QString &candidate : {m_db.setting(s.key), s.defaultValue}) {
        bool isNumber = false;
        const int n = candidate.toInt(&isNumber);
        if (isNumber && n >= s.min && n <= s.max)
            return n;
    }
    return std::nullopt;
}

bool Settings::flag(Key key) const
{
    const QString v = text(key);
    return v == u"1" || v.compare(u"true", Qt::CaseInsensitive) == 0;
}

SettingResult Settings::set(Key key, const QVariant &value)
{
    SettingResult checked = check(key, value);
    if (!checked)
        return checked;
    if (!m_db.setSetting(name(key), checked.value()))
        return SettingError{SettingError::Kind::NotSaved,
                            {QStringLiteral("Không lưu được: %1").arg(m_db.lastError()),
                             QStringLiteral("Cannot save: %1").arg(m_db.lastError())}};
    qCDebug(lcSettings) << "setting" << name(key) << "=" << forLog(key, checked.value());
    return checked;
}

bool Settings::clear(Key key)
{
    const bool ok = m_db.setSetting(name(key), QString());
    if (ok)
        qCDebug(lcSettings) << "setting" << name(key) << "cleared";
    return ok;
}
