#include "AboutDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#ifndef TESTOPS_HOMEPAGE_URL
#define TESTOPS_HOMEPAGE_URL "https://example.com/testops-users"
#endif

namespace {

QLabel *textLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString link(const QUrl &url, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), text.toHtmlEscaped());
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    const QString name = QGuiApplication::applicationDisplayName().isEmpty()
                             ? QStringLiteral("TestOps User Management")
                             : QGuiApplication::applicationDisplayName();
    setWindowTitle(tr("About %1").arg(name));

    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    icon->setAccessibleName(tr("Application icon"));

    auto *title = new QLabel(name, this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);

    // The version compiled in, not QCoreApplication's, so that tests and
    // embedders that never set an application version still see it.
    m_version = textLabel(tr("Version %1").arg(QStringLiteral(TESTOPS_VERSION)), this);
    m_version->setObjectName(QStringLiteral("versionLabel"));
    auto *description = textLabel(tr("Manage the people of a TestOps organization: invite, "
                                     "revoke, remove, change roles, export."),
                                  this);
    // Both: a Qt updated under an installed app shows here.
    m_qtVersion =
        textLabel(tr("Built with Qt %1, running on Qt %2")
                      .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())),
                  this);
    m_qtVersion->setObjectName(QStringLiteral("qtVersionLabel"));
    m_license = textLabel(
        tr("Copyright © 2026 The TestOps User Management developers. Released under the %1 "
           "License.")
            .arg(licenseId()),
        this);
    m_license->setObjectName(QStringLiteral("licenseLabel"));
    m_links = new QLabel(link(homepageUrl(), tr("Homepage")) + QStringLiteral(" · ") +
                             link(issuesUrl(), tr("Report a problem")),
                         this);
    m_links->setObjectName(QStringLiteral("linksLabel"));
    m_links->setTextFormat(Qt::RichText);
    m_links->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_links->setOpenExternalLinks(true);

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(m_version);
    text->addWidget(description);
    text->addWidget(m_qtVersion);
    text->addWidget(m_license);
    text->addWidget(m_links);
    text->addStretch();

    auto *body = new QHBoxLayout;
    body->addWidget(icon);
    body->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *aboutQt = buttons->addButton(tr("About Qt"), QDialogButtonBox::HelpRole);
    aboutQt->setObjectName(QStringLiteral("aboutQtButton"));
    connect(aboutQt, &QPushButton::clicked, &QApplication::aboutQt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QUrl AboutDialog::homepageUrl()
{
    return QUrl(QStringLiteral(TESTOPS_HOMEPAGE_URL));
}

QUrl AboutDialog::issuesUrl()
{
    return QUrl(QStringLiteral(TESTOPS_HOMEPAGE_URL "/issues"));
}

QString AboutDialog::licenseId()
{
    return QStringLiteral("MIT");
}

QString AboutDialog::versionText() const
{
    return m_version->text();
}

QString AboutDialog::qtVersionText() const
{
    return m_qtVersion->text();
}

QString AboutDialog::licenseText() const
{
    return m_license->text();
}

QString AboutDialog::linksText() const
{
    return m_links->text();
}
