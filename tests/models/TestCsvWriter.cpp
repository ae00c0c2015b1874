#include "CsvWriter.h"

#include <QTest>
#include <QTimeZone>

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void quotesWhereRfc4180Needs_data();
    void quotesWhereRfc4180Needs();
    void neutralisesFormulas_data();
    void neutralisesFormulas();
    void leavesFormulasWhenGuardIsOff();
    void encodesUtf8LikeQString_data();
    void encodesUtf8LikeQString();
    void separatesFieldsAndEndsRecordsWithCrlf();
    void writesARecordOfOneEmptyFieldAsQuotes();
    void joinsListsIntoOneField();
    void writesNumbers();
    void writesIso8601UtcTimes_data();
    void writesIso8601UtcTimes();
    void quotesPreEncodedFieldsByTheSameRules();
    void growsPastItsReserve();
    void quotesAndEncodesAtEveryPosition();
};

namespace {

QByteArray oneField(QStringView text,
                    CsvWriter::FormulaGuard guard = CsvWriter::FormulaGuard::Neutralise)
{
    CsvWriter csv(guard);
    csv.addField(text);
    return csv.take();
}

} // namespace

void TestCsvWriter::quotesWhereRfc4180Needs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("field");
    QTest::newRow("plain") << QStringLiteral("Jane Doe") << QByteArray("Jane Doe");
    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("comma") << QStringLiteral("Doe, Jane") << QByteArray("\"Doe, Jane\"");
    QTest::newRow("quote") << QStringLiteral("The \"Boss\"") << QByteArray("\"The \"\"Boss\"\"\"");
    QTest::newRow("only a quote") << QStringLiteral("\"") << QByteArray("\"\"\"\"");
    QTest::newRow("line feed") << QStringLiteral("a\nb") << QByteArray("\"a\nb\"");
    QTest::newRow("carriage return") << QStringLiteral("a\rb") << QByteArray("\"a\rb\"");
    QTest::newRow("CRLF") << QStringLiteral("a\r\nb") << QByteArray("\"a\r\nb\"");
    QTest::newRow("leading space") << QStringLiteral(" a") << QByteArray("\" a\"");
    QTest::newRow("trailing space") << QStringLiteral("a ") << QByteArray("\"a \"");
    QTest::newRow("inner space") << QStringLiteral("a b") << QByteArray("a b");
    QTest::newRow("apostrophe") << QStringLiteral("O'Brien") << QByteArray("O'Brien");
    QTest::newRow("semicolon") << QStringLiteral("a;b") << QByteArray("a;b");
}

void TestCsvWriter::quotesWhereRfc4180Needs()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, field);
    QCOMPARE(oneField(text), field);
}

void TestCsvWriter::neutralisesFormulas_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("field");
    QTest::newRow("=") << QStringLiteral("=SUM(1)") << QByteArray("'=SUM(1)");
    QTest::newRow("+") << QStringLiteral("+1") << QByteArray("'+1");
    QTest::newRow("-") << QStringLiteral("-Dash") << QByteArray("'-Dash");
    QTest::newRow("@") << QStringLiteral("@cmd") << QByteArray("'@cmd");
    QTest::newRow("tab") << QStringLiteral("\tTabbed") << QByteArray("'\tTabbed");
    QTest::newRow("CR, quoted") << QStringLiteral("\rx") << QByteArray("\"'\rx\"");
    // OWASP ASVS 5.0 V1.2.10 names NUL among the formula triggers.
    QTest::newRow("NUL") << QString(QChar(0)) + QStringLiteral("=1+1") << QByteArray("'\0=1+1", 6);
    QTest::newRow("plus-addressed email")
        << QStringLiteral("+tag@example.com") << QByteArray("'+tag@example.com");
    QTest::newRow("formula with comma") << QStringLiteral("=HYPERLINK(\"x\",\"y\")")
                                        << QByteArray("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
    QTest::newRow("= not first") << QStringLiteral("a=b") << QByteArray("a=b");
    QTest::newRow("space before =") << QStringLiteral(" =1") << QByteArray("\" =1\"");
}

void TestCsvWriter::neutralisesFormulas()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, field);
    QCOMPARE(oneField(text), field);
    QCOMPARE(CsvWriter::looksLikeFormula(text), field.contains('\''));
}

void TestCsvWriter::leavesFormulasWhenGuardIsOff()
{
    QCOMPARE(oneField(u"=SUM(1)", CsvWriter::FormulaGuard::Off), QByteArray("=SUM(1)"));
    QCOMPARE(oneField(u"-1", CsvWriter::FormulaGuard::Off), QByteArray("-1"));
}

