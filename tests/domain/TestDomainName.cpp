// The domain of an email address: the IDNA2008 / UTS #46 validity of
// Unicode and punycode labels, full-width forms, and the special-use names
// that can never receive an invitation.
#include "DomainName.h"
#include "EmailAddress.h"

#include <QTest>

namespace {

QString u16(const char16_t *text)
{
    return QString::fromUtf16(text);
}

const char *const CombiningMark = "The domain %1 has a part that starts with a combining mark.";
const char *const ReservedHyphens =
    "The domain %1 has a part with hyphens in the third and fourth places, which only "
    "international names written as xn--… may have.";
const char *const NotAnALabel =
    "The domain %1 has a part written as xn--… that is not a valid international name.";
const char *const SpecialUse =
    "The domain %1 ends in “.%2”, a name reserved for special use that cannot receive "
    "invitations.";

QString quoted(const QString &text)
{
    return QStringLiteral("“%1”").arg(text);
}

} // namespace

class TestDomainName : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void specialUseNames_data();
    void specialUseNames();
};

void TestDomainName::valid_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("ace"); // what is sent

    auto same = [](const char *name, const QString &typed) {
        QTest::newRow(name) << typed << typed;
    };
    same("example.com", QStringLiteral("example.com"));
    same("example.org", QStringLiteral("example.org"));
    same("example.net", QStringLiteral("example.net"));
    same("the .example top-level name", QStringLiteral("mail.example"));
    same("ASCII case kept as typed", QStringLiteral("Mail.Example.COM"));
    same("A-label", QStringLiteral("xn--bcher-kva.example"));
    same("A-label in capitals, kept as typed", QStringLiteral("XN--BCHER-KVA.example"));
    same("A-label of an emoji", QStringLiteral("xn--ls8h.example"));
    same("hyphens elsewhere", QStringLiteral("a-b--c.example"));
    same("A-label with hyphens after its prefix", QStringLiteral("xn----b-pla.example"));
    QTest::newRow("U-label") << u16(u"bücher.example") << QStringLiteral("xn--bcher-kva.example");
    QTest::newRow("U-label upper-cased, mapped")
        << u16(u"BÜCHER.example") << QStringLiteral("xn--bcher-kva.example");
    QTest::newRow("Unicode top-level name")
        << u16(u"例え.テスト") << QStringLiteral("xn--r8jz45g.xn--zckzah");
    QTest::newRow("full-width letters and full stop mapped")
        << u16(u"ｅｘａｍｐｌｅ．ｃｏｍ") << QStringLiteral("example.com");
    QTest::newRow("full-width A-label mapped, then decoded")
        << u16(u"ｘｎ－－ｂｃｈｅｒ－ｋｖａ.example") << QStringLiteral("xn--bcher-kva.example");
    QTest::newRow("combining mark after a letter, composed (NFC)")
        << u16(u"a\u0301.example") << QStringLiteral("xn--1ca.example");
    QTest::newRow("hyphens in the second and third places of a U-label")
        << u16(u"ä--b.example") << QStringLiteral("xn----b-pla.example");
}

void TestDomainName::valid()
{
    QFETCH(QString, typed);
    QFETCH(QString, ace);

    const DomainNameCheck checked = DomainName::check(typed);
    QVERIFY2(checked.isValid(), qPrintable(checked.error));
    QCOMPARE(checked.ace, ace);
    // The address is valid too, with the domain as sent.
    const EmailCheck address = EmailAddress::check(QStringLiteral("user@") + typed);
    QVERIFY2(address.isValid(), qPrintable(address.error));
    QCOMPARE(address.address, QStringLiteral("user@") + ace);
}

