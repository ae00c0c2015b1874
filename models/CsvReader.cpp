#include "CsvReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CsvReader", text);
}

QString sizeInMiB(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

// The text of `bytes` by its byte-order mark, else as UTF-8; an empty
// optional with `error` set when it is no text of ours.
std::optional<QString> decode(const QByteArray &bytes, QString *error)
{
    QStringConverter::Encoding encoding = QStringConverter::Utf8;
    qsizetype skip = 0;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        skip = 3;
    } else if (bytes.startsWith("\xFF\xFE")) {
        encoding = QStringConverter::Utf16LE;
        skip = 2;
    } else if (bytes.startsWith("\xFE\xFF")) {
        encoding = QStringConverter::Utf16BE;
        skip = 2;
    } else if (bytes.contains('\0')) {
        *error = QCoreApplication::translate(
            "CsvReader", "This is not a text file: save the spreadsheet as “CSV UTF-8” or as "
                         "tab-separated text, then import that file.");
        return std::nullopt;
    }
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(QByteArrayView(bytes).sliced(skip));
    const bool cut = encoding != QStringConverter::Utf8 && (bytes.size() - skip) % 2 != 0;
    if (decoder.hasError() || cut) {
        *error =
            encoding == QStringConverter::Utf8
                ? QCoreApplication::translate(
                      "CsvReader",
                      "This file is not UTF-8 text (perhaps a spreadsheet's older “CSV” "
                      "format): save it as “CSV UTF-8” and import it again.")
                : QCoreApplication::translate(
                      "CsvReader", "This UTF-16 text file is damaged: it ends in the middle of a "
                                   "character or holds an unpaired surrogate.");
        return std::nullopt;
    }
    return text;
}

bool isDelimiter(QChar c)
{
    return c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char('\t');
}

} // namespace

CsvTable CsvReader::readFile(const QString &path)
{
    CsvTable table;
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists()) {
        table.error = tr("The file %1 does not exist.").arg(name);
        return table;
    }
    if (info.isDir()) {
        table.error = tr("%1 is a folder, not a file.").arg(name);
        return table;
    }
    if (info.size() > MaxFileBytes) {
        table.error = tr("The file %1 is %2 MB; files of up to %3 MB can be imported. Split it "
                         "into smaller files.")
                          .arg(name, sizeInMiB(info.size()), sizeInMiB(MaxFileBytes));
        return table;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        table.error = tr("Cannot read %1: %2").arg(name, file.errorString());
        return table;
    }
    // Read no more than the limit plus one byte, whatever the size said
    // (a file that grows meanwhile, a pipe).
    const QByteArray bytes = file.read(MaxFileBytes + 1);
    if (bytes.size() > MaxFileBytes) {
        table.error = tr("The file %1 is larger than %2 MB; split it into smaller files.")
                          .arg(name, sizeInMiB(MaxFileBytes));
        return table;
    }
    return read(bytes);
}

CsvTable CsvReader::read(const QByteArray &bytes)
{
    QString error;
    const std::optional<QString> text = decode(bytes, &error);
    if (!text) {
        CsvTable table;
        table.error = error;
        return table;
    }
    return parse(*text, detectDelimiter(*text));
}

QChar CsvReader::detectDelimiter(QStringView text)
{
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            quoted = !quoted; // a doubled quote toggles twice
        } else if (quoted) {
            continue;
        } else if (c == QLatin1Char(',')) {
            ++comma;
        } else if (c == QLatin1Char(';')) {
            ++semicolon;
        } else if (c == QLatin1Char('\t')) {
            ++tab;
        } else if ((c == QLatin1Char('\n') || c == QLatin1Char('\r')) &&
                   comma + semicolon + tab > 0) {
            break; // the first record that has any decides
        }
    }
    if (tab > 0 && tab >= semicolon && tab >= comma)
        return QLatin1Char('\t');
    if (semicolon > 0 && semicolon >= comma)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

CsvTable CsvReader::parse(QStringView text, QChar delimiter)
{
    CsvTable table;
    table.delimiter = isDelimiter(delimiter) ? delimiter : QLatin1Char(',');
    QStringList fields;
    QString field;
    int line = 1;
    int recordLine = 1;
    int quoteLine = 0;
    bool quoted = false;    // inside a quoted field
    bool wasQuoted = false; // the current field began with a quote
    bool inRecord = false;  // something of the record was read
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < size && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                // A line break inside a field is one '\n', however the file ends lines.
                if (c == QLatin1Char('\r') && i + 1 < size && text.at(i + 1) == QLatin1Char('\n'))
                    ++i;
                field += QLatin1Char('\n');
                ++line;
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
            inRecord = true;
            quoteLine = line;
        } else if (c == table.delimiter) {
            fields.append(field);
            field.clear();
            wasQuoted = false;
            inRecord = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < size && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (inRecord || !field.isEmpty()) {
                fields.append(field);
                table.records.append({recordLine, fields});
            }
            fields.clear();
            field.clear();
            wasQuoted = false;
            inRecord = false;
            recordLine = ++line;
        } else {
            field += c;
            inRecord = true;
        }
    }
    if (quoted) {
        table.records.clear();
        table.error =
            tr("The quoted field that starts on line %1 has no closing quote (\").").arg(quoteLine);
        return table;
    }
    if (inRecord || !field.isEmpty()) {
        fields.append(field);
        table.records.append({recordLine, fields});
    }
    return table;
}
