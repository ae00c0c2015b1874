// Search through the index finds exactly what a scan finds, on both engines:
// for queries cut from the demo data (names in many scripts, addresses) and
// from names full of what a query language would read as syntax (quotes,
// %, _, *, [, backslash, astral characters), every member and invitation
// list with `q` must list exactly the records whose folded name or address
// contains the folded query (domain/SearchKey, the scan's rule), in the
// order of the list without a search, with the right total.
#include "DemoServer.h"

#include "SearchKey.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QUrl>

namespace {

qint64 id(const QJsonObject &object, const char *key)
{
    return qint64(object.value(QLatin1String(key)).toDouble());
}

QString encode(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

// Pieces of `value`: each start, lengths 1 to 6, whole characters only.
QStringList pieces(const QString &value, int step)
{
    const QList<uint> codePoints = value.toUcs4();
    QStringList result;
    for (qsizetype start = 0; start < codePoints.size(); start += step) {
        for (qsizetype length = 1; length <= 6 && start + length <= codePoints.size(); ++length) {
            const QList<uint> piece = codePoints.mid(start, length);
            result.append(QString::fromUcs4(reinterpret_cast<const char32_t *>(piece.constData()),
                                            piece.size()));
        }
    }
    return result;
}

} // namespace

class TestSearchIndex : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void membersFoundThroughTheIndexAreTheScansMembers();
    void invitationsFoundThroughTheIndexAreTheScansInvitations();
    void queryLanguageCharactersAreLiteral();

private:
    /// Ids of every record of `listPath` with `q` (all pages, in order); the
    /// first page's total in `total`.
    QList<qint64> search(const QString &listPath, const QString &query, const char *idKey,
                         qint64 *total);
    /// Checks `list` (every record, in the list's order) against the server for each query.
    void compare(const QString &listPath, const QList<QJsonObject> &list, const char *idKey,
                 const QStringList &queries, bool members);

    DemoServer m_demo;
    QString m_owner;
    int m_indexed = 0; ///< queries of compare() long enough for the index
    int m_scanned = 0; ///< and too short for it
};

void TestSearchIndex::initTestCase()
{
    QVERIFY2(m_demo.start(), qPrintable(m_demo.errorString()));
    m_owner = m_demo.ownerToken();
    // Names that an FTS query, a LIKE pattern or a GLOB would read as syntax.
    const QStringList names{
        QStringLiteral("Quote \"Dbl\" O'Neil"),
        QStringLiteral("Hundred 100% Percent"),
        QStringLiteral("Under_Score_Name"),
        QStringLiteral("Star*Glob?Name"),
        QStringLiteral("Bracket [Set] Name"),
        QStringLiteral("Back\\Slash Name"),
        QStringLiteral("Astral 𝒜𝒷𝒸 😀 Name"),
        QStringLiteral("NEAR AND OR NOT Name"),
        QStringLiteral("สมชาย ใจดี"),
        QStringLiteral("Ελένη Παπαδοπούλου"),
    };
    int serial = 0;
    for (const QString &name : names) {
        const QJsonObject joined =
            m_demo.inviteAndAccept(QStringLiteral("odd.%1@example.net").arg(++serial), name);
        QVERIFY2(!joined.isEmpty(), qPrintable(name));
    }
    for (const QString &address :
         {QStringLiteral("per%cent_under@example.net"), QStringLiteral("quo\"te@example.net")}) {
        // Invitations only: an address the server accepts, or one it refuses
        // (then it is simply not in the list).
        m_demo.invite(address, m_owner);
    }
}

QList<qint64> TestSearchIndex::search(const QString &listPath, const QString &query,
                                      const char *idKey, qint64 *total)
{
    QList<qint64> ids;
    *total = -1;
    for (int page = 0; page < 50; ++page) {
        const HttpTestResponse response = m_demo.http().get(
            m_demo.org(listPath +
                       QStringLiteral("&size=1000&page=%1&q=%2").arg(page).arg(encode(query))),
            m_owner);
        if (response.status != 200) {
            qWarning("%s", response.describe().constData());
            return {};
        }
        if (page == 0) {
            *total = response.total();
            if (response.object().value(QLatin1String("totalIsLowerBound")).toBool())
                *total = -2;
        }
        const QJsonArray items = response.items();
        for (const QJsonValue &item : items)
            ids.append(id(item.toObject(), idKey));
        if (items.isEmpty() || ids.size() >= *total)
            break;
    }
    return ids;
}

