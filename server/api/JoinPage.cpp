#include "JoinPage.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("JoinPage", text);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QByteArray page(const QString &title, const QString &content)
{
    const QString html =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                       "<title>%1</title>\n<style>\n"
                       "body{font-family:system-ui,sans-serif;background:#f4f5f7;color:#172b4d;"
                       "margin:0;padding:2rem 1rem}\n"
                       "main{max-width:28rem;margin:0 auto;background:#fff;border-radius:8px;"
                       "padding:2rem;box-shadow:0 1px 3px rgba(0,0,0,.15)}\n"
                       "h1{font-size:1.4rem;margin-top:0}\n"
                       "label{display:block;font-weight:600;margin:1rem 0 .3rem}\n"
                       "input[type=text]{width:100%;box-sizing:border-box;padding:.5rem;"
                       "font-size:1rem;border:1px solid #8993a4;border-radius:4px}\n"
                       "button{margin-top:1.2rem;padding:.6rem 1.4rem;font-size:1rem;border:0;"
                       "border-radius:4px;background:#0052cc;color:#fff;cursor:pointer}\n"
                       ".error{color:#bf2600;background:#ffebe6;padding:.6rem;border-radius:4px}\n"
                       ".muted{color:#5e6c84}\n"
                       "</style>\n</head>\n<body>\n<main>\n%2</main>\n</body>\n</html>\n")
            .arg(esc(title), content);
    return html.toUtf8();
}

QString formStart(const QString &token)
{
    return QStringLiteral(
               "<form method=\"post\" action=\"/join\" "
               "enctype=\"application/x-www-form-urlencoded\" accept-charset=\"utf-8\">\n"
               "<input type=\"hidden\" id=\"token\" name=\"token\" value=\"%1\">\n")
        .arg(esc(token));
}

QString formEnd()
{
    return QStringLiteral("<button type=\"submit\" id=\"join\" name=\"join\">%1</button>\n"
                          "</form>\n")
        .arg(esc(tr("Join")));
}

} // namespace

namespace JoinPage {

QByteArray form(const QString &organizationName, const QString &email, const QString &token,
                const QString &fullName, const QString &error)
{
    const QString title = tr("Join %1").arg(organizationName);
    QString content = QStringLiteral("<h1>%1</h1>\n").arg(esc(title));
    content += QStringLiteral("<p>%1</p>\n")
                   .arg(esc(tr("You are invited to join %1 as %2.").arg(organizationName, email)));
    if (!error.isEmpty())
        content += QStringLiteral("<p class=\"error\" role=\"alert\">%1</p>\n").arg(esc(error));
    content += formStart(token) +
               QStringLiteral("<label for=\"fullName\">%1</label>\n"
                              "<input type=\"text\" id=\"fullName\" name=\"fullName\" value=\"%2\" "
                              "required maxlength=\"200\" autocomplete=\"name\" autofocus>\n")
                   .arg(esc(tr("Full name")), esc(fullName)) +
               formEnd();
    return page(title, content);
}

QByteArray existingUserForm(const QString &organizationName, const QString &email,
                            const QString &token, const QString &fullName)
{
    const QString title = tr("Join %1").arg(organizationName);
    QString content = QStringLiteral("<h1>%1</h1>\n").arg(esc(title));
    content += QStringLiteral("<p>%1</p>\n")
                   .arg(esc(tr("You are invited to join %1 as %2.").arg(organizationName, email)));
    content += QStringLiteral("<p id=\"joinAs\">%1</p>\n")
                   .arg(esc(tr("You will join as %1.").arg(fullName)));
    content += formStart(token) + formEnd();
    return page(title, content);
}

QByteArray joined(const QString &organizationName, const QString &email)
{
    const QString title = tr("You have joined %1").arg(organizationName);
    return page(title,
                QStringLiteral("<h1 id=\"joined\">%1</h1>\n<p class=\"muted\">%2</p>\n")
                    .arg(esc(title), esc(tr("You are now a member, signed up as %1.").arg(email))));
}

QByteArray message(const QString &title, const QString &text)
{
    return page(
        title,
        QStringLiteral("<h1>%1</h1>\n<p id=\"message\">%2</p>\n").arg(esc(title), esc(text)));
}

} // namespace JoinPage
