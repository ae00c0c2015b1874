#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QStringView>

/// Builds CSV records in its own byte buffer, per RFC 4180, encoded as UTF-8.
///
/// - Fields are separated by a comma; every record, the last one included,
///   ends with CRLF.
/// - A field is enclosed in double quotes when it contains a comma, a double
///   quote, CR or LF, or when it starts or ends with a space (some readers
///   trim unquoted spaces); a double quote inside is doubled.
/// - With FormulaGuard::Neutralise (the default), a field that a spreadsheet
///   would run as a formula, one starting with `=`, `+`, `-`, `@`, tab, CR or
///   NUL, gets a leading apostrophe `'` and is otherwise unchanged (OWASP "CSV
///   Injection"; OWASP ASVS 5.0 V1.2.10). This applies to every field, e-mail
///   addresses too: a local part may start with `+`, and spreadsheets would
///   still evaluate it.
/// - A record that is a single empty field is written as `""`, so that a
///   reader sees a record rather than an empty line, which readers skip.
/// - Text is written as UTF-8 straight from UTF-16; an unpaired surrogate
///   becomes U+FFFD, the Unicode replacement character (QString::toUtf8()
///   of Qt 6.4 writes "?" instead).
///
/// The caller decides when to hand the bytes to a device (bytes(), then
/// clear(), which keeps the capacity) or takes them all (take()). No BOM is
/// written unless appended: see byteOrderMark(). Speed matters here (200,000
/// records in a few tens of milliseconds, see docs/performance.md): fields
/// are encoded straight into the buffer through a pointer, with no
/// temporary strings.
class CsvWriter
{
public:
    enum class FormulaGuard
    {
        Neutralise, ///< prefix formula-looking fields with `'`
        Off,        ///< write every field as it is
    };

    /// An empty writer with room for `reserveBytes` bytes (0 or more) before it
    /// grows. Starts a new record (no separator before the first field).
    explicit CsvWriter(FormulaGuard guard = FormulaGuard::Neutralise, qsizetype reserveBytes = 0);

    /// The UTF-8 byte-order mark (EF BB BF) that makes spreadsheets read the
    /// file as UTF-8; written once at the start of a file.
    static QByteArrayView byteOrderMark() { return QByteArrayView("\xEF\xBB\xBF", 3); }

    /// True when a spreadsheet would take `text` for a formula (see the class
    /// comment). Empty text gives false.
    static bool looksLikeFormula(QStringView text);

    /// Appends one field. Empty or null text gives an empty field.
    void addField(QStringView text);
    /// Appends one field given as UTF-8 bytes (pre-encoded texts such as role
    /// names); quoted and neutralised by the same rules.
    void addUtf8Field(QByteArrayView utf8);
    /// Appends the items joined by `separator` as one field ("KSE; KRE"); no
    /// items give an empty field.
    void addJoinedField(const QStringList &items, QStringView separator);
    /// Appends a decimal integer ("-12", "0").
    void addNumberField(qint64 value);
    /// Appends a point in time as ISO 8601 in UTC with seconds,
    /// "2026-11-29T06:40:00Z" (milliseconds dropped). An invalid (null) time
    /// gives an empty field. Years outside 0000–9999 use QDateTime's own
    /// ISO text.
    void addUtcTimeField(const QDateTime &time);
    /// Ends the record with CRLF; the next field starts a new record. A record
    /// of one empty field is written `""`; one without fields is an empty line.
    void endRecord();
    /// Appends bytes as they are, outside any field (the BOM).
    void appendRaw(QByteArrayView bytes);

    /// The bytes written since the last clear() or take(); valid until the
    /// next call that writes.
    QByteArrayView bytes() const { return QByteArrayView(m_buffer.constData(), m_size); }
    qsizetype size() const { return m_size; }
    /// Forgets the bytes, keeping the capacity (after a flush to a device).
    /// The record state is kept.
    void clear()
    {
        m_recordBegin -= m_size;
        m_size = 0;
    }
    /// Gives the bytes away; the writer is then empty.
    QByteArray take();

private:
    char *room(qsizetype bytes);
    void beginField();
    void addFieldSlow(QStringView text);

    QByteArray m_buffer; ///< its size is the room in use; m_size bytes are valid
    qsizetype m_size = 0;
    QString m_scratch; ///< reused by addJoinedField(), so joining allocates once
    FormulaGuard m_guard;
    bool m_atRecordStart = true;
    /// Where the record began in m_buffer (negative once its start was cleared).
    qsizetype m_recordBegin = 0;
};
