#include "FileDialog.h"

#include <QFileDialog>

#include <optional>

namespace {

std::optional<QString> g_nextFileName;
QString g_lastSuggestedPath;

} // namespace

void FileDialog::setNextFileName(const QString &fileName)
{
    g_nextFileName = fileName;
}

QString FileDialog::lastSuggestedPath()
{
    return g_lastSuggestedPath;
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption,
                                    const QString &suggestedPath, const QString &filter)
{
    g_lastSuggestedPath = suggestedPath;
    if (g_nextFileName) {
        const QString name = *g_nextFileName;
        g_nextFileName.reset();
        return name;
    }
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
}
