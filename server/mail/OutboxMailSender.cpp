#include "OutboxMailSender.h"

#include "MailEncoding.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRandomGenerator>

OutboxMailSender::OutboxMailSender(const QString &directory) : m_directory(directory) {}

QByteArray OutboxMailSender::encodeHeaderWord(const QString &text)
{
    return MailEncoding::encodeHeaderWord(text);
}

QByteArray OutboxMailSender::encode(const MailMessage &message, const QByteArray &messageId)
{
    return MailEncoding::encode(message, messageId);
}

QString OutboxMailSender::send(const MailMessage &message)
{
    // The messages hold live activation links: only the server's user may
    // read them (the folder it creates is 0700, each file 0600), as with the
    // secret file. A folder that exists keeps the permissions it has.
    const QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
    if (!QFileInfo(m_directory).isDir()) {
        const bool made = QDir().mkpath(QFileInfo(m_directory).absolutePath()) &&
                          QDir().mkdir(m_directory, ownerOnly | QFile::ExeOwner);
        if (!made && !QFileInfo(m_directory).isDir()) // or made by another meanwhile
            return QStringLiteral("cannot create the outbox folder %1").arg(m_directory);
    }
    const QString random =
        QString::number(QRandomGenerator::system()->generate64(), 16).rightJustified(16, u'0');
    const QString stamp =
        QLocale::c().toString(message.date.toUTC(), QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'"));
    QString tag = message.tag;
    for (QChar &c : tag) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-'))
            c = QLatin1Char('_');
    }
    const QString fileName =
        stamp + QLatin1Char('-') + tag + QLatin1Char('-') + random + QStringLiteral(".eml");
    const QByteArray messageId = MailEncoding::newMessageId(message);
    // Written under a ".part" name and renamed, so that a reader of the
    // outbox never sees half a message. No fsync per message (QSaveFile would
    // do one): an outbox of a thousand invitations is written in a moment.
    const QString finalPath = QDir(m_directory).filePath(fileName);
    QFile file(finalPath + QStringLiteral(".part"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly) ||
        file.write(encode(message, messageId)) < 0) {
        const QString error = file.errorString();
        file.remove();
        return QStringLiteral("cannot write %1: %2").arg(file.fileName(), error);
    }
    file.close();
    if (!file.rename(finalPath)) {
        const QString error = file.errorString();
        file.remove();
        return QStringLiteral("cannot write %1: %2").arg(finalPath, error);
    }
    return {};
}