void TestCsvWriter::encodesUtf8LikeQString_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("accents") << QStringLiteral("José Álvarez Ørjan Łukasz");
    QTest::newRow("CJK") << QStringLiteral("王伟 山田太郎");
    QTest::newRow("right to left") << QStringLiteral("שרה כהן محمد علي");
    QTest::newRow("emoji, a surrogate pair") << QStringLiteral("Ann 😀 🇪🇺");
    QTest::newRow("two-byte boundary")
        << QString(QChar(0x7F)) + QChar(0x80) + QChar(0x7FF) + QChar(0x800) + QChar(0xFFFD);
}

void TestCsvWriter::encodesUtf8LikeQString()
{
    QFETCH(QString, text);
    QCOMPARE(oneField(text), text.toUtf8());
}

void TestCsvWriter::separatesFieldsAndEndsRecordsWithCrlf()
{
    CsvWriter csv;
    csv.addField(u"a");
    csv.addField(QStringView());
    csv.addField(u"c");
    csv.endRecord();
    csv.addField(u"d");
    csv.endRecord();
    QCOMPARE(csv.bytes(), QByteArrayView("a,,c\r\nd\r\n"));
    QCOMPARE(csv.size(), 9);

    // clear() forgets the bytes but not where the record stands.
    csv.addField(u"e");
    csv.clear();
    csv.addField(u"f");
    csv.endRecord();
    QCOMPARE(csv.take(), QByteArray(",f\r\n"));
    QCOMPARE(csv.size(), 0);

    // An unpaired surrogate cannot be UTF-8: it becomes U+FFFD.
    CsvWriter lone;
    const char16_t broken[] = {u'x', 0xD800, u'y'};
    lone.addField(QStringView(broken, 3));
    QCOMPARE(lone.take(), QByteArray("x\xEF\xBF\xBDy"));
}

void TestCsvWriter::writesARecordOfOneEmptyFieldAsQuotes()
{
    // Readers skip an empty line; `""` is a record with one empty field.
    CsvWriter csv;
    csv.addField(QStringView());
    csv.endRecord();
    csv.addField(u"a");
    csv.endRecord();
    csv.addUtf8Field(QByteArrayView());
    csv.endRecord();
    csv.addUtcTimeField(QDateTime());
    csv.endRecord();
    csv.addJoinedField({}, u"; ");
    csv.endRecord();
    csv.addField(QString());
    csv.addField(QString());
    csv.endRecord();
    csv.endRecord(); // no field at all: an empty line, as asked
    QCOMPARE(csv.take(), QByteArray("\"\"\r\na\r\n\"\"\r\n\"\"\r\n\"\"\r\n,\r\n\r\n"));

    // The bytes of the record handed on (clear()) do not make it look empty,
    // nor does an empty field whose start was handed on look written.
    CsvWriter flushed;
    flushed.addField(u"x");
    flushed.clear();
    flushed.endRecord();
    flushed.addField(u"");
    flushed.clear();
    flushed.endRecord();
    QCOMPARE(flushed.take(), QByteArray("\"\"\r\n"));
}

void TestCsvWriter::joinsListsIntoOneField()
{
    CsvWriter csv;
    csv.addJoinedField({QStringLiteral("KSE"), QStringLiteral("KRE")}, u"; ");
    csv.addJoinedField({}, u"; ");
    csv.addJoinedField({QStringLiteral("Web")}, u"; ");
    csv.addJoinedField({QStringLiteral("R&D, Europe"), QStringLiteral("QA")}, u"; ");
    csv.addJoinedField({QStringLiteral("-ops"), QStringLiteral("QA")}, u"; ");
    csv.endRecord();
    csv.addJoinedField({QString(), QStringLiteral("QA")}, u"; ");
    csv.addJoinedField({QStringLiteral("a"), QStringLiteral("b\"c")}, u"; ");
    csv.addJoinedField({QStringLiteral("a"), QStringLiteral("b ")}, u"; ");
    csv.addJoinedField({QString(), QStringLiteral("x")}, u"=");
    csv.addJoinedField({QStringLiteral("Zoë"), QStringLiteral("王")}, u" · ");
    QCOMPARE(csv.take(), QByteArray("KSE; KRE,,Web,\"R&D, Europe; QA\",'-ops; QA\r\n"
                                    "; QA,\"a; b\"\"c\",\"a; b \",'=x,Zoë · 王"));
}

