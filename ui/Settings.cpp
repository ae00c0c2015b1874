#include "Settings.h"

namespace {

QString tabKey(const QString &tab, const char *name)
{
    return QStringLiteral("tabs/%1/%2").arg(tab, QLatin1String(name));
}

} // namespace

Settings::Settings() : m_settings(std::make_unique<QSettings>()) {}

Settings::Settings(const QString &fileName)
    : m_settings(std::make_unique<QSettings>(fileName, QSettings::IniFormat))
{}

Settings::~Settings() = default;

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(QStringLiteral("window/geometry")).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(QStringLiteral("window/geometry"), geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings->value(QStringLiteral("window/state")).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(QStringLiteral("window/state"), state);
}

QByteArray Settings::headerState(const QString &tab) const
{
    return m_settings->value(tabKey(tab, "header")).toByteArray();
}

void Settings::setHeaderState(const QString &tab, const QByteArray &state)
{
    m_settings->setValue(tabKey(tab, "header"), state);
}

SortState Settings::sortState(const QString &tab) const
{
    SortState sort;
    bool ok = false;
    const int column = m_settings->value(tabKey(tab, "sortColumn"), -1).toInt(&ok);
    sort.column = ok ? column : -1;
    sort.order = m_settings->value(tabKey(tab, "sortDescending"), false).toBool()
                     ? Qt::DescendingOrder
                     : Qt::AscendingOrder;
    return sort;
}

void Settings::setSortState(const QString &tab, const SortState &sort)
{
    m_settings->setValue(tabKey(tab, "sortColumn"), sort.column);
    m_settings->setValue(tabKey(tab, "sortDescending"), sort.order == Qt::DescendingOrder);
}

SavedConnection Settings::lastConnection() const
{
    SavedConnection connection;
    const QString kind = m_settings->value(QStringLiteral("connection/kind")).toString();
    connection.local = kind == QLatin1String("local");
    if (kind == QLatin1String("server"))
        connection.serverUrl = QUrl(
            m_settings->value(QStringLiteral("connection/serverUrl")).toString(), QUrl::StrictMode);
    connection.organizationId =
        m_settings->value(QStringLiteral("connection/organizationId"), 0).toLongLong();
    return connection;
}

void Settings::setLastConnection(const SavedConnection &connection)
{
    m_settings->setValue(QStringLiteral("connection/kind"),
                         connection.local ? QStringLiteral("local") : QStringLiteral("server"));
    m_settings->setValue(QStringLiteral("connection/serverUrl"),
                         connection.local ? QString() : connection.serverUrl.toString());
    m_settings->setValue(QStringLiteral("connection/organizationId"), connection.organizationId);
}

QString Settings::language() const
{
    return m_settings->value(QStringLiteral("ui/language")).toString();
}

void Settings::setLanguage(const QString &code)
{
    m_settings->setValue(QStringLiteral("ui/language"), code);
}

void Settings::sync()
{
    m_settings->sync();
}
