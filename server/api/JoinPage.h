#pragma once

#include <QByteArray>
#include <QString>

/// The HTML pages an activation link opens (GET and POST /join): plain HTML5,
/// UTF-8, inline CSS only, no JavaScript and no third-party assets. Every
/// value is HTML-escaped.
namespace JoinPage {

/// The form: organization name, email, a "Full name" field (id and name
/// "fullName"), the token in a hidden field (name "token") and a "Join"
/// button (id "join") posting application/x-www-form-urlencoded to /join.
/// `error` (may be empty) is shown above the form; `fullName` pre-fills it.
QByteArray form(const QString &organizationName, const QString &email, const QString &token,
                const QString &fullName = {}, const QString &error = {});

/// The form for an address that already has a user: no name field, but
/// "You will join as <fullName>." (that user's name, which joining keeps),
/// the token in a hidden field and the "Join" button, posting as form() does.
QByteArray existingUserForm(const QString &organizationName, const QString &email,
                            const QString &token, const QString &fullName);

/// "You have joined <organization>".
QByteArray joined(const QString &organizationName, const QString &email);

/// A page with a title and one explanatory sentence (expired, revoked, used
/// or unknown link).
QByteArray message(const QString &title, const QString &text);

} // namespace JoinPage
