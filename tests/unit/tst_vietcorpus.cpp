// SPDX-License-Identifier: GPL-3.0-or-later
#include "input/vietcomposer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using Method = VietComposer::Method;
using ToneStyle = VietComposer::ToneStyle;

/** Every word with diacritics in the project's own Vietnamese texts (the kiosk's translations,
    the back-office words, the demo bundle) typed back through Telex and VNI: the keys are made
    from the word's letters (each mark key right after its letter, the tone key at the end or
    right after the vowels) and must compose to the word again, in the style the text was
    written in. */
class tst_VietCorpus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void typesBack_data();
    void typesBack();
};

namespace {

QChar toneKey(char16_t combining, bool vni)
{
    switch (combining) {
    case 0x0301: return vni ? u'1' : u's';
    case 0x0300: return vni ? u'2' : u'f';
    case 0x0309: return vni ? u'3' : u'r';
    case 0x0303: return vni ? u'4' : u'x';
    case 0x0323: return vni ? u'5' : u'j';
    default: return {};
    }
}

/** The keys that type word, or an empty string for a word with a letter that is not
    Vietnamese (say, é in a French name). The tone key comes last, or right after the vowels
    (before the final consonants) when toneBeforeFinal. */
QString keysFor(const QString &word, bool vni, bool toneBeforeFinal = false)
{
    QString keys;
    QChar tone;
    qsizetype afterVowels = 0;
    for (const QChar c : word) {
        if (c == u'đ' || c == u'Đ') {
            const QChar d = c.isUpper() ? u'D' : u'd';
            keys += d;
            keys += vni ? QChar(u'9') : d;
            continue;
        }
        const QString parts = QString(c).normalized(QString::NormalizationForm_D);
        const QChar base = parts.at(0);
        if (base.unicode() > 127 || !base.isLetter())
            return {};
        keys += base;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const char16_t mark = parts.at(i).unicode();
            if (mark == 0x0302)
                keys += vni ? QChar(u'6') : base;
            else if (mark == 0x0306)
                keys += vni ? QChar(u'8') : QChar(u'w');
            else if (mark == 0x031B)
                keys += vni ? QChar(u'7') : QChar(u'w');
            else if (const QChar t = toneKey(mark, vni); !t.isNull() && tone.isNull())
                tone = t;
            else
                return {};
        }
        if (QStringView(u"aeiouy").contains(base.toLower()))
            afterVowels = keys.size();
    }
    if (!tone.isNull())
        keys.insert(toneBeforeFinal ? afterVowels : keys.size(), tone);
    return keys;
}

QStringList wordsWithDiacritics(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression letters(QStringLiteral("\\p{L}+"));
    const QString text = QString::fromUtf8(file.readAll()).normalized(QString::NormalizationForm_C);
    QSet<QString> seen;
    for (auto it = letters.globalMatch(text); it.hasNext();) {
        const QString word = it.next().captured();
        if (std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.unicode() > 127; }))
            seen.insert(word);
    }
    QStringList words(seen.cbegin(), seen.cend());
    words.sort();
    return words;
}

}

void tst_VietCorpus::typesBack_data()
{
    QTest::addColumn<QString>("path");
    const QDir source(QStringLiteral(SOURCE_DIR));
    QTest::newRow("kiosk translations") << source.filePath(u"translations/civic-kiosk_vi.ts"_s);
    QTest::newRow("demo bundle") << source.filePath(u"assets/content/demo/bundle.json"_s);
    const QDir staffText(source.filePath(u"src/hub/staff/text"_s));
    const QStringList files = staffText.entryList({u"*-vi.json"_s}, QDir::Files, QDir::Name);
    for (const QString &name : files)
        QTest::newRow(qPrintable(name)) << staffText.filePath(name);
}

void tst_VietCorpus::typesBack()
{
    QFETCH(QString, path);
    const QStringList words = wordsWithDiacritics(path);
    QVERIFY2(words.size() >= 10, qPrintable(path + u": too few Vietnamese words to mean anything"_s));
    QStringList wrong;
    qsizetype skipped = 0;
    for (const QString &word : words) {
        if (keysFor(word, false).isEmpty()) {
            ++skipped;
            continue;
        }
        for (const Method method : {Method::Telex, Method::Vni}) {
            for (const bool toneBeforeFinal : {false, true}) {
                const QString keys = keysFor(word, method == Method::Vni, toneBeforeFinal);
                const QString traditional = VietComposer::compose(keys, method, ToneStyle::Traditional);
                const QString modern = VietComposer::compose(keys, method, ToneStyle::Modern);
                if (traditional != word && modern != word)
                    wrong << word + u" ← "_s + keys + u" → "_s + traditional;
            }
        }
    }
    qInfo("%s: %lld words typed in both methods, tone last and before the final; %lld with other letters left out",
          qPrintable(QFileInfo(path).fileName()), qlonglong(words.size() - skipped), qlonglong(skipped));
    QVERIFY2(skipped * 10 <= words.size(), "more than a tenth of the words have letters that are not Vietnamese");
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u"; ")));
}

QTEST_GUILESS_MAIN(tst_VietCorpus)
#include "tst_vietcorpus.moc"
