// testops-bench-import: reads and judges files of 10,000 (and 100,000) people
// to invite, as Invite Users ▸ Import from file… does before its preview:
// CsvReader (decode, delimiter, RFC 4180) and InviteImport (columns, address
// check, duplicates, roles, licenses). The preview should appear within 1 s
// for 10,000 rows; this prints the median of repeated runs in milliseconds
// and its share of that second ("read": the file to judged rows;
// "rejudge": judging again, as after the admin fixes an address). Run on demand; not a ctest test.
// See docs/performance.md.

#include "InviteImport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

// A spreadsheet export: BOM, semicolons, quoted names with the delimiter,
// accented and CJK names, mixed-case and plus-addressed mail, a duplicate
// every 500 rows and an invalid address every 1,000.
QByteArray spreadsheet(int rows)
{
    QByteArray bytes("\xEF\xBB\xBF"
                     "E-Mail-Adresse;Vollständiger Name;Rolle;Lizenzen\r\n");
    const QStringList names{QStringLiteral("Jürgen Groß"), QStringLiteral("Zoë Łukasiewicz"),
                            QStringLiteral("山田 花子"), QStringLiteral("Nguyễn Thị Lan"),
                            QStringLiteral("Doe; Jane")};
    for (int i = 0; i < rows; ++i) {
        const int person = i % 500 == 499 ? i - 1 : i;
        QString address = QStringLiteral("First.Last+%1@Example-Corp.com").arg(person);
        if (i % 1000 == 999)
            address = QStringLiteral("broken.%1@").arg(i);
        bytes += QStringLiteral("%1;\"%2 %3\";%4;%5\r\n")
                     .arg(address, names.at(i % names.size()), QString::number(i),
                          i % 2 ? QStringLiteral("Mitglied") : QStringLiteral("Billing Manager"),
                          i % 3 ? QStringLiteral("\"KSE;KRE\"") : QString())
                     .toUtf8();
    }
    return bytes;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Reads and judges files of people to invite."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Repetitions per figure (median)."),
                                        QStringLiteral("n"), QStringLiteral("11"));
    parser.addOption(runsOption);
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    InviteImportOptions options;
    options.actorRole = Role::Admin;
    options.products = {QStringLiteral("KSE"), QStringLiteral("KRE")};
    std::printf("testops-bench-import, median of %d runs\n", runs);
    std::printf("%-10s %10s %10s %10s %12s\n", "rows", "MB", "read ms", "rejudge ms", "of 1 s (%)");
    for (int rows : {10000, 100000}) {
        const QString path = dir.filePath(QStringLiteral("import-%1.csv").arg(rows));
        const QByteArray bytes = spreadsheet(rows);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return 1;
        file.close();
        std::vector<double> total;
        std::vector<double> judged;
        qsizetype valid = 0;
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer timer;
            timer.start();
            InviteImport import = InviteImport::readFile(path, options);
            total.push_back(double(timer.nsecsElapsed()) / 1e6);
            timer.restart();
            InviteImport::judge(import.rows(), options);
            judged.push_back(double(timer.nsecsElapsed()) / 1e6);
            valid = import.count(ImportVerdict::Valid);
        }
        std::sort(total.begin(), total.end());
        std::sort(judged.begin(), judged.end());
        const double median = total[total.size() / 2];
        std::printf("%-10d %10.1f %10.1f %10.1f %12.1f   (%lld valid)\n", rows,
                    double(bytes.size()) / 1e6, median, judged[judged.size() / 2], median / 10.0,
                    static_cast<long long>(valid));
    }
    return 0;
}
