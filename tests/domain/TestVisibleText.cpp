// VisibleText: the one notion of an invisible character, shared by address
// checks and by names; a table anyone can read.
#include "VisibleText.h"

#include <QTest>

class TestVisibleText : public QObject
{
    Q_OBJECT

private slots:
    void invisibleCharacters_data();
    void invisibleCharacters();
    void trimmedAndHasVisible_data();
    void trimmedAndHasVisible();
};

void TestVisibleText::invisibleCharacters_data()
{
    QTest::addColumn<uint>("codePoint");
    QTest::addColumn<bool>("invisible");

    const QList<QPair<const char *, uint>> invisible{
        {"NUL", 0x0000},
        {"SOH", 0x0001},
        {"tab", 0x0009},
        {"line feed", 0x000A},
        {"space", 0x0020},
        {"DEL", 0x007F},
        {"C1 CSI", 0x009B},
        {"no-break space", 0x00A0},
        {"soft hyphen", 0x00AD},
        {"combining grapheme joiner", 0x034F},
        {"Hangul choseong filler", 0x115F},
        {"Mongolian vowel separator", 0x180E},
        {"en quad", 0x2000},
        {"zero-width space", 0x200B},
        {"zero-width joiner", 0x200D},
        {"right-to-left mark", 0x200F},
        {"line separator", 0x2028},
        {"right-to-left override", 0x202E},
        {"narrow no-break space", 0x202F},
        {"word joiner", 0x2060},
        {"first strong isolate", 0x2068},
        {"Braille pattern blank", 0x2800},
        {"ideographic space", 0x3000},
        {"Hangul filler", 0x3164},
        {"byte order mark", 0xFEFF},
        {"halfwidth Hangul filler", 0xFFA0},
        {"tag space (plane 14)", 0xE0020},
    };
    for (const auto &[name, c] : invisible)
        QTest::addRow("%s", name) << c << true;
    const QList<QPair<const char *, uint>> visible{
        {"letter", 'A'},
        {"digit", '7'},
        {"apostrophe", '\''},
        {"e acute", 0x00E9},
        {"Arabic letter", 0x0645},
        {"CJK ideograph", 0x674E},
        {"combining acute (a mark, drawn on its base)", 0x0301},
        {"right single quotation mark", 0x2019},
        {"emoji (astral)", 0x1F9D1},
    };
    for (const auto &[name, c] : visible)
        QTest::addRow("%s", name) << c << false;
}

void TestVisibleText::invisibleCharacters()
{
    QFETCH(uint, codePoint);
    QFETCH(bool, invisible);
    QCOMPARE(VisibleText::isInvisible(codePoint), invisible);
}

void TestVisibleText::trimmedAndHasVisible_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("trimmed");
    QTest::addColumn<bool>("hasVisible");

    QTest::newRow("empty") << QString() << QString() << false;
    QTest::newRow("zero-width spaces") << QStringLiteral("\u200b\u200b") << QString() << false;
    QTest::newRow("NUL") << QString(QChar(0)) << QString() << false;
    QTest::newRow("fillers and spaces")
        << QStringLiteral(" \u3164\u2800\u00a0\ufeff") << QString() << false;
    QTest::newRow("a name") << QStringLiteral("Ada Lovelace") << QStringLiteral("Ada Lovelace")
                            << true;
    QTest::newRow("invisible ends") << QStringLiteral("\u200b\u00a0Ada Lovelace\u2060 \ufeff")
                                    << QStringLiteral("Ada Lovelace") << true;
    QTest::newRow("inside kept") << QStringLiteral("\u200bمريم\u200cعلي")
                                 << QStringLiteral("مريم\u200cعلي") << true;
    QTest::newRow("astral at the ends") << QStringLiteral("\U0001F9D1\u200d\U0001F4BB")
                                        << QStringLiteral("\U0001F9D1\u200d\U0001F4BB") << true;
    QTest::newRow("plane-14 tag at the end")
        << QStringLiteral("Ada\U000E0020") << QStringLiteral("Ada") << true;
}

void TestVisibleText::trimmedAndHasVisible()
{
    QFETCH(QString, text);
    QFETCH(QString, trimmed);
    QFETCH(bool, hasVisible);
    QCOMPARE(VisibleText::trimmed(text), trimmed);
    QCOMPARE(VisibleText::hasVisible(text), hasVisible);
}

QTEST_APPLESS_MAIN(TestVisibleText)
#include "TestVisibleText.moc"
