// The outbox folder is a mail transport like SMTP: messages are rows written
// with their invitation, and a file that cannot be written is a failed
// attempt, shown as deliveryError and retried, never reported as sent.
#include "DemoServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

} // namespace

class TestMailOutbox : public QObject
{
    Q_OBJECT

private slots:
    void unwritableOutboxIsRetriedUntilWritten();
};

void TestMailOutbox::unwritableOutboxIsRetriedUntilWritten()
{
    QTemporaryDir dir;
    // A file where the folder should be: every attempt fails, as on a full
    // or read-only disk (root ignores permissions, so they cannot stand in).
    const QString outbox = dir.filePath(QStringLiteral("outbox"));
    {
        QFile blocker(outbox);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
    }
    DemoServer demo;
    QVERIFY2(demo.start({QStringLiteral("--outbox"), outbox, QStringLiteral("--smtp-retry-base"),
                         QStringLiteral("1")}),
             qPrintable(demo.errorString()));
    const QJsonObject result =
        demo.invite(QStringLiteral("outbox-blocked@example.net"), demo.ownerToken());
    QCOMPARE(str(result, "status"), QStringLiteral("invited"));
    const qint64 id = qint64(result.value(QLatin1String("id")).toDouble());
    auto deliveryError = [&demo, id]() { return str(demo.openInvitation(id), "deliveryError"); };
    QTRY_VERIFY_WITH_TIMEOUT(!deliveryError().isEmpty(), 10000);
    QVERIFY2(deliveryError().startsWith(QLatin1String("email not delivered: cannot create the "
                                                      "outbox folder")),
             qPrintable(deliveryError()));
    QVERIFY(demo.process().serverLog().contains(QLatin1String("not delivered (attempt 1)")));

    // The disk is back: the next attempt writes the file and clears the error.
    QVERIFY(QFile::remove(outbox));
    auto files = [&outbox]() {
        return QDir(outbox).entryList({QStringLiteral("*.eml")}, QDir::Files);
    };
    QTRY_COMPARE_WITH_TIMEOUT(files().size(), 1, 20000);
    QVERIFY2(files().first().contains(QStringLiteral("-invitation-%1-").arg(id)),
             qPrintable(files().first()));
    QTRY_COMPARE_WITH_TIMEOUT(deliveryError(), QString(), 5000);
    QFile mail(QDir(outbox).filePath(files().first()));
    QVERIFY(mail.open(QIODevice::ReadOnly));
    QVERIFY(mail.readAll().contains("outbox-blocked@example.net"));
}

QTEST_GUILESS_MAIN(TestMailOutbox)
#include "TestMailOutbox.moc"
