// SPDX-License-Identifier: GPL-3.0-or-later
#include "input/vietcomposer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Method = VietComposer::Method;
using ToneStyle = VietComposer::ToneStyle;

/** Telex and VNI keys into Vietnamese words: marks, tones and their placement in both styles,
    undo by doubling, keys that cannot apply, backspace, case, the key API, search folding. */
class tst_VietComposer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void telex_data();
    void telex();
    void toneStyles_data();
    void toneStyles();
    void vni_data();
    void vni();
    void backspace_data();
    void backspace();
    void preeditStepByStep_data();
    void preeditStepByStep();
    void keysNotTaken();
    void commitAndClear();
    void styleChangeMovesTheTone();
    void methodChangeDropsTheWord();
    void foldIgnoresTheStyle_data();
    void foldIgnoresTheStyle();
};

namespace {
void row(const char *keys, const char *expected)
{
    QTest::newRow(keys) << QString::fromUtf8(keys) << QString::fromUtf8(expected);
}
}

void tst_VietComposer::telex_data()
{
    QTest::addColumn<QString>("keys");
    QTest::addColumn<QString>("expected");
    // Marks
    row("aa", "â");
    row("aw", "ă");
    row("ee", "ê");
    row("oo", "ô");
    row("ow", "ơ");
    row("uw", "ư");
    row("w", "ư");
    row("dd", "đ");
    row("uwo", "ươ");
    row("tuowng", "tương");
    row("tuwong", "tương");
    row("uow", "uơ");              // an open ươ is no spelling: uơ until a final comes
    row("awa", "â");               // ă then a: â
    row("oow", "ơ");               // ô then w: ơ
    row("uowo", "uô");             // ươ then o: uô
    row("uwoo", "uô");
    // Tones, z, and replacing one tone by another
    row("as", "á");
    row("af", "à");
    row("ar", "ả");
    row("ax", "ã");
    row("aj", "ạ");
    row("asz", "a");
    row("asf", "à");
    row("z", "z");
    row("az", "az");
    // Doubling undoes and keeps the letter; the rest of the word is then letters
    row("ass", "as");
    row("aff", "af");
    row("arr", "ar");
    row("axx", "ax");
    row("ajj", "aj");
    row("aaa", "aa");
    row("aww", "aw");
    row("eee", "ee");
    row("ooo", "oo");
    row("oww", "ow");
    row("uww", "uw");
    row("ddd", "dd");
    row("ww", "w");
    row("woww", "wow");            // the ư a lone w made goes back to w
    row("WW", "W");
    row("asss", "ass");
    row("aaas", "aas");
    row("pass", "pas");
    row("passw", "pasw");
    // Words
    row("tieengs", "tiếng");
    row("tieesng", "tiếng");
    row("tiesneg", "tiếng");
    row("tiesng", "tiéng");        // no circumflex typed: none guessed
    row("chuaarn", "chuẩn");
    row("ddafi", "đài");
    row("VIEETJ", "VIỆT");
    row("Vieetj", "Việt");
    row("DDUWOWNGF", "ĐƯỜNG");
    row("Ddaf", "Đà");
    row("HOAF", "HÒA");
    row("tHUyR", "tHỦy");          // each letter keeps its own case
    row("nguowif", "người");
    row("ruowuj", "rượu");
    row("quar", "quả");
    row("quys", "quý");
    row("giaf", "già");
    row("gif", "gì");
    row("giwax", "giữa");
    row("giuwax", "giữa");
    row("mias", "mía");
    row("muas", "múa");
    row("muaw", "mưa");
    row("muaws", "mứa");
    row("cuwuf", "cừu");
    row("toans", "toán");
    row("hoajch", "hoạch");
    row("hoachj", "hoạch");
    row("hoawcj", "hoặc");
    row("tuaans", "tuấn");
    row("taan", "tân");
    row("tana", "tân");            // a mark key acts on the vowels wherever it is typed
    row("hoaf", "hòa");
    row("hoafn", "hoàn");
    row("thuyr", "thủy");
    row("khuyru", "khuỷu");
    row("khuyur", "khuỷu");
    row("ngoaif", "ngoài");
    row("chuyeenj", "chuyện");
    row("quyeenr", "quyển");
    row("gieengs", "giếng");
    row("quaan", "quân");
    row("nguyeenx", "nguyễn");
    row("cooj", "cộ");
    row("nawngx", "nẵng");
    row("thuowr", "thuở");
    row("huow", "huơ");
    row("dduwowcj", "được");
    row("Vieejt Nam", "Việt Nam");
    row("Cungf Xaay Hari Phongf", "Cùng Xây Hải Phòng");
    row("Phoongf", "Phồng");       // oo is always ô
    row("vieejt, nam.", "việt, nam.");
    // Endings in c, ch, p, t take only sắc and nặng
    row("hocs", "hóc");
    row("hocj", "học");
    row("hocf", "hocf");
    row("bepx", "bepx");
    row("satr", "satr");
    row("sachs", "sách");
    row("sachf", "sachf");
    row("hofc", "hòc");            // a tone typed before the final is kept as typed
    // Keys that cannot apply are letters
    row("s", "s");
    row("bs", "bs");
    row("qw", "qw");
    row("nw", "nư");
    row("tw", "tư");
    row("iw", "iw");
    row("ew", "ew");
    row("clubs", "clubs");         // b is no final: s stays a letter
    row("a1s", "a1s");             // a digit is no Telex key: it ends the word
}