void TestDomainName::invalid_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("error");

    auto row = [](const char *name, const QString &typed, const char *error) {
        QTest::newRow(name) << typed << QString::fromUtf8(error).arg(quoted(typed));
    };
    row("leading combining mark", u16(u"\u0301abc.example"), CombiningMark);
    row("leading spacing combining mark", u16(u"\u0903a.example"), CombiningMark);
    row("leading enclosing mark in the second label", u16(u"mail.\u20DDab.example"), CombiningMark);
    row("leading combining mark after an ideographic full stop", u16(u"mail。\u0301a.example"),
        CombiningMark);
    row("A-label of a leading combining mark", QStringLiteral("xn--abc-jdc.example"), NotAnALabel);
    row("hyphens in the third and fourth places", QStringLiteral("ab--cd.example"),
        ReservedHyphens);
    row("another ACE-like prefix", QStringLiteral("mail.zz--bcher-kva.example"), ReservedHyphens);
    row("full-width hyphens mapped, then refused", u16(u"ｅｘ－－ａｍｐｌｅ.com"), ReservedHyphens);
    row("U-label with hyphens in the third and fourth places", u16(u"ab--ü.example"),
        ReservedHyphens);
    row("A-label of a U-label with hyphens in the third and fourth places",
        QStringLiteral("xn--ab---3ra.example"), NotAnALabel);
    row("A-label that is not punycode", QStringLiteral("xn--abc.example"), NotAnALabel);
    row("A-label too short to decode", QStringLiteral("xn--a.example"), NotAnALabel);
    row("A-label in capitals that is not punycode", QStringLiteral("XN--ZZ.example"), NotAnALabel);
    row("A-label of a zero-width joiner", QStringLiteral("xn--ab-m1t.example"), NotAnALabel);
    row("A-label of a capital letter (not a U-label)", QStringLiteral("xn--wca.example"),
        NotAnALabel);
    row("A-label not in NFC", QStringLiteral("xn--a-xbb.example"), NotAnALabel);
    row("full-width A-label that is not punycode", u16(u"ｘｎ－－ａｂｃ.com"), NotAnALabel);
    row("A-label as the top-level name", QStringLiteral("example.xn--abc"), NotAnALabel);
}

void TestDomainName::invalid()
{
    QFETCH(QString, typed);
    QFETCH(QString, error);

    const DomainNameCheck checked = DomainName::check(typed);
    QCOMPARE(checked.error, error);
    QCOMPARE(checked.ace, QString());
    const EmailCheck address = EmailAddress::check(QStringLiteral("user@") + typed);
    QCOMPARE(address.error, error);
    QCOMPARE(address.address, QString());
}

void TestDomainName::specialUseNames_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("name");

    QTest::newRow(".arpa") << QStringLiteral("2.0.192.in-addr.arpa") << QStringLiteral("arpa");
    QTest::newRow(".invalid") << QStringLiteral("example.invalid") << QStringLiteral("invalid");
    QTest::newRow(".local") << QStringLiteral("printer.local") << QStringLiteral("local");
    QTest::newRow(".localhost") << QStringLiteral("mail.localhost") << QStringLiteral("localhost");
    QTest::newRow(".onion") << QStringLiteral("abcdefghijklmnop.onion") << QStringLiteral("onion");
    QTest::newRow(".test") << QStringLiteral("example.test") << QStringLiteral("test");
    QTest::newRow("in capitals") << QStringLiteral("Example.TEST") << QStringLiteral("test");
    QTest::newRow("under a Unicode name") << u16(u"bücher.test") << QStringLiteral("test");
    QTest::newRow("in full-width letters") << u16(u"example.ｔｅｓｔ") << QStringLiteral("test");
}

void TestDomainName::specialUseNames()
{
    QFETCH(QString, typed);
    QFETCH(QString, name);

    const QString error = QString::fromUtf8(SpecialUse).arg(quoted(typed), name);
    QCOMPARE(DomainName::check(typed).error, error);
    QCOMPARE(EmailAddress::check(QStringLiteral("user@") + typed).error, error);
}

QTEST_GUILESS_MAIN(TestDomainName)
#include "TestDomainName.moc"
