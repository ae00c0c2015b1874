// testops-bench-models: loads 100,000 active members, 100,000 removed members
// and 10,000 invitations into the real models and proxies and measures the
// figures of issue 3, section 3 (see docs/performance.md). Run on demand;
// not a ctest test. Prints medians of repeated runs and PASS/MISS per target.

#include "ActiveUsersModel.h"
#include "DataGenerator.h"
#include "PendingInvitationsModel.h"
#include "RecordFilterProxyModel.h"
#include "RemovedUsersModel.h"

#include <QBitArray>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QSortFilterProxyModel>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <algorithm>
#include <cstdio>
#include <functional>
#include <numeric>
#include <string_view>
#include <utility>
#include <vector>

namespace {

/// Resident memory of this process in MB (VmRSS, or VmHWM for the peak).
double residentMb(const char *field = "VmRSS:")
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field))
            return line.mid(static_cast<int>(qstrlen(field)))
                       .trimmed()
                       .split(' ')
                       .first()
                       .toDouble() /
                   1024.0;
    }
    return -1;
}

/// Median wall time in ms of `runs` calls of `measured`, each after an
/// untimed `prepare`.
double median(int runs, const std::function<void()> &prepare, const std::function<void()> &measured)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        prepare();
        QElapsedTimer timer;
        timer.start();
        measured();
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

/// The heap as glibc sees it: bytes in use and bytes free inside the heap
/// (freed but not returned to the system), in MB.
void printHeap(const char *when)
{
#ifdef __GLIBC__
    const struct mallinfo2 info = mallinfo2();
    std::printf("    heap %s: in use %.1f MB, free inside heap %.1f MB, mmapped %.1f MB\n", when,
                static_cast<double>(info.uordblks) / 1048576.0,
                static_cast<double>(info.fordblks) / 1048576.0,
                static_cast<double>(info.hblkhd) / 1048576.0);
#else
    Q_UNUSED(when);
#endif
}

/// Medians of `runs` alternating runs of two measurements, so that both see
/// the same machine (the load of other processes changes over seconds).
std::pair<double, double> pairedMedians(int runs, const std::function<void()> &prepareA,
                                        const std::function<void()> &measureA,
                                        const std::function<void()> &prepareB,
                                        const std::function<void()> &measureB)
{
    std::vector<double> a;
    std::vector<double> b;
    for (int i = 0; i < runs; ++i) {
        a.push_back(median(1, prepareA, measureA));
        b.push_back(median(1, prepareB, measureB));
    }
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    return {a[a.size() / 2], b[b.size() / 2]};
}

int g_misses = 0;

void verdict(const char *what, double ours, const char *baselineName, double baseline, bool atMost,
             double target)
{
    // atMost: ours/baseline <= target. Otherwise: baseline/ours >= target.
    const double ratio = atMost ? ours / baseline : baseline / ours;
    const bool pass = atMost ? ratio <= target : ratio >= target;
    if (!pass)
        ++g_misses;
    std::printf("%-46s ours %9.3f ms | %-22s %9.3f ms | %s %6.2fx (target %s %.1fx) %s\n", what,
                ours, baselineName, baseline, atMost ? "ours/base" : "base/ours", ratio,
                atMost ? "<=" : ">=", target, pass ? "PASS" : "MISS");
}

/// A bare table of check boxes: the baseline's "bit vector + one dataChanged".
class BitVectorModel : public QAbstractTableModel
{
public:
    explicit BitVectorModel(int rows) : m_bits(rows) {}
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_bits.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : 7;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::CheckStateRole || index.column() != 0)
            return {};
        return m_bits.testBit(index.row()) ? Qt::Checked : Qt::Unchecked;
    }
    void setRows(const std::vector<int> &rows)
    {
        for (int row : rows)
            m_bits.setBit(row);
        emit dataChanged(index(0, 0), index(static_cast<int>(m_bits.size()) - 1, 0),
                         {Qt::CheckStateRole});
    }
    void clear() { m_bits.fill(false); }

