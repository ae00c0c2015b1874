#pragma once

#include "ClientError.h"

#include <optional>
#include <utility>

/// A value or an error, as data (style.md: "a result carries its error").
/// `E` must have an `isNull()` that is true for "no error"; the client uses
/// ClientError, the local cache CacheError.
///
///     client->me(this, [this](ApiResult<CurrentUser> result) {
///         if (!result)
///             return showError(result.error().message);
///         use(result.value());
///     });
template<typename T, typename E> class Result
{
public:
    /// A success carrying `value`.
    Result(T value) : m_value(std::move(value)) {}
    /// A failure carrying `error` (which must not be null).
    Result(E error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    /// The value; only valid when ok().
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    /// Moves the value out (ok() stays true, the value is left moved-from).
    T takeValue() { return std::move(*m_value); }
    /// The value when ok(), otherwise `fallback`.
    T valueOr(T fallback) const { return m_value ? *m_value : std::move(fallback); }

    /// The error; a null error when ok().
    const E &error() const { return m_error; }

private:
    std::optional<T> m_value;
    E m_error;
};

/// The outcome of an ApiClient request.
template<typename T> using ApiResult = Result<T, ClientError>;

/// The value of a request that answers nothing but success (e.g. a transfer of ownership).
struct Done
{};
