#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

#include <algorithm>
#include <memory>

namespace {

const QString appCatalog = QStringLiteral("testops-users");

// Qt's standard button texts (OK, Cancel, Yes, …): Qt translates them in
// qtbase_<lang>.qm, but not every language has one (Debian ships no
// qtbase_vi.qm). Marked here, lupdate puts them into our .ts files, and our
// translator answers for them when Qt's own is missing (the translator
// installed last, Qt's, is asked first).
[[maybe_unused]] const char *const qtStandardButtonTexts[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    // The same under GNOME (QGnomeTheme), with accelerators.
    QT_TRANSLATE_NOOP("QGnomeTheme", "&OK"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Save"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Cancel"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Close"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "Close without Saving"),
};

// Loads `catalog`_<language>.qm from the first folder that has it; the
// language may carry a territory ("de_AT"), which QTranslator drops step by
// step when no file matches it ("de_AT" → "de").
bool loadCatalog(QTranslator &translator, const QString &catalog, const QString &language,
                 const QStringList &folders)
{
    for (const QString &folder : folders) {
        if (translator.load(catalog + QLatin1Char('_') + language, folder))
            return true;
    }
    return false;
}

} // namespace

namespace Translations {

QList<Language> available()
{
    // Native names, so that anyone finds their language whatever is shown.
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},
        {QStringLiteral("vi"), QStringLiteral("Tiếng Việt")},
    };
}

QLocale localeFor(const QString &code)
{
    const QList<Language> languages = available();
    const bool known =
        std::any_of(languages.cbegin(), languages.cend(),
                    [&code](const Language &language) { return language.code == code; });
    if (code.isEmpty() || !known)
        return QLocale::system();
    const QLocale language(code);
    const QLocale system = QLocale::system();
    // Keep the system's territory (dates and numbers as there) when the
    // combination exists; QLocale falls back to the language's default one.
    const QLocale combined(language.language(), system.territory());
    return combined.language() == language.language() ? combined : language;
}

QStringList searchPaths()
{
    const QString base = QCoreApplication::applicationDirPath();
    const QStringList candidates = {
        base + QStringLiteral("/../share/testops-users/translations"), // Linux, FHS
        base + QStringLiteral("/translations"),                        // Windows
        base + QStringLiteral("/../Resources/translations"),           // macOS bundle
    };
    QStringList paths;
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isDir())
            paths.append(QDir::cleanPath(candidate));
    }
    return paths;
}

QString install(QCoreApplication *app, const QLocale &locale, const QStringList &searchPaths)
{
    auto translator = std::make_unique<QTranslator>(app);
    QString loaded;
    // The user's languages in order of preference (LANGUAGE=fr:de gives
    // French, then German); English stops the search, being the source.
    const QStringList uiLanguages = locale.uiLanguages();
    for (QString language : uiLanguages) {
        language.replace(QLatin1Char('-'), QLatin1Char('_'));
        if (language == QLatin1String("C") || QLocale(language).language() == QLocale::English)
            break;
        if (loadCatalog(*translator, appCatalog, language, searchPaths)) {
            loaded = language;
            break;
        }
    }
    if (loaded.isEmpty())
        return {};
    QCoreApplication::installTranslator(translator.release());

    // Qt's own texts in the same language: the Qt of the system first (Linux
    // distributions), then a copy deployed beside the app (windeployqt).
    auto qtTranslator = std::make_unique<QTranslator>(app);
    QStringList qtFolders = {QLibraryInfo::path(QLibraryInfo::TranslationsPath)};
    qtFolders += searchPaths;
    if (loadCatalog(*qtTranslator, QStringLiteral("qtbase"), loaded, qtFolders))
        QCoreApplication::installTranslator(qtTranslator.release());

    const QLocale loadedLocale(loaded);
    QLocale::setDefault(loadedLocale.language() == locale.language() ? locale : loadedLocale);
    return QLocale(loaded).name().section(QLatin1Char('_'), 0, 0);
}

} // namespace Translations
