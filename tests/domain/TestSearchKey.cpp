// SearchKey: the folding behind the literal, case- and accent-insensitive
// search of every list.
#include "SearchKey.h"

#include <QTest>

class TestSearchKey : public QObject
{
    Q_OBJECT
private slots:
    void foldsCaseAndAccents_data();
    void foldsCaseAndAccents();
    void personKeyKeepsFieldsApart();
};

void TestSearchKey::foldsCaseAndAccents_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("acute") << QStringLiteral("José") << QStringLiteral("jose");
    QTest::newRow("diaeresis upper") << QStringLiteral("ZOË") << QStringLiteral("zoe");
    QTest::newRow("stroke l") << QStringLiteral("Łukasz") << QStringLiteral("lukasz");
    QTest::newRow("o slash") << QStringLiteral("Ødegaard") << QStringLiteral("odegaard");
    QTest::newRow("sharp s") << QStringLiteral("Größmann") << QStringLiteral("grossmann");
    QTest::newRow("apostrophe kept") << QStringLiteral("O'Brien") << QStringLiteral("o'brien");
    QTest::newRow("hyphen kept") << QStringLiteral("Anne-Marie") << QStringLiteral("anne-marie");
    QTest::newRow("cjk unchanged") << QStringLiteral("山田太郎") << QStringLiteral("山田太郎");
    QTest::newRow("full width") << QStringLiteral("ＡＢＣ") << QStringLiteral("abc");
    QTest::newRow("arabic hamza") << QStringLiteral("أحمد") << QStringLiteral("احمد");
    QTest::newRow("wildcards literal") << QStringLiteral("50%_x*") << QStringLiteral("50%_x*");
    QTest::newRow("empty") << QString() << QString();
}

void TestSearchKey::foldsCaseAndAccents()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(SearchKey::fold(text), folded);
}

void TestSearchKey::personKeyKeepsFieldsApart()
{
    const QString key =
        SearchKey::forPerson(QStringLiteral("Zoë Dubois"), QStringLiteral("Billing@Example.com"));
    QVERIFY(key.contains(SearchKey::fold(QStringLiteral("zoe dub"))));
    QVERIFY(key.contains(SearchKey::fold(QStringLiteral("BILLING@EXAMPLE"))));
    // A query never matches across the end of the name and the address.
    QVERIFY(!key.contains(SearchKey::fold(QStringLiteral("duboisbilling"))));
}

QTEST_APPLESS_MAIN(TestSearchKey)
#include "TestSearchKey.moc"
