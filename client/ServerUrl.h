#pragma once

#include <QUrl>

namespace ServerUrl {

/// The canonical form of a server's base URL, used as the identity of a
/// connection (keychain key, cache file) and as the base of API paths: user
/// info, query and fragment removed, host lower-cased, trailing slashes
/// removed ("https://TestOps.example.com/" gives "https://testops.example.com";
/// a path prefix such as "/testops/" is kept as "/testops"). An invalid or
/// empty URL is returned unchanged.
inline QUrl normalized(const QUrl &url)
{
    if (!url.isValid() || url.isEmpty())
        return url;
    QUrl result = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    result.setHost(result.host().toLower());
    QString path = result.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    result.setPath(path);
    return result;
}

} // namespace ServerUrl
