#include "replacingfile.h"

#include <sys/stat.h>

namespace Sockpit {

ReplacingFile::ReplacingFile(const QString &path)
    : m_direct(isSpecial(path))
    , m_saved(path)
    , m_plain(path)
{
}

bool ReplacingFile::isSpecial(const QString &path)
{
    struct stat info{};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return false; // not there yet: a new plain file
    return S_ISCHR(info.st_mode) || S_ISBLK(info.st_mode) || S_ISFIFO(info.st_mode) || S_ISSOCK(info.st_mode);
}

QFileDevice &ReplacingFile::device()
{
    return m_direct ? static_cast<QFileDevice &>(m_plain) : m_saved;
}

const QFileDevice &ReplacingFile::device() const
{
    return m_direct ? static_cast<const QFileDevice &>(m_plain) : m_saved;
}

bool ReplacingFile::open()
{
    return device().open(QIODevice::WriteOnly);
}

bool ReplacingFile::write(QByteArrayView bytes)
{
    return device().write(bytes.data(), bytes.size()) == bytes.size();
}

bool ReplacingFile::commit()
{
    if (!m_direct)
        return m_saved.commit();
    const bool flushed = m_plain.flush();
    if (!flushed)
        m_closedError = m_plain.errorString(); // close() forgets it
    m_plain.close();
    return flushed;
}

void ReplacingFile::cancel()
{
    if (m_direct)
        m_plain.close();
    else
        m_saved.cancelWriting();
}

QString ReplacingFile::errorString() const
{
    if (!m_closedError.isEmpty())
        return m_closedError;
    return device().errorString();
}

} // namespace Sockpit
