// testops-bench-export: exports 200,000 members (100,000 active, 100,000
// removed, varied Unicode) with UserCsvExport and compares the time with
// writing the very same bytes by a plain buffered write (issue 4, section 6:
// at most 2×). Run on demand; not a ctest test. Prints medians of repeated
// runs (the measurements interleaved, one of each per round), the ratios and
// PASS/MISS. See docs/performance.md.

#include "DataGenerator.h"
#include "UserCsvExport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

#include <unistd.h>

namespace {

/// Wall-time samples of several measurements taken in turn, one of each per
/// round, so that a busy moment of the shared machine hits them all alike.
class Interleaved
{
public:
    struct Measurement
    {
        std::function<void()> prepare; ///< untimed, before each sample
        std::function<void()> measured;
        std::vector<double> ms;
    };

    /// Adds a measurement; returns its index for median().
    size_t add(std::function<void()> prepare, std::function<void()> measured)
    {
        m_all.push_back({std::move(prepare), std::move(measured), {}});
        return m_all.size() - 1;
    }

    void run(int rounds)
    {
        for (int r = 0; r < rounds; ++r) {
            for (Measurement &m : m_all) {
                m.prepare();
                QElapsedTimer timer;
                timer.start();
                m.measured();
                m.ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            }
        }
    }

