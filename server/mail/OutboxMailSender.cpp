#include "OutboxMailSender.h"

#include "MailEncoding.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

OutboxMailSender::OutboxMailSender(const QString &directory) : m_directory(directory) {}

QByteArray OutboxMailSender::encodeHeaderWord(const QString &text)
{
    return MailEncoding::encodeHeaderWord(text);
}

QByteArray OutboxMailSender::encode(const MailMessage &message, const QByteArray &messageId)
{
    return MailEncoding::encode(message, messageId);
}

QString OutboxMailSender::description() const
{
    return QStringLiteral("in %1").arg(QFileInfo(m_directory).absoluteFilePath());
}

QString OutboxMailSender::fileName(const QueuedMail &mail)
{
    const QString stamp =
        QLocale::c().toString(mail.queuedAt.toUTC(), QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'"));
    return QStringLiteral("%1-invitation-%2-%3.eml").arg(stamp).arg(mail.invitationId).arg(mail.id);
}

MailTransport::Result OutboxMailSender::deliver(const QueuedMail &mail, const std::atomic<bool> *)
{
    Result result;
    // The messages hold live activation links: only the server's user may
    // read them (the folder it creates is 0700, each file 0600), as with the
    // secret file. A folder that exists keeps the permissions it has.
    const QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
    if (!QFileInfo(m_directory).isDir()) {
        const bool made = QDir().mkpath(QFileInfo(m_directory).absolutePath()) &&
                          QDir().mkdir(m_directory, ownerOnly | QFile::ExeOwner);
        if (!made && !QFileInfo(m_directory).isDir()) { // or made by another meanwhile
            result.reason = QStringLiteral("cannot create the outbox folder %1").arg(m_directory);
            return result;
        }
    }
    const QString path = QDir(m_directory).filePath(fileName(mail));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(ownerOnly) ||
        file.write(mail.message) != mail.message.size() || !file.commit()) {
        result.reason = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return result;
    }
    result.delivered = true;
    return result;
}
