// CsvReader reads what spreadsheets save: RFC 4180 quoting with commas,
// quotes and line breaks inside fields, CRLF or LF, the delimiter found by
// itself, UTF-8 with or without BOM and UTF-16 with one; and refuses, with a
// sentence, what is not such text: a binary file, a Windows-1252 export, an
// unclosed quote, a file over 50 MB. Files are real files on disk.
#include "CsvReader.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Records = QList<QStringList>;

Records fieldsOf(const CsvTable &table)
{
    Records records;
    for (const CsvRecord &record : table.records)
        records.append(record.fields);
    return records;
}

QList<int> linesOf(const CsvTable &table)
{
    QList<int> lines;
    for (const CsvRecord &record : table.records)
        lines.append(record.line);
    return lines;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void parsesRfc4180_data();
    void parsesRfc4180();
    void detectsTheDelimiter_data();
    void detectsTheDelimiter();
    void decodesByByteOrderMark_data();
    void decodesByByteOrderMark();
    void refusesWhatIsNotText_data();
    void refusesWhatIsNotText();
    void refusesAnUnclosedQuote();
    void refusesFilesOver50MB();
    void readsAFileFromDisk();

private:
    QTemporaryDir m_dir;
};

void TestCsvReader::parsesRfc4180_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Records>("records");
    QTest::addColumn<QList<int>>("lines");
    const auto r = [](std::initializer_list<const char *> fields) {
        QStringList list;
        for (const char *field : fields)
            list.append(QString::fromUtf8(field));
        return list;
    };
    QTest::newRow("plain") << "a,b,c\r\n1,2,3\r\n"
                           << Records{r({"a", "b", "c"}), r({"1", "2", "3"})} << QList<int>{1, 2};
    QTest::newRow("no final line break")
        << "a,b\n1,2" << Records{r({"a", "b"}), r({"1", "2"})} << QList<int>{1, 2};
    QTest::newRow("quoted comma") << "\"Doe, Jane\",x\n"
                                  << Records{r({"Doe, Jane", "x"})} << QList<int>{1};
    QTest::newRow("doubled quote") << "\"say \"\"hi\"\"\",x\n"
                                   << Records{r({"say \"hi\"", "x"})} << QList<int>{1};
    QTest::newRow("line break in a field")
        << "a,\"two\r\nlines\"\r\nb,c\r\n"
        << Records{r({"a", "two\nlines"}), r({"b", "c"})} << QList<int>{1, 3};
    QTest::newRow("empty lines left out") << "a\n\n\r\nb\n"
                                          << Records{r({"a"}), r({"b"})} << QList<int>{1, 4};
    QTest::newRow("empty fields kept")
        << "a,,\n,,\n"
        << Records{r({"a", "", ""}), r({"", "", ""})} << QList<int>{1, 2};
    QTest::newRow("quoted empty") << "\"\"\n" << Records{r({""})} << QList<int>{1};
    QTest::newRow("quote inside unquoted field") << "5\" disk,x\n"
                                                 << Records{r({"5\" disk", "x"})} << QList<int>{1};
    QTest::newRow("text after closing quote") << "\"a\"b,c\n"
                                              << Records{r({"ab", "c"})} << QList<int>{1};
    QTest::newRow("lone CR ends a record")
        << "a\rb\r" << Records{r({"a"}), r({"b"})} << QList<int>{1, 2};
    QTest::newRow("ragged records") << "a,b,c\nd\n"
                                    << Records{r({"a", "b", "c"}), r({"d"})} << QList<int>{1, 2};
    QTest::newRow("unicode") << "Łukasz,山田,Nguyễn\n"
                             << Records{r({"Łukasz", "山田", "Nguyễn"})} << QList<int>{1};
    QTest::newRow("empty") << "" << Records{} << QList<int>{};
}

void TestCsvReader::parsesRfc4180()
{
    QFETCH(QString, text);
    QFETCH(Records, records);
    QFETCH(QList<int>, lines);
    const CsvTable table = CsvReader::parse(text, QLatin1Char(','));
    QVERIFY2(table.ok(), qPrintable(table.error));
    QCOMPARE(fieldsOf(table), records);
    QCOMPARE(linesOf(table), lines);
}

void TestCsvReader::detectsTheDelimiter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("delimiter");
    QTest::newRow("comma") << "Email,Name\na@example.com,A\n"
                           << ",";
    QTest::newRow("semicolon") << "Email;Name;Role\na@example.com;A, B;Member\n"
                               << ";";
    QTest::newRow("tab") << "Email\tName\na@example.com\tA; B, C\n"
                         << "\t";
    QTest::newRow("commas only inside quotes") << "\"a,b\";c\n"
                                               << ";";
    QTest::newRow("one column") << "Email\na@example.com\n"
                                << ",";
    QTest::newRow("first record without any decides nothing") << "Email\na;b\n"
                                                              << ";";
}

