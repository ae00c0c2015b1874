#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QStringList>
#include <QStringView>
#include <QVarLengthArray>

/// Writes compact JSON text (RFC 8259) as UTF-8 straight into a byte array,
/// without building a QJsonObject per record first: a list answer of 1,000
/// members costs a third of the time that way (docs/performance.md).
///
/// The caller writes a well-formed document: key() only inside an object and
/// before each of its values, values inside an array or after a key; the
/// writer places the commas. Strings are escaped as RFC 8259 requires (quote,
/// backslash, control characters below U+0020); an unpaired surrogate becomes
/// U+FFFD, as QString::toUtf8() makes it.
class JsonWriter
{
public:
    /// Appends to `out`, which must outlive the writer.
    explicit JsonWriter(QByteArray *out) : m_out(out) {}

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    /// A member name: ASCII that needs no escaping (the API's own field names).
    void key(const char *name);

    void value(QStringView text);
    void value(qint64 number);
    void value(int number) { value(static_cast<qint64>(number)); }
    void value(bool flag);
    void null();
    /// ISO 8601 in UTC with whole seconds and "Z" ("2026-11-29T06:40:00Z"), as
    /// JsonCodec::fromTime writes it; null for an invalid QDateTime.
    void time(const QDateTime &time);
    /// An array of strings.
    void value(const QStringList &texts);
    /// Bytes that are one complete JSON value already (e.g. another writer's output).
    void raw(const QByteArray &json);

private:
    void separate();
    void appendEscaped(QStringView text);

    QByteArray *m_out;
    /// Per open object or array: whether it has a member or element yet.
    QVarLengthArray<bool, 8> m_hasItem;
    bool m_afterKey = false;
};
