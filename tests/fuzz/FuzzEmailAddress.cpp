// libFuzzer target: pasted address lists (EmailAddress::splitList, checkList,
// parseList) and single addresses (check). Beyond "no crash, no sanitizer
// report", each valid entry must be a piece of the paste as it was pasted,
// and the address it sends must come from that piece by check() alone. For
// the linear-time promise, one input in sixty-four is also pasted repeated
// to about 16,000 characters, which must take under 2 s even under the
// sanitizers (some 50 ms when linear): a quadratic scan would take longer.
#include "EmailAddress.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <QElapsedTimer>
#include <QSet>

#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void fail(const char *what, const QString &text)
{
    std::fprintf(stderr, "FuzzEmailAddress: %s: %s\n", what, qPrintable(text));
    std::abort();
}

void require(bool ok, const char *what, const QString &text)
{
    if (!ok)
        fail(what, text);
}

bool isAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

/// A valid result: a well-formed ASCII addr-spec that check() accepts as it
/// is, taken verbatim from `pasted` (the local part as typed; the domain as
/// typed or its punycode).
void checkValid(const EmailCheck &entry, const QString &pasted)
{
    require(entry.address.count(QLatin1Char('@')) == 1, "address without exactly one @",
            entry.address);
    require(isAscii(entry.address), "address not ASCII", entry.address);
    require(entry.address.size() <= 254, "address over 254 characters", entry.address);
    require(pasted.contains(entry.input), "valid entry not in the paste", entry.input);
    const EmailCheck again = EmailAddress::check(entry.input);
    require(again.isValid() && again.address == entry.address, "check() of the entry differs",
            entry.input);
    const EmailCheck sent = EmailAddress::check(entry.address);
    require(sent.isValid() && sent.address == entry.address, "address sent is not valid as sent",
            entry.address);
    const QString local = entry.address.section(QLatin1Char('@'), 0, 0);
    require(entry.input.startsWith(local + QLatin1Char('@')), "local part not as pasted",
            entry.input);
}

void fuzzList(const QString &pasted)
{
    const QStringList pieces = EmailAddress::splitList(pasted);
    const QList<EmailCheck> checks = EmailAddress::checkList(pasted);
    require(pieces.size() == checks.size(), "splitList and checkList disagree", pasted);
    for (qsizetype i = 0; i < checks.size(); ++i) {
        const EmailCheck &entry = checks.at(i);
        require(!entry.input.isEmpty(), "empty entry", pasted);
        require(entry.input == pieces.at(i), "entry differs from its piece", entry.input);
        require(EmailAddress::trimmed(entry.input) == entry.input, "entry not trimmed",
                entry.input);
        require(entry.isValid() == !entry.address.isEmpty(), "valid without an address",
                entry.input);
        if (entry.isValid())
            checkValid(entry, pasted);
    }
    // parseList: checkList without later duplicates, in order.
    const QList<EmailCheck> parsed = EmailAddress::parseList(pasted);
    QSet<QString> keys;
    qsizetype next = 0;
    for (const EmailCheck &entry : parsed) {
        const QString key = (entry.isValid() ? entry.address : entry.input).toLower();
        require(!keys.contains(key), "duplicate in parseList", entry.input);
        keys.insert(key);
        while (next < checks.size() && checks.at(next).input != entry.input)
            ++next;
        require(next < checks.size(), "parseList entry not from checkList", entry.input);
        ++next;
    }
}

void fuzzCheck(const QString &typed)
{
    const EmailCheck entry = EmailAddress::check(typed);
    require(entry.input == EmailAddress::trimmed(typed), "input not the trimmed text", typed);
    require(entry.isValid() == !entry.address.isEmpty(), "valid without an address", typed);
    require(entry.isValid() || !entry.error.isEmpty(), "invalid without a reason", typed);
    if (entry.isValid()) {
        checkValid(entry, typed);
        require(EmailAddress::duplicateKey(typed) == entry.address.toLower(),
                "duplicate key not the lower-cased address", typed);
    }
}

void fuzzLongPaste(const QString &text)
{
    const qsizetype times = 16384 / (text.size() + 1) + 1;
    const QString pasted = text.repeated(times);
    QElapsedTimer timer;
    timer.start();
    EmailAddress::parseList(pasted);
    const qint64 elapsed = timer.elapsed();
    if (elapsed > 2000) {
        std::fprintf(stderr, "FuzzEmailAddress: %lld ms for %lld characters\n",
                     static_cast<long long>(elapsed), static_cast<long long>(pasted.size()));
        fail("not linear", text);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider input(data, size);
    // Half the inputs as UTF-16 (unpaired surrogates included), half as UTF-8.
    const bool utf16 = input.ConsumeBool();
    const bool longPaste = (input.ConsumeIntegral<uint8_t>() & 0xFC) == 0;
    const std::string bytes = input.ConsumeRemainingBytesAsString();
    const QString text = utf16
                             ? QString::fromUtf16(reinterpret_cast<const char16_t *>(bytes.data()),
                                                  qsizetype(bytes.size() / 2))
                             : QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
    fuzzList(text);
    fuzzCheck(text);
    if (longPaste)
        fuzzLongPaste(text);
    return 0;
}