void tst_VietComposer::telex()
{
    QFETCH(QString, keys);
    QFETCH(QString, expected);
    QCOMPARE(VietComposer::compose(keys), expected);
}

void tst_VietComposer::toneStyles_data()
{
    QTest::addColumn<QString>("keys");
    QTest::addColumn<QString>("traditional");
    QTest::addColumn<QString>("modern");
    const auto styled = [](const char *keys, const char *traditional, const char *modern) {
        QTest::newRow(keys) << QString::fromUtf8(keys) << QString::fromUtf8(traditional)
                            << QString::fromUtf8(modern);
    };
    styled("hoaf", "hòa", "hoà");
    styled("khoer", "khỏe", "khoẻ");
    styled("thuyr", "thủy", "thuỷ");
    styled("Thuyr", "Thủy", "Thuỷ");
    styled("oaf", "òa", "oà");
    styled("uyr", "ủy", "uỷ");
    styled("hoafn", "hoàn", "hoàn");
    styled("hoafng", "hoàng", "hoàng");
    styled("huyts", "huýt", "huýt");
    styled("thuees", "thuế", "thuế");
    styled("toans", "toán", "toán");
    styled("muas", "múa", "múa");
    styled("quar", "quả", "quả");
    styled("ngoaif", "ngoài", "ngoài");
    styled("V:hoa2", "hòa", "hoà");
    styled("V:thuy3", "thủy", "thuỷ");
}

void tst_VietComposer::toneStyles()
{
    QFETCH(QString, keys);
    QFETCH(QString, traditional);
    QFETCH(QString, modern);
    Method method = Method::Telex;
    if (keys.startsWith(u"V:")) {
        method = Method::Vni;
        keys.remove(0, 2);
    }
    QCOMPARE(VietComposer::compose(keys, method, ToneStyle::Traditional), traditional);
    QCOMPARE(VietComposer::compose(keys, method, ToneStyle::Modern), modern);
}

void tst_VietComposer::vni_data()
{
    QTest::addColumn<QString>("keys");
    QTest::addColumn<QString>("expected");
    row("a1", "á");
    row("a2", "à");
    row("a3", "ả");
    row("a4", "ã");
    row("a5", "ạ");
    row("a10", "a");
    row("a0", "a0");
    row("a6", "â");
    row("a8", "ă");
    row("o7", "ơ");
    row("u7", "ư");
    row("d9", "đ");
    row("D9", "Đ");
    row("a11", "a1");
    row("a66", "a6");
    row("a88", "a8");
    row("u77", "u7");
    row("d99", "d9");
    row("tie6ng1", "tiếng");
    row("tie1ng6", "tiếng");
    row("d9a2i", "đài");
    row("da2i9", "đài");           // 9 finds the first d anywhere in the word
    row("nguo7i2", "người");
    row("du7o7ng2", "dường");
    row("d9u7o7c5", "được");
    row("thuo73", "thuở");
    row("Vie65t", "Việt");
    row("Vie6t5", "Việt");
    row("VIE65T", "VIỆT");
    row("qua3", "quả");
    row("gia2", "già");
    row("mu7a", "mưa");
    row("to6i1", "tối");
    row("ma8c5", "mặc");
    row("ho5c", "học");
    row("hoc5", "học");
    row("hoc2", "hoc2");           // no huyền after c
    row("2026", "2026");
    row("Ha3i Pho2ng", "Hải Phòng");
    row("Pho2ng 12", "Phòng 12");
    row("w7", "w7");
}

void tst_VietComposer::vni()
{
    QFETCH(QString, keys);
    QFETCH(QString, expected);
    QCOMPARE(VietComposer::compose(keys, Method::Vni), expected);
}

void tst_VietComposer::backspace_data()
{
    QTest::addColumn<QString>("keys");     // '<' is backspace
    QTest::addColumn<QString>("expected");
    row("hoafn<", "hòa");          // the tone is placed again
    row("toans<", "tóa");
    row("nguowif<", "ngườ");       // marks stay as shown
    row("nguowif<i", "người");
    row("thuowng<<", "thươ");      // shown ươ stays ươ, not the open uơ
    row("thuowr<", "thu");         // the tone went with its letter
    row("tieesng<<", "tiế");
    row("tieesng<<<", "ti");
    row("VIEETJ<", "VIỆ");
    row("as<", "");
    row("ass<", "a");              // the undo's letter removed: composing again
    row("ass<s", "á");
    row("pass<s", "pá");
    row("ww<", "");
    row("woww<<<", "");
    row("uoww<w", "uơ");          // the undo's w removed: composing again (open: uơ)
    row("dd<", "");
    row("ddi<", "đ");
    row("a <", "a");               // an empty word: the committed text loses its last character
    row("<", "");
    row("ab<<<", "");
}

