#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QUrl>

#include <memory>

/// The last connection the user chose; never holds a token (the token lives
/// in the system keychain, see TokenStore).
struct SavedConnection
{
    bool local = false;        ///< the bundled server on loopback (--local)
    QUrl serverUrl;            ///< set when !local; e.g. https://testops.example.com
    qint64 organizationId = 0; ///< 0: the first organization the token's user manages

    /// True when there is something to reconnect to.
    bool isValid() const { return local || serverUrl.isValid(); }
};

/// The sort of one table: a logical column and its order.
struct SortState
{
    int column = -1; ///< -1: unsorted (the model's order)
    Qt::SortOrder order = Qt::AscendingOrder;
};

/// Typed access to the application's QSettings (window geometry and state,
/// per-tab header state and sort, the last connection). Keys are private
/// to this class, so a typo cannot split one setting in two.
class Settings
{
public:
    /// Uses the platform's settings for the application (QSettings with the
    /// organization and application names of QCoreApplication).
    Settings();
    /// Uses an INI file at `fileName` (tests use a temporary one).
    explicit Settings(const QString &fileName);
    ~Settings();

    QByteArray windowGeometry() const; ///< empty when never saved
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const; ///< QMainWindow::saveState(); empty when never saved
    void setWindowState(const QByteArray &state);

    /// QHeaderView::saveState() of the table on tab `tabKey` ("active",
    /// "pending", "removed"): column widths, order and visibility. Empty when
    /// never saved.
    QByteArray headerState(const QString &tabKey) const;
    void setHeaderState(const QString &tabKey, const QByteArray &state);
    /// The sort of tab `tabKey`; column -1 when never saved.
    SortState sortState(const QString &tabKey) const;
    void setSortState(const QString &tabKey, const SortState &sort);

    /// The last connection; isValid() false when none was saved.
    SavedConnection lastConnection() const;
    void setLastConnection(const SavedConnection &connection);

    /// The interface language chosen in Settings ▸ Language…: an ISO 639-1
    /// code of Translations::available() ("de"), or empty for the system's
    /// language (also when never saved). Applied at the next start.
    QString language() const;
    void setLanguage(const QString &code);

    /// Writes pending changes to storage now.
    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};