void TestCsvWriter::writesNumbers()
{
    CsvWriter csv;
    csv.addNumberField(0);
    csv.addNumberField(3);
    csv.addNumberField(1234567890123);
    csv.addNumberField(-12);
    QCOMPARE(csv.take(), QByteArray("0,3,1234567890123,'-12"));
}

void TestCsvWriter::writesIso8601UtcTimes_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QByteArray>("field");
    QTest::newRow("UTC, milliseconds dropped")
        << QDateTime(QDate(2026, 11, 29), QTime(6, 40, 0, 999), Qt::UTC)
        << QByteArray("2026-11-29T06:40:00Z");
    QTest::newRow("offset converted to UTC")
        << QDateTime(QDate(2026, 1, 1), QTime(1, 30), QTimeZone(2 * 3600))
        << QByteArray("2025-12-31T23:30:00Z");
    QTest::newRow("leap day") << QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59), Qt::UTC)
                              << QByteArray("2024-02-29T23:59:59Z");
    QTest::newRow("epoch") << QDateTime::fromMSecsSinceEpoch(0, Qt::UTC)
                           << QByteArray("1970-01-01T00:00:00Z");
    QTest::newRow("before the epoch")
        << QDateTime(QDate(1969, 12, 31), QTime(23, 59, 58, 500), Qt::UTC)
        << QByteArray("1969-12-31T23:59:58Z");
    QTest::newRow("year 2000") << QDateTime(QDate(2000, 3, 1), QTime(0, 0), Qt::UTC)
                               << QByteArray("2000-03-01T00:00:00Z");
    QTest::newRow("null") << QDateTime() << QByteArray();
}

void TestCsvWriter::writesIso8601UtcTimes()
{
    QFETCH(QDateTime, time);
    QFETCH(QByteArray, field);
    CsvWriter csv;
    csv.addUtcTimeField(time);
    const QByteArray out = csv.take();
    QCOMPARE(out, field);
    if (time.isValid()) {
        // The same text Qt gives once the milliseconds are dropped.
        QDateTime seconds = time.toUTC();
        const QTime t = seconds.time();
        seconds.setTime(QTime(t.hour(), t.minute(), t.second()));
        QCOMPARE(out, seconds.toString(Qt::ISODate).toLatin1());
    }
}

void TestCsvWriter::quotesPreEncodedFieldsByTheSameRules()
{
    CsvWriter csv;
    csv.addUtf8Field("Billing Manager");
    csv.addUtf8Field("a,\"b\"");
    csv.addUtf8Field("=1");
    csv.addUtf8Field(QStringLiteral("Gestionnaire de facturation é").toUtf8());
    QCOMPARE(csv.take(),
             QByteArray("Billing Manager,\"a,\"\"b\"\"\",'=1,Gestionnaire de facturation é"));
}

void TestCsvWriter::growsPastItsReserve()
{
    CsvWriter csv(CsvWriter::FormulaGuard::Neutralise, 16);
    QString expected;
    for (int i = 0; i < 20000; ++i) {
        const QString text = QStringLiteral("Zoë %1 王").arg(i);
        csv.addField(text);
        expected += text;
        if (i % 10 == 9) {
            csv.endRecord();
            expected += QStringLiteral("\r\n");
        } else {
            expected += QLatin1Char(',');
        }
    }
    QCOMPARE(csv.take(), expected.toUtf8());
}

void TestCsvWriter::quotesAndEncodesAtEveryPosition()
{
    // The writer encodes in blocks of several characters: put each kind of
    // character at every position of fields of many lengths and compare with
    // a plain rendering of the RFC 4180 rule.
    const QStringList inserts = {QStringLiteral(","),  QStringLiteral("\""), QStringLiteral("\r"),
                                 QStringLiteral("\n"), QStringLiteral("é"),  QStringLiteral("王"),
                                 QStringLiteral("😀"),  QStringLiteral("x")};
    const QString filler = QStringLiteral("abcdefghijklmnopqrstuvwxyz0123456789ABCD");
    int checked = 0;
    for (int length = 1; length <= 34; ++length) {
        for (int at = 0; at < length; ++at) {
            for (const QString &insert : inserts) {
                const QString text = filler.left(at) + insert + filler.mid(at, length - at - 1);
                QByteArray expected = text.toUtf8();
                if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                    text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n')))
                    expected = '"' + expected.replace('"', "\"\"") + '"';
                QCOMPARE(oneField(text, CsvWriter::FormulaGuard::Off), expected);
                ++checked;
            }
        }
    }
    QCOMPARE(checked, 34 * 35 / 2 * 8);
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "TestCsvWriter.moc"
