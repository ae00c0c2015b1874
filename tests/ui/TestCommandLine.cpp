// The command line of testops-users: what each option starts, and which
// values are refused before any window opens.

#include <CommandLine.h>

#include <QTest>

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void noOptionChoosesNothing();
    void localWithDataDir();
    void serverWithOrganization();
    void bareHostMeansHttps();
    void invalidValuesAreRefused_data();
    void invalidValuesAreRefused();
};

void TestCommandLine::noOptionChoosesNothing()
{
    StartOptions options;
    QString error;
    QVERIFY(CommandLine::parse({QStringLiteral("testops-users")}, options, error));
    QVERIFY(!options.choosesConnection());
    QVERIFY(error.isEmpty());
}

void TestCommandLine::localWithDataDir()
{
    StartOptions options;
    QString error;
    QVERIFY(CommandLine::parse({QStringLiteral("testops-users"), QStringLiteral("--local"),
                                QStringLiteral("--data-dir"), QStringLiteral("/tmp/x")},
                               options, error));
    QVERIFY(options.local);
    QVERIFY(options.choosesConnection());
    QCOMPARE(options.dataDir, QStringLiteral("/tmp/x"));
}

void TestCommandLine::serverWithOrganization()
{
    StartOptions options;
    QString error;
    QVERIFY(CommandLine::parse({QStringLiteral("testops-users"), QStringLiteral("--server"),
                                QStringLiteral("http://127.0.0.1:8080"), QStringLiteral("--org"),
                                QStringLiteral("7")},
                               options, error));
    QVERIFY(!options.local);
    QCOMPARE(options.serverUrl, QUrl(QStringLiteral("http://127.0.0.1:8080")));
    QCOMPARE(options.organizationId, 7);
}

void TestCommandLine::bareHostMeansHttps()
{
    StartOptions options;
    QString error;
    QVERIFY(CommandLine::parse({QStringLiteral("testops-users"), QStringLiteral("--server"),
                                QStringLiteral("testops.example.com")},
                               options, error));
    QCOMPARE(options.serverUrl, QUrl(QStringLiteral("https://testops.example.com")));
}

void TestCommandLine::invalidValuesAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("ftp server") << QStringList{QStringLiteral("--server"),
                                               QStringLiteral("ftp://example.com")}
                                << QStringLiteral("--server");
    QTest::newRow("server with spaces")
        << QStringList{QStringLiteral("--server"), QStringLiteral("http://a b")}
        << QStringLiteral("--server");
    QTest::newRow("org zero") << QStringList{QStringLiteral("--local"), QStringLiteral("--org"),
                                             QStringLiteral("0")}
                              << QStringLiteral("--org");
    QTest::newRow("org text") << QStringList{QStringLiteral("--org"), QStringLiteral("abc")}
                              << QStringLiteral("--org");
    QTest::newRow("local and server")
        << QStringList{QStringLiteral("--local"), QStringLiteral("--server"),
                       QStringLiteral("https://example.com")}
        << QStringLiteral("exclude");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--bogus")} << QStringLiteral("bogus");
}

void TestCommandLine::invalidValuesAreRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, errorPart);
    arguments.prepend(QStringLiteral("testops-users"));
    StartOptions options;
    QString error;
    QVERIFY(!CommandLine::parse(arguments, options, error));
    QVERIFY2(error.contains(errorPart), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
