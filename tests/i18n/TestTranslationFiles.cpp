// The translation sources (translations/*.ts): complete, faithful to the
// placeholders and accelerators of the English texts, and in step with the
// source code. A fresh lupdate run over the app's layers (into a temporary
// file, the committed .ts files stay untouched) gives the texts the code
// uses today; every .ts file must hold exactly those.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Entry
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; ///< the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList translations; ///< one per numerus form, or one

    QString key() const { return context + QLatin1Char('|') + source + QLatin1Char('|') + comment; }
    QString where() const { return QStringLiteral("%1: \"%2\"").arg(context, source.left(80)); }
};

struct TsFile
{
    QString language;
    QList<Entry> entries;
};

TsFile readTs(const QString &path)
{
    TsFile file;
    QFile device(path);
    if (!device.open(QIODevice::ReadOnly))
        return file;
    QXmlStreamReader xml(&device);
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            file.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("context")) {
            context.clear();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            entry = Entry();
            entry.context = context;
            entry.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            entry.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            entry.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            entry.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!entry.numerus) {
                entry.translations.append(xml.readElementText());
                file.entries.append(entry);
            } else {
                // The numerus forms follow; the entry is complete at </translation>.
                while (!xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        entry.translations.append(xml.readElementText());
                    else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                        break;
                }
                file.entries.append(entry);
            }
        }
    }
    return file;
}

// %1…%99, %L1, %n and %Ln, sorted: the arguments a text takes.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    return found;
}

// The number of "&x" accelerators ("&&" is a literal ampersand).
int accelerators(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("&(?!&)\\S"));
    QString plain = text;
    plain.remove(QStringLiteral("&&"));
    return int(plain.count(pattern));
}

// Plural forms per language, as Qt's numerus rules define them.
int numerusForms(const QString &language)
{
    static const QMap<QString, int> forms = {{QStringLiteral("de"), 2},
                                             {QStringLiteral("fr"), 2},
                                             {QStringLiteral("ja"), 1},
                                             {QStringLiteral("vi"), 1}};
    return forms.value(language.section(QLatin1Char('_'), 0, 0), 0);
}

QStringList tsFiles()
{
    const QDir dir(QStringLiteral(TESTOPS_SOURCE_DIR "/translations"));
    QStringList paths;
    for (const QString &name : dir.entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

QString report(const QStringList &problems)
{
    const int shown = 25;
    QString text = problems.mid(0, shown).join(QLatin1Char('\n'));
    if (problems.size() > shown)
        text += QStringLiteral("\n… and %1 more").arg(problems.size() - shown);
    return text;
}

} // namespace

class TestTranslationFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyEntryIsTranslated_data();
    void everyEntryIsTranslated();
    void translationsKeepPlaceholdersAndAccelerators_data();
    void translationsKeepPlaceholdersAndAccelerators();
    void sourceTextsUseTheUnicodeEllipsis();
    void tsFilesHoldExactlyTheSourceTexts_data();
    void tsFilesHoldExactlyTheSourceTexts();

private:
    QTemporaryDir m_dir;
    QList<Entry> m_fresh; ///< what lupdate finds in the sources now
};

void TestTranslationFiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(tsFiles().size() >= 4, "translations/*.ts are missing");

    // The same lupdate, options and folders as the update_translations target.
    const QString fresh = m_dir.filePath(QStringLiteral("fresh_de.ts"));
    QStringList arguments = {QStringLiteral("-silent"), QStringLiteral("-locations"),
                             QStringLiteral("none"),    QStringLiteral("-source-language"),
                             QStringLiteral("en"),      QStringLiteral("-target-language"),
                             QStringLiteral("de")};
    arguments += QStringLiteral(TESTOPS_I18N_SOURCE_DIRS).split(QLatin1Char(','));
    arguments << QStringLiteral("-ts") << fresh;
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(TESTOPS_SOURCE_DIR));
    // lupdate's remarks ("lacks Q_OBJECT macro" for tr() wrappers) are shown
    // only when it fails.
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(TESTOPS_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(60000), "lupdate did not finish within 60 s");
    QCOMPARE(lupdate.exitStatus(), QProcess::NormalExit);
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
    m_fresh = readTs(fresh).entries;
    QVERIFY2(m_fresh.size() > 100, "lupdate found almost no texts in the sources");
}

