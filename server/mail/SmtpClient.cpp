#include "SmtpClient.h"

#include <QHostAddress>
#include <QUrl>

#include <curl/curl.h>

#include <cstring>

namespace {

struct Upload
{
    const QByteArray *data;
    qsizetype offset = 0;
};

size_t readMessage(char *buffer, size_t size, size_t count, void *userData)
{
    auto *upload = static_cast<Upload *>(userData);
    const size_t left = static_cast<size_t>(upload->data->size() - upload->offset);
    const size_t chunk = std::min(size * count, left);
    std::memcpy(buffer, upload->data->constData() + upload->offset, chunk);
    upload->offset += static_cast<qsizetype>(chunk);
    return chunk;
}

// Keeps the server's reply lines ("550 5.1.1 …"): the failing one is the
// reason we report (the last one is usually the "221" to our QUIT).
int debugTrace(CURL *, curl_infotype type, char *data, size_t size, void *userData)
{
    if (type != CURLINFO_HEADER_IN)
        return 0;
    auto *replies = static_cast<QList<QByteArray> *>(userData);
    const QList<QByteArray> lines = QByteArray(data, static_cast<qsizetype>(size)).split('\n');
    for (const QByteArray &line : lines) {
        const QByteArray trimmed = line.trimmed();
        if (!trimmed.isEmpty() && replies->size() < 200)
            replies->append(trimmed);
    }
    return 0;
}

int progress(void *userData, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    const auto *abort = static_cast<const std::atomic<bool> *>(userData);
    return abort && abort->load() ? 1 : 0;
}

QByteArray angleAddress(const QByteArray &address)
{
    return '<' + address + '>';
}

} // namespace

QString SmtpClient::description() const
{
    return QStringLiteral("through %1").arg(m_settings.url);
}

bool SmtpClient::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

SmtpClient::Result SmtpClient::send(const QByteArray &sender, const QByteArray &recipient,
                                    const QByteArray &message, const std::atomic<bool> *abort) const
{
    Result result;
    CURL *curl = curl_easy_init();
    if (!curl) {
        result.reason = QStringLiteral("cannot start libcurl");
        return result;
    }
    const QUrl url(m_settings.url);
    const QByteArray urlText = m_settings.url.toUtf8();
    const QByteArray from = angleAddress(sender);
    const QByteArray username = m_settings.username.toUtf8();
    const QByteArray password = m_settings.password.toUtf8();
    curl_slist *recipients = curl_slist_append(nullptr, angleAddress(recipient).constData());
    Upload upload{&message};
    QList<QByteArray> replies;
    char errorBuffer[CURL_ERROR_SIZE] = {};

    curl_easy_setopt(curl, CURLOPT_URL, urlText.constData());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L); // we run on a worker thread
    if (url.scheme() == QLatin1String("smtp")) {
        curl_easy_setopt(curl, CURLOPT_USE_SSL,
                         isLoopbackHost(url.host()) ? long(CURLUSESSL_TRY) : long(CURLUSESSL_ALL));
    }
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    const QByteArray caFile = m_settings.caFile.toLocal8Bit();
    if (!caFile.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, caFile.constData());
    if (!username.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, username.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readMessage);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(message.size()));
    const long timeout = std::max(1, m_settings.timeoutSeconds);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, std::min(30L, timeout));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, timeout);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    // The debug callback only sees the SMTP dialogue; it prints nothing.
    curl_easy_setopt(curl, CURLOPT_VERBOSE, 1L);
    curl_easy_setopt(curl, CURLOPT_DEBUGFUNCTION, debugTrace);
    curl_easy_setopt(curl, CURLOPT_DEBUGDATA, &replies);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, progress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, const_cast<std::atomic<bool> *>(abort));

    const CURLcode code = curl_easy_perform(curl);
    long replyCode = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &replyCode);
    curl_slist_free_all(recipients);
    curl_easy_cleanup(curl);

    if (code == CURLE_OK) {
        result.delivered = true;
        return result;
    }
    QByteArray failingReply;
    if (replyCode >= 400 && replyCode < 600) {
        const QByteArray prefix = QByteArray::number(replyCode);
        for (auto it = replies.crbegin(); it != replies.crend() && failingReply.isEmpty(); ++it) {
            if (it->startsWith(prefix))
                failingReply = *it;
        }
    }
    if (!failingReply.isEmpty()) {
        // "550-…" continuation lines: report the text as one line.
        if (failingReply.size() > 3)
            failingReply[3] = ' ';
        result.permanent = replyCode >= 500;
        result.reason = QString::fromUtf8(failingReply);
    } else {
        result.reason = QString::fromUtf8(errorBuffer[0] ? errorBuffer : curl_easy_strerror(code));
    }
    return result;
}
