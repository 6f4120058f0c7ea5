#include "checksum.h"

namespace Sockpit {

// Placeholder bodies; the real ones follow.
namespace Checksum {

QList<Algorithm> all() { return {}; }
QString name(Algorithm) { return QString(); }
Result<Algorithm> fromName(const QString &) { return Result<Algorithm>::failure(QStringLiteral("not yet")); }
int widthBytes(Algorithm) { return 2; }
bool naturallyBigEndian(Algorithm) { return true; }
quint32 compute(Algorithm, QByteArrayView) { return 0; }

} // namespace Checksum

Result<ChecksumSpec> ChecksumSpec::parse(const QString &) { return Result<ChecksumSpec>::failure(QStringLiteral("not yet")); }
QString ChecksumSpec::toString() const { return QString(); }
QByteArray ChecksumSpec::append(const QByteArray &data) const { return data + checksumBytes(data); }
QByteArray ChecksumSpec::checksumBytes(QByteArrayView) const { return QByteArray(); }
ChecksumSpec::Verdict ChecksumSpec::verify(QByteArrayView) const { return {}; }
QString ChecksumSpec::formatValue(quint32 value) const { return QString::number(value, 16); }

bool ChecksumSpec::operator==(const ChecksumSpec &other) const
{
    return algorithm == other.algorithm && bigEndian == other.bigEndian && skipFront == other.skipFront
        && skipBack == other.skipBack;
}

} // namespace Sockpit