private:
    QBitArray m_bits;
};

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Benchmark of the models layer with 210,000 records (issue 3, section 3)."));
    parser.addHelpOption();
    QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Repetitions per figure."),
                                  QStringLiteral("n"), QStringLiteral("11"));
    QCommandLineOption membersOption(QStringLiteral("members"),
                                     QStringLiteral("Active and removed members each."),
                                     QStringLiteral("n"), QStringLiteral("100000"));
    parser.addOption(runsOption);
    parser.addOption(membersOption);
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int memberCount = std::max(1000, parser.value(membersOption).toInt());
    const int invitationCount = memberCount / 10;

    std::printf("testops-bench-models: %d active, %d removed, %d invitations; medians of %d runs\n",
                memberCount, memberCount, invitationCount, runs);
    std::printf("RSS at start: %.1f MB\n", residentMb());

    // ---- load -------------------------------------------------------------------
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ActiveUsersModel active;
    RemovedUsersModel removed;
    PendingInvitationsModel pending;
    RecordFilterProxyModel activeProxy;
    RecordFilterProxyModel removedProxy;
    RecordFilterProxyModel pendingProxy;
    activeProxy.setSourceModel(&active);
    removedProxy.setSourceModel(&removed);
    pendingProxy.setSourceModel(&pending);
    {
        DataGenerator generator(42, now);
        QElapsedTimer timer;
        timer.start();
        QList<Member> activeList = generator.members(memberCount, 1, MemberStatus::Active);
        QList<Member> removedList =
            generator.members(memberCount, 1 + memberCount, MemberStatus::Removed);
        QList<Invitation> invitationList = generator.invitations(invitationCount, 1);
        std::printf("generate data: %.0f ms, RSS %.1f MB\n", static_cast<double>(timer.elapsed()),
                    residentMb());
        timer.restart();
        active.setMembers(std::move(activeList));
        std::printf("load active into model: %.0f ms\n", static_cast<double>(timer.restart()));
        removed.setMembers(std::move(removedList));
        std::printf("load removed into model: %.0f ms\n", static_cast<double>(timer.restart()));
        pending.setInvitations(std::move(invitationList));
        std::printf("load invitations into model: %.0f ms\n", static_cast<double>(timer.restart()));
    } // the value lists are gone: the models hold what the app keeps
    std::printf("rows shown: active %d, removed %d, pending %d\n", activeProxy.rowCount(),
                removedProxy.rowCount(), pendingProxy.rowCount());

    // ---- (4) memory --------------------------------------------------------------
    // The models dropped the value lists and returned the freed pages
    // (RecordTableModel::releaseFreedMemory()) at the end of each load.
    const double rss = residentMb();
    std::printf("\n(4) resident memory with all %d records loaded: %.1f MB (peak %.1f MB) "
                "(target <= 150 MB) %s\n",
                2 * memberCount + invitationCount, rss, residentMb("VmHWM:"),
                rss <= 150 ? "PASS" : "MISS");
    printHeap("after load");
    if (rss > 150)
        ++g_misses;

    // ---- (1) search keystroke ------------------------------------------------
    std::printf("\n(1) search keystroke over %d rows (ours = setSearchText + rowCount)\n",
                memberCount);
    struct Keystroke
    {
        const char *name;
        QString before;
        QString after;
    };
    const Keystroke keystrokes[] = {
        {"first key '' -> 'j' (all rows tested)", QString(), QStringLiteral("j")},
        {"typing on 'jo' -> 'jos' (narrows)", QStringLiteral("jo"), QStringLiteral("jos")},
        {"backspace 'jos' -> 'jo' (all rows tested)", QStringLiteral("jos"), QStringLiteral("jo")},
        {"'jose' -> 'josé' (same fold: no pass)", QStringLiteral("jose"), QStringLiteral("josé")},
    };
    double oursFirstKey = 0;
    for (const Keystroke &k : keystrokes) {
        // The hand-written scan: the same pre-folded strings, the same
        // substring test, results collected in a vector.
        SearchFilter needle;
        needle.setText(k.after);
        std::vector<int> hits;
        const auto [ours, scan] = pairedMedians(
            runs,
            [&] {
                activeProxy.setSearchText(k.before);
                activeProxy.rowCount();
            },
            [&] {
                activeProxy.setSearchText(k.after);
                activeProxy.rowCount();
            },
            [&] { hits.clear(); },
            [&] {
                hits.reserve(static_cast<size_t>(active.recordCount()));
                for (int r = 0; r < active.recordCount(); ++r) {
                    if (needle.matchesText(active.haystackOf(r)))
                        hits.push_back(r);
                }
            });
        // Where our time goes: the filter pass (setSearchText) and the
        // proxy's rebuilt mapping (the first rowCount() after it).
        QElapsedTimer split;
        std::vector<double> passTimes;
        std::vector<double> mappingTimes;
        for (int i = 0; i < runs; ++i) {
            activeProxy.setSearchText(k.before);
            activeProxy.rowCount();
            split.start();
            activeProxy.setSearchText(k.after);
            passTimes.push_back(static_cast<double>(split.nsecsElapsed()) / 1e6);
            split.start();
            activeProxy.rowCount();
            mappingTimes.push_back(static_cast<double>(split.nsecsElapsed()) / 1e6);
        }
        std::sort(passTimes.begin(), passTimes.end());
        std::sort(mappingTimes.begin(), mappingTimes.end());
        std::printf("    filter pass %.3f ms + proxy mapping %.3f ms\n",
                    passTimes[passTimes.size() / 2], mappingTimes[mappingTimes.size() / 2]);
        if (oursFirstKey == 0)
            oursFirstKey = ours;
        // Both did the same work: the proxy shows exactly the rows the scan found.
        const bool same = activeProxy.rowCount() == static_cast<int>(hits.size());
        std::printf("    shown after: %d rows (%s)\n", activeProxy.rowCount(),
                    same ? "the same rows as the scan" : "DIFFERENT FROM THE SCAN");
        if (!same)
            ++g_misses;
        verdict(k.name, ours, "linear scan", scan, true, 1.5);
    }
    {
        // The floor of any QSortFilterProxyModel subclass: rebuilding the
        // mapping of 100,000 rows with a filter that accepts every row.
        QSortFilterProxyModel acceptAll;
        acceptAll.setDynamicSortFilter(false);
        acceptAll.setSourceModel(&active);
        acceptAll.rowCount();
        const double floor = median(
            runs, [] {},
            [&] {
                acceptAll.invalidate();
                acceptAll.rowCount();
            });
        std::printf("    for reference: QSortFilterProxyModel::invalidate() + rowCount() with no "
                    "filter at all: %.3f ms\n",
                    floor);
    }
    {
        // The stock proxy: case-insensitive regular expression over all
        // columns (escaped, so it is literal too), attached only while timed.
        QSortFilterProxyModel stock;
        stock.setSourceModel(&active);
        stock.setFilterKeyColumn(-1);
        const int stockRuns = std::max(1, std::min(runs, 3));
        const double stockTime = median(
            stockRuns,
            [&] {
                stock.setFilterRegularExpression(QRegularExpression());
                stock.rowCount();
            },
            [&] {
                stock.setFilterRegularExpression(
                    QRegularExpression(QRegularExpression::escape(QStringLiteral("j")),
                                       QRegularExpression::CaseInsensitiveOption));
                stock.rowCount();
            });
        activeProxy.setSearchText(QString());
        std::printf("    stock proxy shows: %d rows (medians of %d runs)\n", stock.rowCount(),
                    stockRuns);
        verdict("first key '' -> 'j' vs stock QSortFilterProxyModel", oursFirstKey,
                "stock regex proxy", stockTime, false, 10.0);
    }
    activeProxy.setSearchText(QString());

    // ---- (2) header-click sort -----------------------------------------------
    std::printf("\n(2) header-click sort of %d rows (ours = proxy.sort + rowCount)\n", memberCount);
    struct SortCase
    {
        const char *name;
        int column;
        int previous;
    };
    const SortCase sorts[] = {
        {"Full Name (collation rank)", ActiveUsersModel::FullNameColumn,
         ActiveUsersModel::JoinDateColumn},
        {"Join Date (rank of the time)", ActiveUsersModel::JoinDateColumn,
         ActiveUsersModel::FullNameColumn},
        {"Licenses (count, then names)", ActiveUsersModel::LicensesColumn,
         ActiveUsersModel::EmailColumn},
    };
    for (const SortCase &s : sorts) {
        // The baseline: the same starting order, keys gathered beforehand.
        std::vector<int> perm;
        std::vector<qint64> keys(static_cast<size_t>(active.recordCount()));
        const auto [ours, baseline] = pairedMedians(
            runs, [&] { activeProxy.sort(s.previous, Qt::AscendingOrder); },
            [&] {
                activeProxy.sort(s.column, Qt::AscendingOrder);
                activeProxy.rowCount();
            },
            [&] {
                activeProxy.sort(s.previous, Qt::AscendingOrder);
                perm.resize(keys.size());
                for (int row = 0; row < active.rowCount(); ++row) {
                    perm[static_cast<size_t>(row)] = active.recordAt(row);
                    keys[static_cast<size_t>(active.recordAt(row))] =
                        active.sortKeyAt(row, s.column);
                }
            },
            [&] {
                const qint64 *k = keys.data();
                std::stable_sort(perm.begin(), perm.end(),
                                 [k](int a, int b) { return k[a] < k[b]; });
            });
        verdict(s.name, ours, "std::stable_sort", baseline, true, 2.0);
    }

    // ---- (3) check all shown -----------------------------------------------------
    std::printf("\n(3) \"check all shown\" (ours = proxy.setShownChecked(true))\n");
    BitVectorModel bits(active.recordCount());
    QSortFilterProxyModel bitsProxy; // so its one dataChanged has a listener, like ours
    bitsProxy.setDynamicSortFilter(false);
    bitsProxy.setSourceModel(&bits);
    bitsProxy.rowCount();
    for (const QString &search : {QString(), QStringLiteral("j")}) {
        activeProxy.setSearchText(search);
        std::vector<int> shownRows;
        for (int row = 0; row < activeProxy.rowCount(); ++row)
            shownRows.push_back(activeProxy.mapToSource(activeProxy.index(row, 0)).row());
        const auto [ours, baseline] = pairedMedians(
            runs, [&] { active.setAllChecked(false); }, [&] { activeProxy.setShownChecked(true); },
            [&] { bits.clear(); }, [&] { bits.setRows(shownRows); });
        const QString label =
            QStringLiteral("%1 rows shown (search '%2')").arg(shownRows.size()).arg(search);
        std::printf("    checked shown %d, hidden %d\n", activeProxy.checkedShownCount(),
                    activeProxy.checkedHiddenCount());
        verdict(label.toUtf8().constData(), ours, "bit vector+dataChanged", baseline, true, 2.0);
    }
    activeProxy.setSearchText(QString());

    std::printf("\nRSS at end: %.1f MB (peak %.1f MB)\n", residentMb(), residentMb("VmHWM:"));
    std::printf("%s: %d target(s) missed\n", g_misses == 0 ? "ALL PASS" : "SOME MISS", g_misses);
    return 0;
}