void tst_VietComposer::backspace()
{
    QFETCH(QString, keys);
    QFETCH(QString, expected);
    QCOMPARE(VietComposer::compose(keys.replace(u'<', u'\b')), expected);
}

void tst_VietComposer::preeditStepByStep_data()
{
    QTest::addColumn<QString>("keys");
    QTest::addColumn<QStringList>("steps");
    QTest::newRow("hoafn") << QStringLiteral("hoafn")
                           << QStringList{u"h"_s, u"ho"_s, u"hoa"_s, u"hòa"_s, u"hoàn"_s};
    QTest::newRow("nguowif") << QStringLiteral("nguowif")
                             << QStringList{u"n"_s, u"ng"_s, u"ngu"_s, u"nguo"_s, u"nguơ"_s,
                                            u"ngươi"_s, u"người"_s};
    QTest::newRow("tieengs") << QStringLiteral("tieengs")
                             << QStringList{u"t"_s, u"ti"_s, u"tie"_s, u"tiê"_s, u"tiên"_s,
                                            u"tiêng"_s, u"tiếng"_s};
}

void tst_VietComposer::preeditStepByStep()
{
    QFETCH(QString, keys);
    QFETCH(QStringList, steps);
    QCOMPARE(keys.size(), steps.size());
    VietComposer composer;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        QVERIFY(composer.typeKey(keys.at(i)));
        QCOMPARE(composer.preedit(), steps.at(i));
    }
}

void tst_VietComposer::keysNotTaken()
{
    VietComposer telex;
    QVERIFY(telex.typeKey(u'a'));
    for (const QChar key : {QChar(u' '), QChar(u','), QChar(u'.'), QChar(u'1'), QChar(u'-'),
                            QChar(u'\n'), QChar(u'ê'), QChar(u'đ')}) {
        QVERIFY2(!telex.typeKey(key), qPrintable(QString(key)));
        QCOMPARE(telex.preedit(), u"a"_s);
    }
    VietComposer vni(Method::Vni);
    QVERIFY(vni.typeKey(u'a'));
    QVERIFY(vni.typeKey(u'1'));
    QCOMPARE(vni.preedit(), u"á"_s);
    QVERIFY(!vni.typeKey(u' '));
}

void tst_VietComposer::commitAndClear()
{
    VietComposer composer;
    QVERIFY(composer.isEmpty());
    QVERIFY(!composer.backspace());
    for (const QChar key : u"Vieetj"_s)
        QVERIFY(composer.typeKey(key));
    QCOMPARE(composer.commit(), u"Việt"_s);
    QVERIFY(composer.isEmpty());
    QCOMPARE(composer.preedit(), QString());
    // The next word starts afresh: no tone, no undo state carried over.
    for (const QChar key : u"ass"_s)
        composer.typeKey(key);
    QCOMPARE(composer.preedit(), u"as"_s);
    composer.clear();
    composer.typeKey(u'a');
    composer.typeKey(u's');
    QCOMPARE(composer.preedit(), u"á"_s);
}

void tst_VietComposer::styleChangeMovesTheTone()
{
    VietComposer composer;
    for (const QChar key : u"thuyr"_s)
        composer.typeKey(key);
    QCOMPARE(composer.preedit(), u"thủy"_s);
    composer.setToneStyle(ToneStyle::Modern);
    QCOMPARE(composer.toneStyle(), ToneStyle::Modern);
    QCOMPARE(composer.preedit(), u"thuỷ"_s);
}

void tst_VietComposer::methodChangeDropsTheWord()
{
    VietComposer composer;
    composer.typeKey(u'a');
    composer.setMethod(Method::Vni);
    QCOMPARE(composer.method(), Method::Vni);
    QVERIFY(composer.isEmpty());
    composer.typeKey(u'a');
    composer.typeKey(u's');   // a letter in VNI
    QCOMPARE(composer.preedit(), u"as"_s);
}

void tst_VietComposer::foldIgnoresTheStyle_data()
{
    QTest::addColumn<QString>("keys");
    QTest::addColumn<QString>("folded");
    QTest::newRow("hòa") << u"hoaf"_s << u"hoa"_s;
    QTest::newRow("khỏe") << u"Khoer"_s << u"khoe"_s;
    QTest::newRow("thủy") << u"THUYR"_s << u"thuy"_s;
    QTest::newRow("đường") << u"dduwowngf"_s << u"duong"_s;
    QTest::newRow("Việt Nam") << u"Vieejt Nam"_s << u"viet nam"_s;
}

void tst_VietComposer::foldIgnoresTheStyle()
{
    QFETCH(QString, keys);
    QFETCH(QString, folded);
    const QString traditional = VietComposer::compose(keys, Method::Telex, ToneStyle::Traditional);
    const QString modern = VietComposer::compose(keys, Method::Telex, ToneStyle::Modern);
    QCOMPARE(VietComposer::fold(traditional), folded);
    QCOMPARE(VietComposer::fold(modern), folded);
    QVERIFY(traditional != folded);   // something was composed, so the fold did work
}

QTEST_GUILESS_MAIN(tst_VietComposer)
#include "tst_vietcomposer.moc"
