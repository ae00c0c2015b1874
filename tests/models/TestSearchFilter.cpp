#include "SearchFilter.h"

#include <QTest>

class TestSearchFilter : public QObject
{
    Q_OBJECT

private slots:
    void foldsCaseAndAccents_data();
    void foldsCaseAndAccents();
    void matchesLiterally_data();
    void matchesLiterally();
    void reportsOnlyRealChanges();
    void tellsWhenAChangeOnlyNarrows();
    void appliesRoleAndStatus();
    void keepsNameAndEmailApart();
};

void TestSearchFilter::foldsCaseAndAccents_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("folded");
    QTest::newRow("accent") << QStringLiteral("José") << QByteArray("jose");
    QTest::newRow("upper accent") << QStringLiteral("JOSÉ") << QByteArray("jose");
    QTest::newRow("tilde") << QStringLiteral("Núñez") << QByteArray("nunez");
    QTest::newRow("ligature") << QStringLiteral("ﬁle") << QByteArray("file");
    QTest::newRow("sharp s") << QStringLiteral("Straße") << QByteArray("strasse");
    QTest::newRow("capital sharp s") << QStringLiteral("STRAẞE") << QByteArray("strasse");
    // Letters without a decomposition, folded as the server's q folds them.
    QTest::newRow("l with stroke") << QStringLiteral("Łukasz") << QByteArray("lukasz");
    QTest::newRow("o with stroke") << QStringLiteral("Øyvind") << QByteArray("oyvind");
    QTest::newRow("d with stroke") << QStringLiteral("Đorđe") << QByteArray("dorde");
    QTest::newRow("cjk unchanged") << QStringLiteral("王伟") << QStringLiteral("王伟").toUtf8();
    QTest::newRow("ascii") << QStringLiteral("User+Tag@Example.COM")
                           << QByteArray("user+tag@example.com");
    QTest::newRow("empty") << QString() << QByteArray();
}

void TestSearchFilter::foldsCaseAndAccents()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, folded);
    QCOMPARE(SearchFilter::fold(text), folded);
}

void TestSearchFilter::matchesLiterally_data()
{
    QTest::addColumn<QString>("needle");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("matches");
    const QString tagEmail = QStringLiteral("user+tag@example.com");
    const QString other = QStringLiteral("someone@example.org");
    QTest::newRow("plus") << tagEmail << QStringLiteral("Tag") << tagEmail << true;
    QTest::newRow("plus is not a quantifier")
        << QStringLiteral("userr+") << QStringLiteral("userrr") << other << false;
    QTest::newRow("parentheses") << QStringLiteral("(contractor)")
                                 << QStringLiteral("Carl (Contractor)") << other << true;
    QTest::newRow("parentheses are not a group")
        << QStringLiteral("(contractor)") << QStringLiteral("Carl contractor") << other << false;
    QTest::newRow("bracket") << QStringLiteral("[") << QStringLiteral("王伟 [ops]") << other
                             << true;
    QTest::newRow("bracket absent")
        << QStringLiteral("[") << QStringLiteral("Ana") << other << false;
    QTest::newRow("dot is a dot") << QStringLiteral("a.b") << QStringLiteral("axb") << other
                                  << false;
    QTest::newRow("jose finds José")
        << QStringLiteral("jose") << QStringLiteral("José") << other << true;
    QTest::newRow("José finds JOSE")
        << QStringLiteral("José") << QStringLiteral("JOSE") << other << true;
    QTest::newRow("surrounding space ignored")
        << QStringLiteral("  jose ") << QStringLiteral("José") << other << true;
    QTest::newRow("email searched")
        << QStringLiteral("EXAMPLE.ORG") << QStringLiteral("Ana") << other << true;
}

void TestSearchFilter::matchesLiterally()
{
    QFETCH(QString, needle);
    QFETCH(QString, name);
    QFETCH(QString, email);
    QFETCH(bool, matches);
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    SearchFilter filter;
    filter.setText(needle);
    const QByteArray haystack = SearchFilter::haystack(name, email);
    const std::string_view view(haystack.constData(), static_cast<size_t>(haystack.size()));
    QCOMPARE(filter.matchesText(view), matches);
}

void TestSearchFilter::reportsOnlyRealChanges()
{
    SearchFilter filter;
    QVERIFY(!filter.setText(QString()));
    QVERIFY(filter.setText(QStringLiteral("jose")));
    QVERIFY(!filter.setText(QStringLiteral("Jose")));
    QVERIFY(!filter.setText(QStringLiteral("JOSÉ ")));
    QCOMPARE(filter.text(), QStringLiteral("JOSÉ "));
    QVERIFY(filter.setText(QStringLiteral("josef")));
    QVERIFY(filter.setRole(Role::Admin));
    QVERIFY(!filter.setRole(Role::Admin));
    QVERIFY(filter.setStatus(SearchFilter::StatusFilter::Expired));
    QVERIFY(!filter.setStatus(SearchFilter::StatusFilter::Expired));
}

void TestSearchFilter::tellsWhenAChangeOnlyNarrows()
{
    SearchFilter filter;
    filter.setText(QStringLiteral("jo"));
    QVERIFY(filter.isNarrowing());
    filter.markApplied();
    filter.setText(QStringLiteral("jos"));
    QVERIFY(filter.isNarrowing());
    filter.markApplied();
    filter.setText(QStringLiteral("jo")); // backspace widens
    QVERIFY(!filter.isNarrowing());
    filter.markApplied();
    filter.setRole(Role::Member); // all roles -> one role narrows
    QVERIFY(filter.isNarrowing());
    filter.markApplied();
    filter.setRole(Role::Admin); // one role -> another widens
    QVERIFY(!filter.isNarrowing());
    filter.markApplied();
    filter.setStatus(SearchFilter::StatusFilter::Pending);
    QVERIFY(filter.isNarrowing());
    filter.markApplied();
    filter.setStatus(SearchFilter::StatusFilter::All);
    QVERIFY(!filter.isNarrowing());
}

void TestSearchFilter::appliesRoleAndStatus()
{
    SearchFilter filter;
    const QByteArray h =
        SearchFilter::haystack(QStringLiteral("Ana"), QStringLiteral("a@x.example"));
    const std::string_view view(h.constData(), static_cast<size_t>(h.size()));
    QVERIFY(filter.accepts(view, Role::Admin, false));
    filter.setRole(Role::Member);
    QVERIFY(!filter.accepts(view, Role::Admin, false));
    QVERIFY(filter.accepts(view, Role::Member, false));
    QVERIFY(filter.accepts(view, std::nullopt, false)); // records without a role pass
    filter.setStatus(SearchFilter::StatusFilter::Expired);
    QVERIFY(!filter.accepts(view, Role::Member, false));
    QVERIFY(filter.accepts(view, Role::Member, true));
    filter.setStatus(SearchFilter::StatusFilter::Pending);
    QVERIFY(!filter.accepts(view, Role::Member, true));
}

void TestSearchFilter::keepsNameAndEmailApart()
{
    // "ana" + "bob@…" must not match "nab" across the boundary.
    SearchFilter filter;
    filter.setText(QStringLiteral("nab"));
    const QByteArray h =
        SearchFilter::haystack(QStringLiteral("Ana"), QStringLiteral("bob@x.example"));
    QVERIFY(!filter.matchesText(std::string_view(h.constData(), static_cast<size_t>(h.size()))));
}

QTEST_GUILESS_MAIN(TestSearchFilter)
#include "TestSearchFilter.moc"
