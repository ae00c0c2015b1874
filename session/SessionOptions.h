#pragma once

#include <QString>
#include <QUrl>

/// What an OrganizationSession opens, as plain values. The server and the
/// token are the ApiClient's.
struct SessionOptions
{
    /// The organization; 0 takes the first one the signed-in user may manage.
    qint64 organizationId = 0;
    /// The folder of the local cache of the lists (LocalCache); empty: no cache.
    QString cacheDirectory;
    /// The server as the cache names it: the server URL, or for the local
    /// organization (whose port changes on every start) its data folder.
    QUrl cacheKey;
};