void TestCsvReader::detectsTheDelimiter()
{
    QFETCH(QString, text);
    QFETCH(QString, delimiter);
    QCOMPARE(QString(CsvReader::detectDelimiter(text)), delimiter);
}

void TestCsvReader::decodesByByteOrderMark_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QString text = QStringLiteral("Email;Name\r\nzoe@example.com;Zoë Łukasiewicz\r\n");
    QTest::newRow("UTF-8") << text.toUtf8();
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    QStringEncoder little(QStringConverter::Utf16LE);
    QTest::newRow("UTF-16 LE with BOM") << QByteArray("\xFF\xFE") + QByteArray(little(text));
    QStringEncoder big(QStringConverter::Utf16BE);
    QTest::newRow("UTF-16 BE with BOM") << QByteArray("\xFE\xFF") + QByteArray(big(text));
}

void TestCsvReader::decodesByByteOrderMark()
{
    QFETCH(QByteArray, bytes);
    const CsvTable table = CsvReader::read(bytes);
    QVERIFY2(table.ok(), qPrintable(table.error));
    QCOMPARE(table.delimiter, QLatin1Char(';'));
    QCOMPARE(fieldsOf(table),
             (Records{{QStringLiteral("Email"), QStringLiteral("Name")},
                      {QStringLiteral("zoe@example.com"), QStringLiteral("Zoë Łukasiewicz")}}));
}

void TestCsvReader::refusesWhatIsNotText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("says");
    // The start of an .xlsx (a ZIP archive) and of a PNG.
    QTest::newRow("xlsx") << QByteArray("PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", 14)
                          << "not a text file";
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 16)
                         << "not a text file";
    QTest::newRow("Windows-1252") << QByteArray("Email;Name\r\nm@example.de;M\xfcller\r\n")
                                  << "CSV UTF-8";
    QTest::newRow("UTF-16 cut in a character") << QByteArray("\xFF\xFE"
                                                             "a\x00"
                                                             "b",
                                                             5)
                                               << "UTF-16";
}

void TestCsvReader::refusesWhatIsNotText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, says);
    const CsvTable table = CsvReader::read(bytes);
    QVERIFY(!table.ok());
    QVERIFY(table.records.isEmpty());
    QVERIFY2(table.error.contains(says), qPrintable(table.error));
}

void TestCsvReader::refusesAnUnclosedQuote()
{
    const CsvTable table = CsvReader::parse(
        QStringLiteral("Email\na@example.com\n\"b@example.com\nc\n"), QLatin1Char(','));
    QVERIFY(!table.ok());
    QVERIFY(table.records.isEmpty());
    QVERIFY2(table.error.contains(QLatin1String("line 3")), qPrintable(table.error));
}

void TestCsvReader::refusesFilesOver50MB()
{
    const QString path = m_dir.filePath(QStringLiteral("big.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write("Email\n") == 6);
    QVERIFY(file.resize(CsvReader::MaxFileBytes + 1)); // sparse: no 50 MB written
    file.close();
    const CsvTable table = CsvReader::readFile(path);
    QVERIFY(!table.ok());
    QVERIFY2(table.error.contains(QLatin1String("big.csv")) &&
                 table.error.contains(QLatin1String("50.0 MB")),
             qPrintable(table.error));

    // Exactly at the limit is read (NUL padding: refused as not text, not as too large).
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.resize(CsvReader::MaxFileBytes));
    file.close();
    QVERIFY(CsvReader::readFile(path).error.contains(QLatin1String("not a text file")));
}

void TestCsvReader::readsAFileFromDisk()
{
    const CsvTable table =
        CsvReader::readFile(QStringLiteral(TESTOPS_TEST_DATA_DIR "/import/en-comma.csv"));
    QVERIFY2(table.ok(), qPrintable(table.error));
    QCOMPARE(linesOf(table), (QList<int>{1, 2, 3, 6}));
    QCOMPARE(table.records.at(2).fields.at(1), QStringLiteral("Bob \"the builder\"\nSmith"));
    QVERIFY(CsvReader::readFile(m_dir.filePath(QStringLiteral("missing.csv")))
                .error.contains(QLatin1String("does not exist")));
    QVERIFY(CsvReader::readFile(m_dir.path()).error.contains(QLatin1String("folder")));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
