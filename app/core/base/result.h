#pragma once

#include <QString>

#include <utility>

namespace Sockpit {

/// The one convention for operations that can fail: a value, or the reason it
/// could not be had (a translated sentence, ready to show). Signals carry only
/// asynchronous news; anything answered at once returns a Result.
template<typename T>
struct Result
{
    T value{};
    QString error;

    bool ok() const { return error.isEmpty(); }
    explicit operator bool() const { return ok(); }
    /// The value, or fallback when there is none.
    T valueOr(T fallback) const { return ok() ? value : std::move(fallback); }

    static Result success(T v) { return Result{std::move(v), QString()}; }
    static Result failure(QString why) { return Result{T{}, std::move(why)}; }
};

/// An operation that gives nothing back but may fail.
template<>
struct Result<void>
{
    QString error;

    bool ok() const { return error.isEmpty(); }
    explicit operator bool() const { return ok(); }

    static Result success() { return Result{QString()}; }
    static Result failure(QString why) { return Result{std::move(why)}; }
};

using Status = Result<void>;

} // namespace Sockpit
