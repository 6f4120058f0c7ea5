#include "charboundary.h"

#include <QStringConverter>

#include <optional>

namespace Sockpit {

namespace {

// The bytes of a carry followed by a read, looked at from the end without joining them.
class Joined
{
public:
    Joined(QByteArrayView head, QByteArrayView tail)
        : m_head(head)
        , m_tail(tail)
    {
    }
    qsizetype size() const { return m_head.size() + m_tail.size(); }
    uchar operator[](qsizetype i) const
    {
        return uchar(i < m_head.size() ? m_head[i] : m_tail[i - m_head.size()]);
    }

private:
    QByteArrayView m_head;
    QByteArrayView m_tail;
};

// UTF-8: a lead byte in the last three bytes followed by fewer continuation
// bytes than it needs (the rule StreamDecoder keeps its unfinished tail by).
qsizetype unfinishedUtf8(const Joined &bytes)
{
    const qsizetype n = bytes.size();
    for (qsizetype back = 1; back <= qMin<qsizetype>(3, n); ++back) {
        const uchar b = bytes[n - back];
        if (b >= 0x80 && b < 0xC0)
            continue;
        if (b < 0xC2 || b > 0xF4)
            return 0;
        const qsizetype needed = b < 0xE0 ? 2 : (b < 0xF0 ? 3 : 4);
        return needed > back ? back : 0;
    }
    return 0;
}

// Two-byte encodings (GBK, Big5, EUC-KR, Shift_JIS): every lead byte is also a
// valid second byte, so only the run of lead-range bytes at the end is in
// doubt. A byte outside that range ends a character (it is a single byte or a
// second byte), and the run after it pairs up from its start.
template<typename IsLead>
qsizetype unfinishedDoubleByte(const Joined &bytes, IsLead isLead)
{
    qsizetype run = 0;
    for (qsizetype i = bytes.size() - 1; i >= 0 && isLead(bytes[i]); --i)
        ++run;
    return run % 2;
}

// GB18030 adds four-byte characters: lead, digit, lead, digit. A byte that is
// neither a lead byte nor a digit ends a character; from there the grammar is
// followed forwards to the end.
qsizetype unfinishedGb18030(const Joined &bytes)
{
    const auto isLead = [](uchar b) { return b >= 0x81 && b <= 0xFE; };
    const auto isDigit = [](uchar b) { return b >= 0x30 && b <= 0x39; };
    const qsizetype n = bytes.size();
    qsizetype i = n;
    while (i > 0 && (isLead(bytes[i - 1]) || isDigit(bytes[i - 1])))
        --i;
    while (i < n) {
        if (!isLead(bytes[i])) {
            ++i;
            continue;
        }
        if (i + 1 >= n)
            return n - i;
        if (!isDigit(bytes[i + 1])) {
            i += 2;
            continue;
        }
        if (i + 3 >= n)
            return n - i;
        i += 4;
    }
    return 0;
}

} // namespace

BoundaryRule boundaryRuleFor(const QString &encoding)
{
    const QByteArray name = encoding.toLatin1();
    if (const std::optional<QStringConverter::Encoding> builtin = QStringConverter::encodingForName(name.constData())) {
        switch (*builtin) {
        case QStringConverter::Utf8:
            return BoundaryRule::Utf8;
        case QStringConverter::Utf16LE:
        case QStringConverter::Utf16BE:
            return BoundaryRule::Utf16;
        case QStringConverter::Latin1:
            return BoundaryRule::SingleByte;
        default:
            return BoundaryRule::Unknown; // byte order marks and the like keep state of their own
        }
    }
    const QByteArray lower = name.toLower();
    if (lower == "gbk" || lower == "big5" || lower == "euc-kr")
        return BoundaryRule::DoubleByte;
    if (lower == "shift_jis")
        return BoundaryRule::ShiftJis;
    if (lower == "gb18030")
        return BoundaryRule::Gb18030;
    return BoundaryRule::Unknown;
}

CarriedBytes walkCarryAfter(BoundaryRule boundary, const CarriedBytes &carry, QByteArrayView data)
{
    const Joined bytes(carry.view(), data);
    qsizetype unfinished = 0;
    switch (boundary) {
    case BoundaryRule::Utf8:
        unfinished = unfinishedUtf8(bytes);
        break;
    case BoundaryRule::Utf16:
        unfinished = bytes.size() % 2;
        break;
    case BoundaryRule::DoubleByte:
        unfinished = unfinishedDoubleByte(bytes, [](uchar b) { return b >= 0x81 && b <= 0xFE; });
        break;
    case BoundaryRule::ShiftJis:
        unfinished = unfinishedDoubleByte(bytes, [](uchar b) { return (b >= 0x81 && b <= 0x9F) || (b >= 0xE0 && b <= 0xFC); });
        break;
    case BoundaryRule::Gb18030:
        unfinished = unfinishedGb18030(bytes);
        break;
    case BoundaryRule::SingleByte:
    case BoundaryRule::Unknown:
        break;
    }
    CarriedBytes next;
    next.size = quint8(qMin<qsizetype>(unfinished, sizeof next.bytes));
    for (qsizetype i = 0; i < next.size; ++i)
        next.bytes[i] = char(bytes[bytes.size() - next.size + i]);
    return next;
}

} // namespace Sockpit
