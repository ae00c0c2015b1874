#pragma once

#include <QString>

class QWidget;

/// QFileDialog behind a seam, as KeePassXC's FileDialog: tests call
/// setNextFileName() and the next dialog returns that name without showing.
class FileDialog
{
public:
    /// The file name the next dialog returns without being shown; an empty
    /// name stands for "canceled". Used once.
    static void setNextFileName(const QString &fileName);

    /// The directory and name the last dialog proposed (`suggestedPath`), for tests.
    static QString lastSuggestedPath();

    /// QFileDialog::getSaveFileName: the chosen path, or empty when canceled.
    /// The native dialog asks before overwriting an existing file.
    static QString getSaveFileName(QWidget *parent, const QString &caption,
                                   const QString &suggestedPath, const QString &filter);
};
