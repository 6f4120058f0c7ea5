#pragma once

// The framings and checksums the framed-log tests use.

#include "checksum.h"
#include "framingspec.h"

namespace SockpitTest {

inline Sockpit::FramingSpec fixedLength(qsizetype length)
{
    Sockpit::FramingSpec spec;
    spec.mode = Sockpit::FramingSpec::Mode::FixedLength;
    spec.fixedLength = length;
    return spec;
}

// CRC-16/MODBUS as devices send it: little-endian.
inline Sockpit::ChecksumSpec modbus()
{
    Sockpit::ChecksumSpec spec;
    spec.algorithm = Sockpit::Checksum::Algorithm::Crc16Modbus;
    spec.bigEndian = false;
    return spec;
}

} // namespace SockpitTest
