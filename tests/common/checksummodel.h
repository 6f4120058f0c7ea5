#pragma once

// The checksums as their catalogue defines them, bit by bit: a reference for
// the tests and the fuzz target that shares nothing with the table-driven
// engine but the parameters. Header-only.

#include "checksum.h"

#include <QByteArrayView>

namespace SockpitTest::ChecksumModel {

using Sockpit::Checksum::Algorithm;

// The Rocksoft model, bit by bit, as the catalogue defines it: a reference that
// shares nothing with the table-driven engine but the parameters.
struct Model
{
    int width;
    quint64 poly;
    quint64 init;
    bool refIn;
    bool refOut;
    quint64 xorOut;
};

inline quint64 reflectBits(quint64 value, int width)
{
    quint64 out = 0;
    for (int i = 0; i < width; ++i)
        out = (out << 1) | ((value >> i) & 1);
    return out;
}

inline quint64 bitwiseCrc(const Model &m, QByteArrayView data)
{
    const quint64 mask = (quint64(1) << m.width) - 1;
    const quint64 top = quint64(1) << (m.width - 1);
    quint64 reg = m.init;
    for (const char c : data) {
        const quint64 byte = m.refIn ? reflectBits(uchar(c), 8) : uchar(c);
        for (int bit = 7; bit >= 0; --bit) {
            const bool in = (byte >> bit) & 1;
            const bool out = reg & top;
            reg = (reg << 1) & mask;
            if (in != out)
                reg ^= m.poly;
        }
    }
    if (m.refOut)
        reg = reflectBits(reg, m.width);
    return (reg ^ m.xorOut) & mask;
}

inline quint32 reference(Algorithm algorithm, QByteArrayView data)
{
    quint32 sum = 0;
    quint32 x = 0;
    for (const char c : data) {
        sum += uchar(c);
        x ^= uchar(c);
    }
    switch (algorithm) {
    case Algorithm::Crc8: return quint32(bitwiseCrc({8, 0x07, 0, false, false, 0}, data));
    case Algorithm::Crc16Modbus: return quint32(bitwiseCrc({16, 0x8005, 0xFFFF, true, true, 0}, data));
    case Algorithm::Crc16CcittFalse: return quint32(bitwiseCrc({16, 0x1021, 0xFFFF, false, false, 0}, data));
    case Algorithm::Crc16Xmodem: return quint32(bitwiseCrc({16, 0x1021, 0, false, false, 0}, data));
    case Algorithm::Crc16Arc: return quint32(bitwiseCrc({16, 0x8005, 0, true, true, 0}, data));
    case Algorithm::Crc32: return quint32(bitwiseCrc({32, 0x04C11DB7, 0xFFFFFFFF, true, true, 0xFFFFFFFF}, data));
    case Algorithm::Crc32c: return quint32(bitwiseCrc({32, 0x1EDC6F41, 0xFFFFFFFF, true, true, 0xFFFFFFFF}, data));
    case Algorithm::Sum8: return sum & 0xFF;
    case Algorithm::Sum16: return sum & 0xFFFF;
    case Algorithm::Xor8: return x;
    case Algorithm::Lrc: return (256 - (sum & 0xFF)) & 0xFF;
    }
    return 0;
}

} // namespace SockpitTest::ChecksumModel
