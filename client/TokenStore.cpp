#include "TokenStore.h"

#include "ServerUrl.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>
#ifdef TESTOPS_KEYCHAIN_NEEDS_DBUS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#endif

#include <memory>

namespace {

TokenStoreResult resultOf(QKeychain::Job *job)
{
    TokenStoreResult result;
    result.detail = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        result.status = TokenStoreResult::Status::Ok;
        result.detail.clear();
        break;
    case QKeychain::EntryNotFound:
        result.status = TokenStoreResult::Status::NotFound;
        result.message =
            QCoreApplication::translate("TokenStore", "No API token is stored for this server.");
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = TokenStoreResult::Status::NoKeychain;
        result.message = QCoreApplication::translate(
            "TokenStore", "No system keychain is available, so the API token is not stored. "
                          "You will be asked for it again next time.");
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        result.status = TokenStoreResult::Status::AccessDenied;
        result.message = QCoreApplication::translate(
            "TokenStore", "Access to the system keychain was denied, so the API token is "
                          "not stored.");
        break;
    default:
        // Without a Secret Service on D-Bus, libsecret/QtKeychain report
        // "OtherError" with a D-Bus message rather than NoBackendAvailable.
        if (result.detail.contains(QLatin1String("DBus"), Qt::CaseInsensitive) ||
            result.detail.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive) ||
            result.detail.contains(QLatin1String("secret"), Qt::CaseInsensitive) ||
            result.detail.contains(QLatin1String("No keychain"), Qt::CaseInsensitive)) {
            result.status = TokenStoreResult::Status::NoKeychain;
            result.message = QCoreApplication::translate(
                "TokenStore", "No system keychain is available, so the API token is not "
                              "stored. You will be asked for it again next time.");
        } else {
            result.status = TokenStoreResult::Status::Failed;
            result.message = QCoreApplication::translate(
                                 "TokenStore", "The system keychain reported an error: %1")
                                 .arg(job->errorString());
        }
        break;
    }
    return result;
}

#ifdef TESTOPS_KEYCHAIN_NEEDS_DBUS
// Why no keychain can answer here, or empty when one may. Every keychain
// QtKeychain speaks to on this platform (the Secret Service, KWallet) is a
// D-Bus service; without one QtKeychain ends with a bare "Unknown error"
// (OtherError) that would tell the user nothing.
QString whyNoKeychain()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return QStringLiteral("no D-Bus session bus");
    QDBusConnectionInterface *busInterface = bus.interface();
    if (!busInterface)
        return QStringLiteral("no D-Bus session bus");
    const QStringList activatable = busInterface->activatableServiceNames().value();
    for (const char *name : {"org.freedesktop.secrets", "org.kde.kwalletd6", "org.kde.kwalletd5",
                             "org.kde.kwalletd"}) {
        const QString service = QString::fromLatin1(name);
        if (busInterface->isServiceRegistered(service).value() || activatable.contains(service))
            return {};
    }
    return QStringLiteral("no Secret Service or KWallet on the D-Bus session bus");
}
#endif

// Runs `job` and calls `done` once with its result in `context`'s thread,
// or with NoKeychain when the keychain does not answer within `timeoutMs`
// (a Secret Service that waits for a password prompt nobody sees, as under
// a virtual display, would otherwise keep the app waiting for ever).
void run(QKeychain::Job *job, QObject *context, const TokenStore::Callback &done, bool withToken,
         int timeoutMs)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file
#ifdef TESTOPS_KEYCHAIN_NEEDS_DBUS
    if (const QString why = whyNoKeychain(); !why.isEmpty()) {
        TokenStoreResult result;
        result.status = TokenStoreResult::Status::NoKeychain;
        result.message = QCoreApplication::translate(
            "TokenStore", "No system keychain is available, so the API token is not stored. "
                          "You will be asked for it again next time.");
        result.detail = why;
        QPointer<QObject> receiver(context ? context : job->parent());
        job->deleteLater();
        QMetaObject::invokeMethod(
            receiver,
            [receiver, done, result] {
                if (receiver && done)
                    done(result);
            },
            Qt::QueuedConnection);
        return;
    }
#endif
    auto delivered = std::make_shared<bool>(false);
    auto deliver = [done, delivered](TokenStoreResult result) {
        if (*delivered)
            return;
        *delivered = true;
        if (done)
            done(std::move(result));
    };
    QObject *receiver = context ? context : job->parent();
    QObject::connect(
        job, &QKeychain::Job::finished, receiver, [deliver, withToken](QKeychain::Job *finished) {
            TokenStoreResult result = resultOf(finished);
            if (withToken && result.ok())
                result.token = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
            deliver(std::move(result));
        });
    QTimer::singleShot(timeoutMs, receiver, [deliver, timeoutMs] {
        TokenStoreResult result;
        result.status = TokenStoreResult::Status::NoKeychain;
        result.message = QCoreApplication::translate(
            "TokenStore", "No system keychain is available, so the API token is not stored. "
                          "You will be asked for it again next time.");
        result.detail = QStringLiteral("no answer from the keychain within %1 ms").arg(timeoutMs);
        deliver(std::move(result));
    });
    job->start();
}

} // namespace

TokenStore::TokenStore(QObject *parent) : QObject(parent) {}

void TokenStore::setTimeout(int milliseconds)
{
    m_timeoutMs = milliseconds < 1 ? DefaultTimeoutMs : milliseconds;
}

QString TokenStore::keyFor(const QUrl &serverUrl)
{
    return ServerUrl::normalized(serverUrl).toString();
}

void TokenStore::read(const QUrl &serverUrl, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(QString::fromLatin1(ServiceName), this);
    job->setKey(keyFor(serverUrl));
    run(job, context, done, true, m_timeoutMs);
}

void TokenStore::write(const QUrl &serverUrl, const QString &token, QObject *context, Callback done)
{
    if (token.isEmpty()) {
        TokenStoreResult result;
        result.status = TokenStoreResult::Status::Failed;
        result.message = tr("An empty API token cannot be stored.");
        QPointer<QObject> guard(context ? context : this);
        QMetaObject::invokeMethod(
            guard,
            [guard, done, result] {
                if (guard && done)
                    done(result);
            },
            Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(QString::fromLatin1(ServiceName), this);
    job->setKey(keyFor(serverUrl));
    job->setTextData(token);
    run(job, context, done, false, m_timeoutMs);
}

void TokenStore::remove(const QUrl &serverUrl, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(QString::fromLatin1(ServiceName), this);
    job->setKey(keyFor(serverUrl));
    run(job, context, done, false, m_timeoutMs);
}
