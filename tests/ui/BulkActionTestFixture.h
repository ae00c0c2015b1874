#pragma once

// Shared by the tests of the tab actions (TestRevokeInvitationDialog,
// TestRemoveUsersDialog, TestChangeUserRoleDialog, TestExportUsers,
// TestBulkActionFailures): the real AppController and MainWindow, signed in
// to a real demo server (DemoServer, `serve --demo` on a loopback port) with
// the token of one of its accounts.

#include <AppController.h>
#include <BulkActionRunner.h>
#include <MainWindow.h>
#include <OrganizationSession.h>
#include <RecordTableModel.h>
#include <Settings.h>
#include <UserListTab.h>

#include <DemoServer.h>

#include <QJsonArray>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace BulkActionTest {

constexpr int WaitMs = 30000;

/// A controller signed in to `demo` with `token`, its lists loaded; null (with
/// a failed QVERIFY in the caller's log) when that did not happen in time.
inline std::unique_ptr<AppController> signIn(DemoServer &demo, const QString &token,
                                             const QTemporaryDir &dir)
{
    QStandardPaths::setTestModeEnabled(true);
    auto controller = std::make_unique<AppController>(std::make_unique<Settings>(
        dir.filePath(QStringLiteral("settings-%1.ini").arg(quintptr(&demo)))));
    controller->setCacheDir(dir.filePath(QStringLiteral("cache")));
    QSignalSpy refreshed(controller.get(), &AppController::refreshed);
    controller->connectWithToken(demo.process().baseUrl(), token, demo.orgId(),
                                 QStringLiteral("demo"));
    controller->window()->show();
    if (!refreshed.wait(WaitMs))
        return nullptr;
    return controller;
}

/// Loads the lists again and waits until they are shown.
inline bool refresh(AppController *controller)
{
    QSignalSpy refreshed(controller, &AppController::refreshed);
    if (controller->session()->isRefreshing())
        return refreshed.wait(WaitMs) && refresh(controller);
    controller->refresh();
    return refreshed.wait(WaitMs);
}

/// Waits until a refresh that is running or about to start has ended.
inline bool settle(AppController *controller)
{
    QSignalSpy refreshed(controller, &AppController::refreshed);
    if (!controller->session()->isRefreshing())
        return true;
    return refreshed.wait(WaitMs) &&
           (!controller->session()->isRefreshing() || refreshed.wait(WaitMs));
}

inline UserListTab *tab(AppController *controller, UserListTab::Kind kind)
{
    return controller->window()->tab(kind);
}

/// Checks the records with these ids on `tab`, as a click on their boxes does.
inline void check(UserListTab *tab, const QList<qint64> &ids)
{
    for (qint64 id : ids)
        tab->model()->setChecked(id, true);
}

/// The id of the record whose row shows `email` in any column; 0 when none.
inline qint64 idOfEmail(UserListTab *tab, const QString &email)
{
    const RecordTableModel *model = tab->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 1; column < model->columnCount(); ++column) {
            if (model->index(row, column).data().toString() == email)
                return model->idAt(row);
        }
    }
    return 0;
}

/// Clicks an action button of a tab; false when it is disabled.
inline bool clickAction(UserListTab *tab, UserListTab::Action action)
{
    QPushButton *button = tab->actionButton(action);
    if (!button || !button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

/// How many audit events of `action` name the target `targetId`.
inline int auditCount(DemoServer &demo, const QString &action, qint64 targetId)
{
    int count = 0;
    for (int page = 0; page < 100; ++page) {
        const HttpTestResponse response =
            demo.get(QStringLiteral("/organizations/%1/audit-events?size=1000&page=%2")
                         .arg(demo.orgId())
                         .arg(page),
                     demo.ownerToken());
        const QJsonArray items = response.items();
        for (const QJsonValue &item : items) {
            const QJsonObject event = item.toObject();
            if (event.value(QLatin1String("action")).toString() == action &&
                event.value(QLatin1String("target"))
                        .toObject()
                        .value(QLatin1String("id"))
                        .toInteger() == targetId)
                ++count;
        }
        if (items.size() < 1000)
            break;
    }
    return count;
}

/// The public status of an activation link ("pending", "revoked", …) as the
/// invitee's browser sees it: GET /invitations/{token}.
inline QString linkStatus(DemoServer &demo, const QString &activationUrl)
{
    const HttpTestResponse response = demo.get(QStringLiteral("/invitations/%1")
                                                   .arg(QString::fromLatin1(QUrl::toPercentEncoding(
                                                       DemoServer::linkToken(activationUrl)))),
                                               {});
    if (response.status == 200)
        return response.object().value(QLatin1String("status")).toString();
    return response.errorCode().isEmpty() ? QString::number(response.status) : response.errorCode();
}

} // namespace BulkActionTest
