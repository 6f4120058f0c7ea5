#include "repeatfolder.h"

#include <QCoreApplication>

#include <climits>

namespace Sockpit {

RepeatFolder::RepeatFolder(std::function<void(const QString &line)> write)
    : m_write(std::move(write))
{
}

void RepeatFolder::say(const QString &line)
{
    if (m_saidAny && line == m_last) {
        ++m_repeats;
        return;
    }
    flush();
    m_last = line;
    m_saidAny = true;
    m_write(line);
}

void RepeatFolder::flush()
{
    if (m_repeats == 0)
        return;
    const int count = int(qMin<quint64>(m_repeats, INT_MAX));
    m_repeats = 0;
    m_write(QCoreApplication::translate("Sockpit::HeadlessRunner", "(the message above repeated %Ln more time(s))",
                                        nullptr, count));
}

} // namespace Sockpit
