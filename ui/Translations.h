#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

/// The interface languages and the loading of their translations
/// (translations/testops-users_<code>.qm, built from the .ts files by
/// lrelease). English is the source language and needs no file.
namespace Translations {

/// One language the app is translated into.
struct Language
{
    QString code;       ///< ISO 639-1 code: "en", "de", "fr", "ja", "vi"
    QString nativeName; ///< the language's name in itself: "Deutsch", "日本語", …
};

/// The languages offered in Settings ▸ Language…, English first, then by
/// code. Never empty.
QList<Language> available();

/// The locale for the language setting `code` (Settings::language()):
/// QLocale::system() for an empty or unknown code, else the language `code`
/// (ISO 639-1) in the system's territory when it has one, e.g. "de" on a
/// system in Austria gives de_AT.
QLocale localeFor(const QString &code);

/// The folders searched for the .qm files, in order: the installed layout
/// beside the executable (Linux: ../share/testops-users/translations,
/// Windows: translations/, macOS: ../Resources/translations), which the
/// build tree mirrors. Only existing folders are listed; may be empty.
QStringList searchPaths();

/// Loads the app's translation for `locale` (the first of
/// locale.uiLanguages() that has a file in `searchPaths`), and Qt's own
/// translation (qtbase_<lang>.qm: standard buttons, file dialogs) for the
/// same language, and installs both on `app`, which owns them. Sets
/// QLocale::setDefault(locale) so that numbers and dates match. Returns the
/// code of the language loaded ("de"), or an empty string when none was
/// (English, or a language without translation): then the source texts
/// (English) are shown and nothing is installed.
QString install(QCoreApplication *app, const QLocale &locale,
                const QStringList &searchPaths = Translations::searchPaths());

} // namespace Translations
