#pragma once

#include "Role.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <string_view>

/// The rule that decides which records a tab shows: a
/// literal search over name and email, case- and accent-insensitive, plus a
/// role filter (Active Users, Removed Users) and a status filter (Pending
/// Invitations). A plain class with no Qt model in it, so that the proxy, the
/// benchmark and the tests run exactly the same rule.
///
/// Folding (fold()): the rule of domain/SearchKey.h, the same as the
/// server's `q` (NFKD, combining marks dropped, ł ø đ ß æ œ ı mapped to their
/// base letters, case folding), encoded as UTF-8. So "José", "JOSE" and
/// "jose" all fold to "jose", "Łukasz" to "lukasz", and "ﬁ" to "fi". The
/// search text is never a regular expression: `[`, `(contractor)` and
/// `user+tag@example.com` are matched as the characters they are.
class SearchFilter
{
public:
    /// The status filter of the Pending Invitations tab.
    enum class StatusFilter
    {
        All,     ///< pending and expired invitations
        Pending, ///< only invitations still valid
        Expired, ///< only invitations past their expiry
    };

    /// Folds `text` for matching (see the class comment). Empty text gives an
    /// empty array. Pure ASCII takes a fast path with the same result.
    static QByteArray fold(QStringView text);

    /// Builds the haystack of one record: the folded name and the folded
    /// email, separated by a NUL byte so that no match spans both. Either may
    /// be empty (invitations have no name).
    static QByteArray haystack(QStringView name, QStringView email);

    /// Sets the search text. Leading and trailing white space is ignored.
    /// Returns true when the folded needle changed (so "Jose" after "jose"
    /// returns false and the proxy does not re-filter).
    bool setText(const QString &text);
    /// The text as last set (not folded).
    QString text() const { return m_text; }
    /// The folded needle; empty when there is no search.
    const QByteArray &needle() const { return m_needle; }

    /// Shows only records with `role`; std::nullopt shows every role.
    /// Returns true when the filter changed.
    bool setRole(std::optional<Role> role);
    std::optional<Role> role() const { return m_role; }

    /// Sets the status filter (Pending Invitations only; other tabs pass
    /// expired = false and are unaffected by Pending). Returns true on change.
    bool setStatus(StatusFilter status);
    StatusFilter status() const { return m_status; }

    /// True when every change since the last markApplied() can only hide
    /// records, never show new ones: the new needle contains the old one, a
    /// role was picked where all were shown, a status was picked where all
    /// were shown. The proxy then re-tests only the records it shows.
    bool isNarrowing() const { return m_narrowing; }
    /// Records that the current criteria were applied to the rows.
    void markApplied() { m_narrowing = true; }

    /// True when the folded `haystack` contains the needle (always, when the
    /// needle is empty). Byte-wise substring search over UTF-8, which is
    /// exact for whole characters because UTF-8 is self-synchronising.
    bool matchesText(std::string_view haystack) const
    {
        return m_needle.isEmpty() ||
               haystack.find(
                   std::string_view(m_needle.constData(), static_cast<size_t>(m_needle.size()))) !=
                   std::string_view::npos;
    }

    /// The whole rule for one record. `role` is the record's role, or
    /// std::nullopt for records without one (always passes the role filter);
    /// `expired` says whether an invitation has expired.
    bool accepts(std::string_view haystack, std::optional<Role> role, bool expired) const
    {
        return acceptsAttributes(role, expired) && matchesText(haystack);
    }

    /// The role and status part of accepts().
    bool acceptsAttributes(std::optional<Role> role, bool expired) const
    {
        if (m_role && role && *role != *m_role)
            return false;
        if (m_status == StatusFilter::Pending && expired)
            return false;
        if (m_status == StatusFilter::Expired && !expired)
            return false;
        return true;
    }

    /// The needle as a view (empty when there is no search); it never holds
    /// a NUL byte.
    std::string_view needleView() const
    {
        return std::string_view(m_needle.constData(), static_cast<size_t>(m_needle.size()));
    }

private:
    QString m_text;
    QByteArray m_needle;
    std::optional<Role> m_role;
    StatusFilter m_status = StatusFilter::All;
    bool m_narrowing = true;
};
