#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

/// One record of a delimited text file and the line it starts on.
struct CsvRecord
{
    int line = 0; ///< from 1; a record with a quoted line break spans several lines
    QStringList fields;
};

/// What CsvReader read: the records, or why there are none.
struct CsvTable
{
    QList<CsvRecord> records; ///< empty lines are left out
    QChar delimiter;          ///< ',', ';' or '\t'
    /// Why the file could not be read, a translated sentence; empty when read.
    QString error;

    bool ok() const { return error.isEmpty(); }
};

/// Reads delimited text as spreadsheets save it: RFC 4180 CSV with a comma,
/// the semicolon of locales whose decimal mark is a comma, or a tab (text
/// files). Lenient where RFC 4180 is strict and spreadsheets are not: LF or
/// CRLF (or a lone CR) ends a record, the last record need not end with one,
/// a quote inside an unquoted field is a character, text after a closing
/// quote is kept, and records may have different numbers of fields.
///
/// Encodings: UTF-8 with or without a byte-order mark, and UTF-16 (LE or BE)
/// with one, which Excel's "Unicode Text" writes. Anything else is refused
/// with a sentence: bytes that are not UTF-8 (such as a Windows-1252 export:
/// the message says to save as "CSV UTF-8"), a NUL byte (a binary file such
/// as .xlsx), or a file over MaxFileBytes. Qt has no CSV reader; Debian's
/// libcsv parses bytes with callbacks that do not tell the line a record
/// starts on, and would be one more native library for the Windows and
/// macOS builds, hence this page of code.
class CsvReader
{
public:
    /// The largest file read: 50 MiB (about a million rows).
    static constexpr qint64 MaxFileBytes = 50LL * 1024 * 1024;

    /// Reads the file at `path`. A missing or unreadable file, or one over
    /// MaxFileBytes (checked before reading it), gives an error naming it.
    static CsvTable readFile(const QString &path);

    /// Decodes `bytes` (see the class comment), detects the delimiter and
    /// parses. Empty input (or a BOM alone) gives no records and no error.
    static CsvTable read(const QByteArray &bytes);

    /// The delimiter of `text`: of comma, semicolon and tab, the one found
    /// most often outside quotes in the first record that has any; a tab
    /// wins a tie, then a semicolon. A comma when none occurs.
    static QChar detectDelimiter(QStringView text);

    /// Parses decoded `text` with `delimiter`. A quoted field still open at
    /// the end of the text is an error naming the line where it starts.
    static CsvTable parse(QStringView text, QChar delimiter);
};
