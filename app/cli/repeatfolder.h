#pragma once

#include <QString>

#include <functional>

namespace Sockpit {

/// Lines for stderr with floods folded: a line said again right after itself
/// is written once and counted; the count follows ("(the message above
/// repeated 2,550,000 more times)") when another line comes or at flush().
/// A peer or an input that makes the same complaint a million times then
/// costs two lines, and nothing said is hidden.
class RepeatFolder
{
public:
    explicit RepeatFolder(std::function<void(const QString &line)> write);

    void say(const QString &line);
    /// Writes the count of repeats held back, if any (before exiting).
    void flush();
    /// Repeats of the last line not written yet.
    quint64 heldRepeats() const { return m_repeats; }

private:
    std::function<void(const QString &)> m_write;
    QString m_last;
    bool m_saidAny = false;
    quint64 m_repeats = 0;
};

} // namespace Sockpit
