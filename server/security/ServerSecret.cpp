#include "ServerSecret.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSaveFile>

namespace {

QByteArray randomBytes(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    QRandomGenerator *generator = QRandomGenerator::system();
    for (int i = 0; i < bytes; i += 4) {
        const quint32 value = generator->generate();
        for (int j = 0; j < 4 && i + j < bytes; ++j)
            data[i + j] = static_cast<char>((value >> (8 * j)) & 0xff);
    }
    return data;
}

#ifdef Q_OS_UNIX
// The octal mode of `permissions`, e.g. "0644".
QString modeText(QFileDevice::Permissions permissions)
{
    const auto bits = static_cast<unsigned>(permissions.toInt());
    const unsigned mode = ((bits >> 12) & 7) << 6 | ((bits >> 4) & 7) << 3 | (bits & 7);
    return QStringLiteral("0%1").arg(mode, 3, 8, QLatin1Char('0'));
}
#endif

constexpr auto base64url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

bool ServerSecret::loadOrCreate(const QString &path, SharedFile shared, QString *error,
                                QString *warning)
{
    if (warning)
        warning->clear();
    QFile file(path);
    if (file.exists()) {
#ifdef Q_OS_UNIX
        // Windows has no such mode bits (QFile reports ACLs only roughly).
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther;
        if (file.permissions() & others) {
            const QString problem =
                QStringLiteral("the server secret %1 is open to other users (mode %2): whoever "
                               "reads it can forge activation links; make it private with "
                               "\"chmod 600 %1\"")
                    .arg(path, modeText(file.permissions()));
            if (shared == SharedFile::Refuse) {
                *error = problem + QStringLiteral(" (or start with --allow-readable-secret)");
                return false;
            }
            if (warning)
                *warning = QStringLiteral("warning: ") + problem;
        }
#else
        Q_UNUSED(shared)
#endif
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read the server secret %1: %2")
                         .arg(path, file.errorString());
            return false;
        }
        m_key = QByteArray::fromBase64(file.readAll().trimmed());
        if (!isValid()) {
            *error = QStringLiteral("the server secret %1 is shorter than 32 bytes").arg(path);
            return false;
        }
        return true;
    }
    m_key = randomBytes(32);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) ||
        !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        out.write(m_key.toBase64() + '\n') < 0 || !out.commit()) {
        *error =
            QStringLiteral("cannot write the server secret %1: %2").arg(path, out.errorString());
        m_key.clear();
        return false;
    }
    return true;
}

QByteArray ServerSecret::hmacHex(const QByteArray &message) const
{
    return QMessageAuthenticationCode::hash(message, m_key, QCryptographicHash::Sha256).toHex();
}

QString ServerSecret::linkToken(qint64 invitationId, const QString &nonce) const
{
    const QByteArray message = QByteArray::number(invitationId) + ':' + nonce.toUtf8();
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(message, m_key, QCryptographicHash::Sha256)
            .toBase64(base64url));
}

QString ServerSecret::linkHash(const QString &token) const
{
    return QString::fromLatin1(hmacHex(token.toUtf8()));
}

QString ServerSecret::randomToken(int bytes)
{
    return QString::fromLatin1(randomBytes(bytes).toBase64(base64url));
}

QString ServerSecret::tokenHash(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}
