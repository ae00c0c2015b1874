// libFuzzer target: the CSV export's writer (CsvWriter). Records of fuzzed
// fields are written, then read back by an RFC 4180 reader of the test's own:
// it must give back every record and field, each as it was, but for the
// apostrophe before a field that a spreadsheet would run as a formula. No
// field read back starts with a formula trigger (=, +, -, @, tab, CR, NUL).
#include "CsvWriter.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <cstdio>
#include <cstdlib>

namespace {

using Record = QList<QByteArray>;

void require(bool ok, const char *what, const QByteArray &csv)
{
    if (!ok) {
        std::fprintf(stderr, "FuzzCsvWriter: %s:\n%s\n", what, csv.toHex().constData());
        std::abort();
    }
}

bool isTrigger(char c)
{
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\0';
}

/// RFC 4180: records end in CRLF, fields are separated by commas, a field in
/// double quotes may hold commas, quotes (doubled) and line breaks; an empty
/// line is skipped. Strict:
/// anything else (a quote inside an unquoted field, text after a closing
/// quote, a bare CR or LF outside quotes) fails the test.
QList<Record> readCsv(const QByteArray &csv)
{
    QList<Record> records;
    Record record;
    QByteArray field;
    qsizetype i = 0;
    const qsizetype n = csv.size();
    while (i < n) {
        // An empty line is no record, as most readers (Python's csv among
        // them) take it.
        const bool recordStart = record.isEmpty() && field.isEmpty();
        if (recordStart && csv.at(i) == '\r' && i + 1 < n && csv.at(i + 1) == '\n') {
            i += 2;
            continue;
        }
        if (csv.at(i) == '"') {
            ++i;
            for (;;) {
                require(i < n, "unclosed quote", csv);
                if (csv.at(i) == '"') {
                    if (i + 1 < n && csv.at(i + 1) == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += csv.at(i++);
            }
        } else {
            while (i < n && csv.at(i) != ',' && csv.at(i) != '\r' && csv.at(i) != '\n') {
                require(csv.at(i) != '"', "quote inside an unquoted field", csv);
                field += csv.at(i++);
            }
            // An unquoted field never starts with a trigger: it would run.
            require(field.isEmpty() || !isTrigger(field.front()),
                    "unquoted field starts with a formula trigger", csv);
        }
        require(i < n, "record without CRLF", csv);
        if (csv.at(i) == ',') {
            record.append(field);
            field.clear();
            ++i;
            continue;
        }
        require(csv.at(i) == '\r' && i + 1 < n && csv.at(i + 1) == '\n', "bare CR or LF", csv);
        record.append(field);
        field.clear();
        records.append(record);
        record.clear();
        i += 2;
    }
    return records;
}

/// UTF-8 with each unpaired surrogate as U+FFFD, as CsvWriter writes it
/// (QString::toUtf8() of Qt 6.4 writes "?").
QByteArray utf8(const QString &text)
{
    QString replaced = text;
    for (qsizetype i = 0; i < replaced.size(); ++i) {
        const QChar c = replaced.at(i);
        if (c.isHighSurrogate() && i + 1 < replaced.size() && replaced.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            replaced[i] = QChar(QChar::ReplacementCharacter);
    }
    return replaced.toUtf8();
}

/// The field as a reader must see it: the text's UTF-8, after an apostrophe
/// when it starts with a formula trigger.
QByteArray expected(const QByteArray &utf8)
{
    return !utf8.isEmpty() && isTrigger(utf8.front()) ? '\'' + utf8 : utf8;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider provider(data, size);
    CsvWriter csv(CsvWriter::FormulaGuard::Neutralise, provider.ConsumeIntegralInRange(0, 64));
    QList<Record> written;
    QByteArray flushed;
    while (provider.remaining_bytes() > 0 && written.size() < 64) {
        Record record;
        const int fields = provider.ConsumeIntegralInRange(1, 8);
        for (int f = 0; f < fields; ++f) {
            const std::string bytes = provider.ConsumeRandomLengthString(64);
            const QByteArray raw(bytes.data(), qsizetype(bytes.size()));
            switch (provider.ConsumeIntegralInRange(0, 3)) {
            case 0: {
                // Valid UTF-8 (invalid sequences became U+FFFD) as QString.
                const QString text = QString::fromUtf8(raw);
                csv.addField(text);
                record.append(expected(utf8(text)));
                break;
            }
            case 1: {
                // Any UTF-16, unpaired surrogates included (they become U+FFFD).
                const QString text = QString::fromUtf16(
                    reinterpret_cast<const char16_t *>(raw.constData()), raw.size() / 2);
                csv.addField(text);
                record.append(expected(utf8(text)));
                break;
            }
            case 2:
                csv.addUtf8Field(raw);
                record.append(expected(raw));
                break;
            default: {
                const QStringList items = QString::fromUtf8(raw).split(QLatin1Char('|'));
                const QString separator = QStringLiteral("; ");
                csv.addJoinedField(items, separator);
                record.append(expected(utf8(items.join(separator))));
                break;
            }
            }
            // Bytes handed on mid-record (as the export flushes) change nothing.
            if (provider.ConsumeBool()) {
                flushed += csv.bytes().toByteArray();
                csv.clear();
            }
        }
        csv.endRecord();
        written.append(record);
    }
    const QByteArray all = flushed + csv.take();
    const QList<Record> read = readCsv(all);
    require(read.size() == written.size(), "records lost or added", all);
    for (qsizetype r = 0; r < read.size(); ++r) {
        if (read.at(r) != written.at(r)) {
            for (const QByteArray &field : written.at(r))
                std::fprintf(stderr, "written: %s\n", field.toHex().constData());
            for (const QByteArray &field : read.at(r))
                std::fprintf(stderr, "read:    %s\n", field.toHex().constData());
            require(false, "a record reads back differently", all);
        }
        for (const QByteArray &field : read.at(r))
            require(field.isEmpty() || !isTrigger(field.front()), "a field reads back as a formula",
                    all);
    }
    return 0;
}