void TestTranslationFiles::everyEntryIsTranslated_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : tsFiles())
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

void TestTranslationFiles::everyEntryIsTranslated()
{
    QFETCH(QString, path);
    const TsFile file = readTs(path);
    const int forms = numerusForms(file.language);
    QVERIFY2(forms > 0, qPrintable(QStringLiteral("unknown language \"%1\"").arg(file.language)));
    QStringList problems;
    for (const Entry &entry : file.entries) {
        if (!entry.type.isEmpty()) {
            problems.append(entry.type + QStringLiteral(": ") + entry.where());
            continue;
        }
        if (entry.numerus && entry.translations.size() != forms)
            problems.append(QStringLiteral("%1 plural forms instead of %2: %3")
                                .arg(entry.translations.size())
                                .arg(forms)
                                .arg(entry.where()));
        for (const QString &translation : entry.translations) {
            if (translation.trimmed().isEmpty())
                problems.append(QStringLiteral("empty: ") + entry.where());
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
    QVERIFY(!file.entries.isEmpty());
}

void TestTranslationFiles::translationsKeepPlaceholdersAndAccelerators_data()
{
    everyEntryIsTranslated_data();
}

void TestTranslationFiles::translationsKeepPlaceholdersAndAccelerators()
{
    QFETCH(QString, path);
    const TsFile file = readTs(path);
    const QString ellipsis = QStringLiteral("…");
    QStringList problems;
    for (const Entry &entry : file.entries) {
        const QStringList expected = placeholders(entry.source);
        for (const QString &translation : entry.translations) {
            if (translation.isEmpty())
                continue; // reported by everyEntryIsTranslated
            if (placeholders(translation) != expected)
                problems.append(QStringLiteral("placeholders %1 instead of %2: %3")
                                    .arg(placeholders(translation).join(QLatin1Char(' ')),
                                         expected.join(QLatin1Char(' ')), entry.where()));
            if (accelerators(translation) != accelerators(entry.source))
                problems.append(QStringLiteral("accelerator (&) lost or added: ") + entry.where());
            if (translation.contains(QLatin1String("...")))
                problems.append(QStringLiteral("\"...\" instead of \"…\": ") + entry.where());
            if (entry.source.endsWith(ellipsis) && !translation.endsWith(ellipsis))
                problems.append(QStringLiteral("the closing \"…\" is missing: ") + entry.where());
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
}

void TestTranslationFiles::sourceTextsUseTheUnicodeEllipsis()
{
    QStringList problems;
    for (const Entry &entry : std::as_const(m_fresh)) {
        if (entry.source.contains(QLatin1String("...")))
            problems.append(entry.where());
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("Source texts with \"...\" instead of \"…\":\n") +
                        report(problems)));
}

void TestTranslationFiles::tsFilesHoldExactlyTheSourceTexts_data()
{
    everyEntryIsTranslated_data();
}

void TestTranslationFiles::tsFilesHoldExactlyTheSourceTexts()
{
    QFETCH(QString, path);
    QSet<QString> inFile;
    for (const Entry &entry : readTs(path).entries) {
        if (entry.type != QLatin1String("vanished") && entry.type != QLatin1String("obsolete"))
            inFile.insert(entry.key());
    }
    QSet<QString> inSources;
    QStringList problems;
    for (const Entry &entry : std::as_const(m_fresh)) {
        inSources.insert(entry.key());
        if (!inFile.contains(entry.key()))
            problems.append(QStringLiteral("missing: ") + entry.where());
    }
    for (const Entry &entry : readTs(path).entries) {
        if (inFile.contains(entry.key()) && !inSources.contains(entry.key()))
            problems.append(QStringLiteral("no longer in the sources: ") + entry.where());
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("Run cmake --build <build> --target update_translations "
                                       "and translate:\n") +
                        report(problems)));
}

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "TestTranslationFiles.moc"
