#pragma once

#include <QString>

#include <stdexcept>

/// A failed SQL statement or migration. The storage layer throws it so that an
/// open Transaction rolls back on the way out; the HTTP layer answers 500
/// (503 with Retry-After for Busy).
class StorageError : public std::runtime_error
{
public:
    enum class Kind
    {
        Failure,  ///< anything else: a bug, a full disk, a constraint
        Busy,     ///< the database is locked or cannot be reached: try again later
        Conflict, ///< a concurrent transaction won (serialization failure, deadlock): run again
    };

    explicit StorageError(const QString &message, Kind kind = Kind::Failure)
        : std::runtime_error(message.toStdString()), m_message(message), m_kind(kind)
    {}
    QString message() const { return m_message; }
    Kind kind() const { return m_kind; }

private:
    QString m_message;
    Kind m_kind;
};
