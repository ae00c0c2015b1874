#pragma once

#include <QDialog>
#include <QUrl>

class QLabel;

/// Help ▸ About: the application's name, icon and version, the Qt version it
/// was built with and the one it runs on (qVersion()), its license, and links
/// to the project's homepage and issue tracker, which open in the browser.
/// "About Qt" shows Qt's own dialog; Close closes.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    /// The project's homepage (PROJECT_HOMEPAGE_URL of the top-level CMakeLists.txt).
    static QUrl homepageUrl();
    /// Where users report problems: the homepage followed by "/issues".
    static QUrl issuesUrl();
    /// The license's SPDX identifier, as in the package metadata: "MIT".
    static QString licenseId();

    /// The line naming the version, e.g. "Version 0.1.0".
    QString versionText() const;
    /// The line naming the Qt versions, e.g. "Built with Qt 6.4.2, running on Qt 6.4.2".
    QString qtVersionText() const;
    /// The license sentence shown.
    QString licenseText() const;
    /// The links as shown (rich text, <a href> elements).
    QString linksText() const;

private:
    QLabel *m_version = nullptr;
    QLabel *m_qtVersion = nullptr;
    QLabel *m_license = nullptr;
    QLabel *m_links = nullptr;
};
