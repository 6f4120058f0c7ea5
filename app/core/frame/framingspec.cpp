#include "framingspec.h"

namespace Sockpit {

// Placeholder bodies; the real ones follow.
FramingSpec FramingSpec::perRead()
{
    FramingSpec spec;
    spec.mode = Mode::PerRead;
    return spec;
}

Status FramingSpec::validate() const { return Status::success(); }

Result<FramingSpec> FramingSpec::parse(const QString &) { return Result<FramingSpec>::success(FramingSpec()); }

QString FramingSpec::toString() const { return QString(); }

QString FramingSpec::describe() const { return QString(); }

bool FramingSpec::operator==(const FramingSpec &other) const
{
    return mode == other.mode && gapMs == other.gapMs && delimiters == other.delimiters
        && keepDelimiter == other.keepDelimiter && fixedLength == other.fixedLength
        && maxFrameBytes == other.maxFrameBytes;
}

} // namespace Sockpit