    double median(size_t index) const
    {
        std::vector<double> ms = m_all.at(index).ms;
        std::sort(ms.begin(), ms.end());
        return ms.empty() ? 0.0 : ms[ms.size() / 2];
    }

private:
    std::vector<Measurement> m_all;
};

/// Some names that need quoting or a formula guard, as real lists have.
void addTrickyNames(QList<Member> &members)
{
    for (qsizetype i = 0; i < members.size(); ++i) {
        QString &name = members[i].fullName;
        if (i % 37 == 0)
            name.append(QStringLiteral(", Jr."));
        if (i % 53 == 0)
            name = QLatin1Char('"') + name + QLatin1Char('"');
        if (i % 101 == 0)
            name.prepend(QLatin1Char('='));
        if (i % 211 == 0)
            name.append(QStringLiteral("\nsecond line"));
    }
}

/// The baseline: one plain buffered write of `bytes` with stdio, optionally
/// with the fsync that QSaveFile::commit() does.
bool plainWrite(const QString &path, const QByteArray &bytes, bool sync)
{
    std::FILE *file = std::fopen(QFile::encodeName(path).constData(), "wb");
    if (!file)
        return false;
    static std::vector<char> buffer(1 << 20);
    std::setvbuf(file, buffer.data(), _IOFBF, buffer.size());
    bool ok = std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), file) ==
              static_cast<size_t>(bytes.size());
    ok = std::fflush(file) == 0 && ok;
    if (sync)
        ok = ::fsync(fileno(file)) == 0 && ok;
    return std::fclose(file) == 0 && ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Exports 200,000 members to CSV and compares with a plain buffered write."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Repetitions per measurement (median)."),
                                        QStringLiteral("n"), QStringLiteral("7"));
    const QCommandLineOption dirOption(
        QStringLiteral("dir"), QStringLiteral("Folder to write in (default: a temporary folder)."),
        QStringLiteral("path"));
    const QCommandLineOption rowsOption(QStringLiteral("rows"),
                                        QStringLiteral("Members per list (active, removed)."),
                                        QStringLiteral("n"), QStringLiteral("100000"));
    parser.addOption(runsOption);
    parser.addOption(dirOption);
    parser.addOption(rowsOption);
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int perList = std::max(1, parser.value(rowsOption).toInt());

    QTemporaryDir temporary(
        parser.isSet(dirOption)
            ? QDir(parser.value(dirOption)).filePath(QStringLiteral("bench-XXXXXX"))
            : QDir::temp().filePath(QStringLiteral("bench-export-XXXXXX")));
    if (!temporary.isValid()) {
        std::fprintf(stderr, "cannot create a folder to write in: %s\n",
                     qPrintable(temporary.errorString()));
        return 2;
    }
    const QString exportPath = temporary.filePath(QStringLiteral("export.csv"));
    const QString plainPath = temporary.filePath(QStringLiteral("plain.csv"));

    DataGenerator generator(20261129, QDateTime(QDate(2026, 11, 29), QTime(6, 40), Qt::UTC));
    QList<Member> active = generator.members(perList, 1, MemberStatus::Active);
    QList<Member> removed = generator.members(perList, 1000000, MemberStatus::Removed);
    addTrickyNames(active);
    addTrickyNames(removed);
    const UserCsvExport exporter(active, removed);

    const QByteArray bytes = exporter.toCsv();
    std::printf(
        "testops-bench-export: %lld rows (%d active + %d removed), %.1f MB, %d runs, in %s\n",
        static_cast<long long>(exporter.rowCount()), perList, perList,
        static_cast<double>(bytes.size()) / 1048576.0, runs,
        qPrintable(QDir::toNativeSeparators(temporary.path())));

    bool allWritten = true;
    const auto removeBoth = [&] {
        QFile::remove(exportPath);
        QFile::remove(plainPath);
    };
    Interleaved bench;
    const auto nothing = [] {};
    // A floor for any writer: reading every text of every member once, as
    // the export must, with no encoding and no output at all.
    quint64 checksum = 0;
    const size_t read = bench.add(nothing, [&] {
        for (const QList<Member> *list : {&active, &removed}) {
            for (const Member &m : *list) {
                for (const QString *text : {&m.fullName, &m.email, &m.removedBy.name})
                    for (const QChar c : *text)
                        checksum += c.unicode();
                for (const QStringList *texts : {&m.licenses, &m.teams})
                    for (const QString &text : *texts)
                        for (const QChar c : text)
                            checksum += c.unicode();
            }
        }
    });
    const size_t encode = bench.add(nothing, [&] {
        const QByteArray again = exporter.toCsv();
        allWritten = allWritten && again.size() == bytes.size();
    });
    const size_t exported = bench.add(removeBoth, [&] {
        const UserCsvExport::Result result = exporter.write(exportPath);
        if (!result.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(result.errorMessage));
            allWritten = false;
        }
    });
    const size_t plain = bench.add(
        removeBoth, [&] { allWritten = plainWrite(plainPath, bytes, false) && allWritten; });
    const size_t plainSync = bench.add(
        removeBoth, [&] { allWritten = plainWrite(plainPath, bytes, true) && allWritten; });
    bench.run(runs);
    const double readMs = bench.median(read);
    const double encodeMs = bench.median(encode);
    const double exportMs = bench.median(exported);
    const double plainMs = bench.median(plain);
    const double plainSyncMs = bench.median(plainSync);

    // The export must be byte for byte what the baseline wrote.
    exporter.write(exportPath);
    QFile written(exportPath);
    const bool same = written.open(QIODevice::ReadOnly) && written.readAll() == bytes;

    const double ratio = exportMs / plainMs;
    const double syncRatio = exportMs / plainSyncMs;
    const bool valid = same && allWritten;
    std::printf("  read every text once (floor, no output)  %8.1f ms\n", readMs);
    std::printf("  encode only (toCsv, in memory)           %8.1f ms\n", encodeMs);
    std::printf("  export (UserCsvExport::write, QSaveFile) %8.1f ms\n", exportMs);
    std::printf("  plain buffered write (fwrite)            %8.1f ms\n", plainMs);
    std::printf("  plain buffered write + fsync             %8.1f ms\n", plainSyncMs);
    // The checksum is printed so that the reading loop is not optimised away.
    std::printf("  same bytes: %s (text checksum %llu)\n", same ? "yes" : "NO",
                static_cast<unsigned long long>(checksum));
    // QSaveFile::commit() syncs to disk before the rename that makes the file
    // appear; the second line compares with a write that is as durable.
    std::printf("  %s: export / plain buffered write = %.2f (target <= 2)\n",
                ratio <= 2.0 && valid ? "PASS" : "MISS", ratio);
    std::printf("  %s: export / plain buffered write + fsync = %.2f (target <= 2)\n",
                syncRatio <= 2.0 && valid ? "PASS" : "MISS", syncRatio);
    return same && allWritten ? 0 : 1;
}
