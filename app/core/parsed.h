#pragma once

#include <QString>

namespace Sockpit {

/// A value parsed from user input, or the reason it could not be.
template<typename T>
struct Parsed
{
    T value{};
    QString error;

    bool ok() const { return error.isEmpty(); }
    static Parsed success(T v) { return Parsed{std::move(v), QString()}; }
    static Parsed failure(QString why) { return Parsed{T{}, std::move(why)}; }
};

} // namespace Sockpit
