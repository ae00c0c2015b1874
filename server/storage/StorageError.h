#pragma once

#include <QString>

#include <stdexcept>

/// A failed SQL statement or migration. The storage layer throws it so that an
/// open Transaction rolls back on the way out; the HTTP layer answers 500.
class StorageError : public std::runtime_error
{
public:
    explicit StorageError(const QString &message)
        : std::runtime_error(message.toStdString()), m_message(message)
    {}
    QString message() const { return m_message; }

private:
    QString m_message;
};