void TestSearchIndex::compare(const QString &listPath, const QList<QJsonObject> &list,
                              const char *idKey, const QStringList &queries, bool members)
{
    QStringList keys;
    keys.reserve(list.size());
    for (const QJsonObject &record : list) {
        keys.append(members ? SearchKey::forPerson(text(record, "fullName"), text(record, "email"))
                            : SearchKey::fold(text(record, "email")));
    }
    m_indexed = 0;
    m_scanned = 0;
    for (const QString &query : queries) {
        const QString folded = SearchKey::fold(query.trimmed());
        if (folded.isEmpty())
            continue;
        QList<qint64> expected;
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (keys.at(i).contains(folded))
                expected.append(id(list.at(i), idKey));
        }
        qint64 total = 0;
        const QList<qint64> found = search(listPath, query, idKey, &total);
        QVERIFY2(found == expected, qPrintable(QStringLiteral("%1 q=\"%2\": %3 found, %4 expected")
                                                   .arg(listPath, query)
                                                   .arg(found.size())
                                                   .arg(expected.size())));
        QCOMPARE(total, qint64(expected.size()));
        (folded.toUcs4().size() >= 3 ? m_indexed : m_scanned) += 1;
    }
}

void TestSearchIndex::membersFoundThroughTheIndexAreTheScansMembers()
{
    for (const QString &status : {QStringLiteral("active"), QStringLiteral("removed")}) {
        const QList<QJsonObject> members = m_demo.allMembers(status);
        QVERIFY(members.size() > 10);
        QStringList queries;
        for (qsizetype i = 0; i < members.size(); i += 9) {
            queries += pieces(text(members.at(i), "fullName"), 4);
            queries += pieces(text(members.at(i), "email"), 7);
        }
        // Case and accents fold; nothing matches; the field separator.
        queries += {QStringLiteral("JOSÉ"),   QStringLiteral("lukasz"),    QStringLiteral("ÆØÅ"),
                    QStringLiteral("zzzqqq"), QStringLiteral("@EXAMPLE."), QStringLiteral("n\n")};
        queries.removeDuplicates();
        compare(QStringLiteral("/members?status=%1").arg(status), members, "userId", queries, true);
        // Both ways of searching were exercised.
        QVERIFY(m_indexed > 20);
        QVERIFY(m_scanned > 5);
    }
}

void TestSearchIndex::invitationsFoundThroughTheIndexAreTheScansInvitations()
{
    const QList<QJsonObject> invitations = m_demo.allInvitations(QStringLiteral("open"));
    QVERIFY(invitations.size() > 10);
    QStringList queries;
    for (const QJsonObject &invitation : invitations)
        queries += pieces(text(invitation, "email"), 5);
    queries +=
        {QStringLiteral("%"), QStringLiteral("_"), QStringLiteral("r%c"), QStringLiteral("\"te@")};
    queries.removeDuplicates();
    compare(QStringLiteral("/invitations?status=open"), invitations, "id", queries, false);
    QVERIFY(m_indexed > 20);
    QVERIFY(m_scanned > 3);
}

void TestSearchIndex::queryLanguageCharactersAreLiteral()
{
    const QList<QJsonObject> members = m_demo.allMembers();
    const QStringList queries{
        QStringLiteral("\"dbl\""),  QStringLiteral("\""),     QStringLiteral("o'n"),
        QStringLiteral("100%"),     QStringLiteral("%"),      QStringLiteral("0% p"),
        QStringLiteral("r_s"),      QStringLiteral("_"),      QStringLiteral("r*g"),
        QStringLiteral("*"),        QStringLiteral("?na"),    QStringLiteral("[set]"),
        QStringLiteral("["),        QStringLiteral("k\\s"),   QStringLiteral("\\"),
        QStringLiteral("𝒜𝒷𝒸"),      QStringLiteral("😀"),      QStringLiteral("𝒷"),
        QStringLiteral("near and"), QStringLiteral("or not"), QStringLiteral("ใจดี"),
        QStringLiteral("ελενη"),    QStringLiteral("ΠΑΠΑ"),   QStringLiteral("a b"),
        QStringLiteral("e.net"),    QStringLiteral("odd."),   QStringLiteral("@"),
    };
    compare(QStringLiteral("/members?status=active"), members, "userId", queries, true);
    QVERIFY(m_indexed > 10);
    QVERIFY(m_scanned > 5);
    // Two astral characters are four UTF-16 units but no trigram: a scan.
    qint64 total = 0;
    QCOMPARE(
        search(QStringLiteral("/members?status=active"), QStringLiteral("𝒷𝒸"), "userId", &total)
            .size(),
        1);
}

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "TestSearchIndex.moc"
