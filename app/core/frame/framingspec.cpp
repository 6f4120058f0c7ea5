#include "framingspec.h"

#include "codec.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace Sockpit {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sockpit::FramingSpec)
};

QString usage()
{
    return Text::tr("write read, gap:MS, delim:HEX[,HEX…], fixed:N or length:OFFSET,WIDTH,be|le[,payload|whole][,ADJUST]");
}

// The range checks, shared by validate() and parse(): parse checks the value
// typed before it is narrowed into the spec's field, so the message shows it.
QString gapError(qint64 ms)
{
    if (ms < 1)
        return Text::tr("an idle gap of %1 ms cannot end a frame: give at least 1 ms").arg(ms);
    if (ms > FramingSpec::MaxGapMs)
        return Text::tr("an idle gap of %1 ms is too long: at most %2 ms").arg(ms).arg(FramingSpec::MaxGapMs);
    return QString();
}

QString gapLimitError(qint64 limitMs, qint64 gapMs)
{
    if (limitMs < gapMs)
        return Text::tr("a frame that lasts at most %1 ms cannot wait for an idle gap of %2 ms: make the longest frame time at least the gap")
            .arg(limitMs)
            .arg(gapMs);
    if (limitMs > FramingSpec::MaxGapLimitMs)
        return Text::tr("a frame time of %1 ms is too long: at most %2 ms").arg(limitMs).arg(FramingSpec::MaxGapLimitMs);
    return QString();
}

QString maxError(qint64 bytes)
{
    if (bytes < 1)
        return Text::tr("a maximum frame size of %1 bytes cannot hold a frame: give at least 1 byte").arg(bytes);
    if (bytes > FramingSpec::MaxMaxFrameBytes)
        return Text::tr("a maximum frame size of %1 bytes is too large: at most %2 bytes")
            .arg(bytes)
            .arg(FramingSpec::MaxMaxFrameBytes);
    return QString();
}

QString fixedError(qint64 length, qint64 maxBytes)
{
    if (length < 1)
        return Text::tr("fixed frames of %1 bytes are impossible: give at least 1 byte").arg(length);
    if (length > maxBytes)
        return Text::tr("fixed frames of %1 bytes are longer than the maximum frame size of %2 bytes (raise it with ;max:BYTES)")
            .arg(length)
            .arg(maxBytes);
    return QString();
}

QString delimitersError(const QList<QByteArray> &delimiters, qint64 maxBytes)
{
    if (delimiters.isEmpty())
        return Text::tr("delimiter framing needs at least one delimiter");
    if (delimiters.size() > FramingSpec::MaxDelimiters)
        return Text::tr("%1 delimiters are too many: at most %2").arg(delimiters.size()).arg(FramingSpec::MaxDelimiters);
    for (qsizetype i = 0; i < delimiters.size(); ++i) {
        const qsizetype number = i + 1;
        const qsizetype size = delimiters.at(i).size();
        if (size == 0)
            return Text::tr("delimiter %1 is empty").arg(number);
        if (size > FramingSpec::MaxDelimiterBytes)
            return Text::tr("delimiter %1 is %2 bytes long: at most %3 bytes")
                .arg(number)
                .arg(size)
                .arg(FramingSpec::MaxDelimiterBytes);
        if (size > maxBytes)
            return Text::tr("delimiter %1 is longer than the maximum frame size of %2 bytes").arg(number).arg(maxBytes);
    }
    return QString();
}

QString lengthFieldError(const FramingSpec::LengthField &field, qint64 maxBytes)
{
    if (field.offset < 0)
        return Text::tr("the length field cannot start at a negative offset (%1)").arg(field.offset);
    if (field.width != 1 && field.width != 2 && field.width != 4)
        return Text::tr("a length field of %1 bytes is not supported: the width is 1, 2 or 4").arg(field.width);
    const qint64 end = qint64(field.offset) + field.width;
    if (end > maxBytes)
        return Text::tr("the length field (offset %1, %2 bytes) ends past the maximum frame size of %3 bytes")
            .arg(field.offset)
            .arg(field.width)
            .arg(maxBytes);
    if (field.adjust > FramingSpec::MaxMaxFrameBytes || field.adjust < -FramingSpec::MaxMaxFrameBytes)
        return Text::tr("a length adjustment of %1 is absurd: at most ±%2").arg(field.adjust).arg(FramingSpec::MaxMaxFrameBytes);
    return QString();
}

Status statusOf(const QString &error)
{
    return error.isEmpty() ? Status::success() : Status::failure(error);
}

// ---- parse helpers -------------------------------------------------------

bool toNumber(const QString &text, qint64 &value)
{
    bool ok = false;
    QString t = text.trimmed();
    if (t.startsWith(u'+'))
        t.remove(0, 1);
    value = t.toLongLong(&ok);
    return ok && !t.isEmpty() && !t.startsWith(u'+');
}

using ParseResult = Result<FramingSpec>;

ParseResult parseGap(const QString &value)
{
    if (value.trimmed().isEmpty())
        return ParseResult::failure(Text::tr("gap needs a time in milliseconds, e.g. gap:50"));
    qint64 ms = 0;
    if (!toNumber(value, ms))
        return ParseResult::failure(Text::tr("'%1' is not an idle gap in milliseconds").arg(value.trimmed()));
    if (const QString error = gapError(ms); !error.isEmpty())
        return ParseResult::failure(error);
    FramingSpec spec;
    spec.mode = FramingSpec::Mode::IdleGap;
    spec.gapMs = int(ms);
    return ParseResult::success(spec);
}

ParseResult parseDelimiters(const QString &value)
{
    if (value.trimmed().isEmpty())
        return ParseResult::failure(Text::tr("delim needs at least one delimiter in hex, e.g. delim:0D0A or delim:0x03"));
    const QStringList parts = value.split(u',');
    if (parts.size() > FramingSpec::MaxDelimiters)
        return ParseResult::failure(Text::tr("%1 delimiters are too many: at most %2").arg(parts.size()).arg(FramingSpec::MaxDelimiters));
    FramingSpec spec;
    spec.mode = FramingSpec::Mode::Delimiter;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const qsizetype number = i + 1;
        const Result<QByteArray> bytes = Hex::parse(parts.at(i));
        if (!bytes.ok())
            return ParseResult::failure(Text::tr("delimiter %1 ('%2'): %3").arg(number).arg(parts.at(i).trimmed(), bytes.error));
        if (bytes.value.isEmpty())
            return ParseResult::failure(Text::tr("delimiter %1 is empty: write its bytes in hex, e.g. 0D0A").arg(number));
        spec.delimiters.append(bytes.value);
    }
    return ParseResult::success(spec);
}

ParseResult parseFixed(const QString &value)
{
    if (value.trimmed().isEmpty())
        return ParseResult::failure(Text::tr("fixed needs a frame length in bytes, e.g. fixed:8"));
    qint64 length = 0;
    if (!toNumber(value, length))
        return ParseResult::failure(Text::tr("'%1' is not a frame length in bytes").arg(value.trimmed()));
    if (const QString error = fixedError(length, FramingSpec::MaxMaxFrameBytes); !error.isEmpty())
        return ParseResult::failure(error);
    FramingSpec spec;
    spec.mode = FramingSpec::Mode::FixedLength;
    spec.fixedLength = qsizetype(length);
    return ParseResult::success(spec);
}

// The optional fourth and fifth fields: payload|whole, then the adjustment.
QString parseLengthTail(const QStringList &parts, FramingSpec::LengthField &field)
{
    qsizetype next = 3;
    if (next < parts.size()) {
        const QString kind = parts.at(next).trimmed().toLower();
        if (kind == u"payload" || kind == u"whole") {
            field.countsWholeFrame = kind == u"whole";
            ++next;
        }
    }
    if (next < parts.size()) {
        qint64 adjust = 0;
        if (!toNumber(parts.at(next), adjust)) {
            const QString shown = parts.at(next).trimmed();
            return next == 3 ? Text::tr("'%1' is neither payload, whole nor a length adjustment").arg(shown)
                             : Text::tr("'%1' is not a length adjustment (a number of bytes, e.g. 2 or -2)").arg(shown);
        }
        if (adjust > FramingSpec::MaxMaxFrameBytes || adjust < -FramingSpec::MaxMaxFrameBytes)
            return Text::tr("a length adjustment of %1 is absurd: at most ±%2").arg(adjust).arg(FramingSpec::MaxMaxFrameBytes);
        field.adjust = adjust;
        ++next;
    }
    if (next < parts.size())
        return Text::tr("'%1' after the length field is one field too many").arg(parts.at(next).trimmed());
    return QString();
}

ParseResult parseLength(const QString &value)
{
    const QStringList parts = value.split(u',');
    if (value.trimmed().isEmpty() || parts.size() < 3)
        return ParseResult::failure(Text::tr("length needs OFFSET,WIDTH,be|le[,payload|whole][,ADJUST], e.g. length:0,2,be"));
    FramingSpec::LengthField field;
    qint64 offset = 0;
    if (!toNumber(parts.at(0), offset))
        return ParseResult::failure(Text::tr("'%1' is not an offset for the length field").arg(parts.at(0).trimmed()));
    if (offset < 0)
        return ParseResult::failure(Text::tr("the length field cannot start at a negative offset (%1)").arg(offset));
    if (offset > FramingSpec::MaxMaxFrameBytes)
        return ParseResult::failure(Text::tr("a length field at offset %1 is past any frame: at most %2")
                                        .arg(offset)
                                        .arg(FramingSpec::MaxMaxFrameBytes));
    qint64 width = 0;
    if (!toNumber(parts.at(1), width))
        return ParseResult::failure(Text::tr("'%1' is not a width for the length field: 1, 2 or 4").arg(parts.at(1).trimmed()));
    if (width != 1 && width != 2 && width != 4)
        return ParseResult::failure(Text::tr("a length field of %1 bytes is not supported: the width is 1, 2 or 4").arg(width));
    const QString order = parts.at(2).trimmed().toLower();
    if (order != u"be" && order != u"le")
        return ParseResult::failure(Text::tr("'%1' is not a byte order for the length field: write be or le").arg(parts.at(2).trimmed()));
    field.offset = int(offset);
    field.width = int(width);
    field.bigEndian = order == u"be";
    if (const QString error = parseLengthTail(parts, field); !error.isEmpty())
        return ParseResult::failure(error);
    FramingSpec spec;
    spec.mode = FramingSpec::Mode::LengthField;
    spec.length = field;
    return ParseResult::success(spec);
}

ParseResult parseMode(const QString &head)
{
    const qsizetype colon = head.indexOf(u':');
    const QString name = (colon < 0 ? head : head.left(colon)).trimmed().toLower();
    const QString value = colon < 0 ? QString() : head.mid(colon + 1);
    if (name.isEmpty())
        return ParseResult::failure(Text::tr("no framing given: %1").arg(usage()));
    if (name == u"read") {
        if (!value.trimmed().isEmpty())
            return ParseResult::failure(Text::tr("read takes no value ('%1')").arg(value.trimmed()));
        return ParseResult::success(FramingSpec::perRead());
    }
    if (name == u"gap")
        return parseGap(value);
    if (name == u"delim")
        return parseDelimiters(value);
    if (name == u"fixed")
        return parseFixed(value);
    if (name == u"length")
        return parseLength(value);
    return ParseResult::failure(Text::tr("unknown framing '%1': %2").arg(name, usage()));
}

QString parseOption(const QString &option, FramingSpec &spec)
{
    const qsizetype colon = option.indexOf(u':');
    const QString name = (colon < 0 ? option : option.left(colon)).trimmed().toLower();
    const QString value = colon < 0 ? QString() : option.mid(colon + 1).trimmed();
    if (name == u"strip") {
        if (spec.mode != FramingSpec::Mode::Delimiter)
            return Text::tr(";strip applies to delim framing only");
        if (colon >= 0)
            return Text::tr(";strip takes no value ('%1')").arg(value);
        spec.keepDelimiter = false;
        return QString();
    }
    if (name == u"max") {
        if (value.isEmpty())
            return Text::tr(";max needs a size in bytes, e.g. ;max:65536");
        qint64 bytes = 0;
        if (!toNumber(value, bytes))
            return Text::tr("'%1' is not a maximum frame size in bytes").arg(value);
        if (const QString error = maxError(bytes); !error.isEmpty())
            return error;
        spec.maxFrameBytes = qsizetype(bytes);
        return QString();
    }
    if (name == u"time") {
        if (spec.mode != FramingSpec::Mode::IdleGap)
            return Text::tr(";time applies to gap framing only");
        qint64 ms = 0;
        if (value.isEmpty() || !toNumber(value, ms))
            return Text::tr("';time' needs the longest a frame lasts in milliseconds, e.g. ;time:1000");
        // A number too large for the field is too long all the same.
        spec.gapLimitMs = int(qBound<qint64>(0, ms, qint64(FramingSpec::MaxGapLimitMs) + 1));
        if (const QString error = gapLimitError(ms, spec.gapMs); !error.isEmpty())
            return error;
        return QString();
    }
    if (name.isEmpty())
        return Text::tr("an empty option after ';': write ;max:BYTES, for gap ;time:MS or, for delim, ;strip");
    return Text::tr("';%1' is not a framing option: write ;max:BYTES, for gap ;time:MS or, for delim, ;strip")
        .arg(option.trimmed());
}

QString delimiterText(const QList<QByteArray> &delimiters)
{
    QStringList shown;
    for (const QByteArray &delimiter : delimiters)
        shown.append(Hex::format(delimiter));
    return shown.join(Text::tr(" or "));
}

// "1 s", "1500 ms": whole seconds read as seconds.
QString durationText(int ms)
{
    if (ms >= 1000 && ms % 1000 == 0)
        return Text::tr("%1 s").arg(ms / 1000);
    return Text::tr("%1 ms").arg(ms);
}

QString describeLength(const FramingSpec::LengthField &field)
{
    const QString order = field.bigEndian ? Text::tr("big-endian") : Text::tr("little-endian");
    const QString counted = field.countsWholeFrame ? Text::tr("the whole frame") : Text::tr("the bytes after it");
    if (field.adjust == 0)
        return Text::tr("A %1-byte %2 length at offset %3 counts %4.").arg(field.width).arg(order).arg(field.offset).arg(counted);
    const QString adjust = field.adjust > 0 ? QStringLiteral("+%1").arg(field.adjust) : QString::number(field.adjust);
    return Text::tr("A %1-byte %2 length at offset %3, adjusted by %4, counts %5.")
        .arg(field.width)
        .arg(order)
        .arg(field.offset)
        .arg(adjust, counted);
}

} // namespace

FramingSpec FramingSpec::perRead()
{
    FramingSpec spec;
    spec.mode = Mode::PerRead;
    return spec;
}

int FramingSpec::defaultGapLimit(int gapMs)
{
    return int(std::min<qint64>(std::max<qint64>(DefaultGapLimitMs, qint64(gapMs) * 10), MaxGapLimitMs));
}

int FramingSpec::gapLimit() const
{
    return gapLimitMs != 0 ? gapLimitMs : defaultGapLimit(gapMs);
}

Status FramingSpec::validate() const
{
    if (const QString error = maxError(maxFrameBytes); !error.isEmpty())
        return Status::failure(error);
    switch (mode) {
    case Mode::PerRead:
        return Status::success();
    case Mode::IdleGap:
        if (const QString error = gapError(gapMs); !error.isEmpty())
            return Status::failure(error);
        return statusOf(gapLimitMs == 0 ? QString() : gapLimitError(gapLimitMs, gapMs));
    case Mode::Delimiter:
        return statusOf(delimitersError(delimiters, maxFrameBytes));
    case Mode::FixedLength:
        return statusOf(fixedError(fixedLength, maxFrameBytes));
    case Mode::LengthField:
        return statusOf(lengthFieldError(length, maxFrameBytes));
    }
    return Status::failure(Text::tr("unknown framing mode"));
}

Result<FramingSpec> FramingSpec::parse(const QString &text)
{
    const QStringList pieces = text.split(u';');
    ParseResult result = parseMode(pieces.first());
    if (!result.ok())
        return result;
    for (qsizetype i = 1; i < pieces.size(); ++i) {
        if (const QString error = parseOption(pieces.at(i), result.value); !error.isEmpty())
            return ParseResult::failure(error);
    }
    if (const Status valid = result.value.validate(); !valid.ok())
        return ParseResult::failure(valid.error);
    return result;
}

QString FramingSpec::toString() const
{
    QString text;
    switch (mode) {
    case Mode::PerRead:
        text = QStringLiteral("read");
        break;
    case Mode::IdleGap:
        text = QStringLiteral("gap:%1").arg(gapMs);
        if (gapLimit() != defaultGapLimit(gapMs))
            text += QStringLiteral(";time:%1").arg(gapLimitMs);
        break;
    case Mode::Delimiter: {
        QStringList hex;
        for (const QByteArray &delimiter : delimiters)
            hex.append(QString::fromLatin1(delimiter.toHex().toUpper()));
        text = QStringLiteral("delim:") + hex.join(u',');
        if (!keepDelimiter)
            text += QStringLiteral(";strip");
        break;
    }
    case Mode::FixedLength:
        text = QStringLiteral("fixed:%1").arg(fixedLength);
        break;
    case Mode::LengthField:
        text = QStringLiteral("length:%1,%2,%3")
                   .arg(length.offset)
                   .arg(length.width)
                   .arg(length.bigEndian ? QStringLiteral("be") : QStringLiteral("le"));
        if (length.countsWholeFrame)
            text += QStringLiteral(",whole");
        if (length.adjust != 0)
            text += QStringLiteral(",%1").arg(length.adjust);
        break;
    }
    if (maxFrameBytes != DefaultMaxFrameBytes)
        text += QStringLiteral(";max:%1").arg(maxFrameBytes);
    return text;
}

QString FramingSpec::describe() const
{
    QString sentence;
    switch (mode) {
    case Mode::PerRead:
        sentence = Text::tr("Every read (every datagram) is a frame.");
        break;
    case Mode::IdleGap:
        sentence = Text::tr("A frame ends after %1 ms of silence or after %2.").arg(gapMs).arg(durationText(gapLimit()));
        break;
    case Mode::Delimiter:
        sentence = keepDelimiter ? Text::tr("A frame ends with %1, kept at its end.").arg(delimiterText(delimiters))
                                 : Text::tr("A frame ends with %1, removed from it.").arg(delimiterText(delimiters));
        break;
    case Mode::FixedLength:
        sentence = Text::tr("Every frame is %1 bytes long.").arg(fixedLength);
        break;
    case Mode::LengthField:
        sentence = describeLength(length);
        break;
    }
    if (maxFrameBytes != DefaultMaxFrameBytes)
        sentence += QLatin1Char(' ') + Text::tr("Frames are cut at %1 bytes.").arg(maxFrameBytes);
    return sentence;
}

bool FramingSpec::operator==(const FramingSpec &other) const
{
    if (mode != other.mode || maxFrameBytes != other.maxFrameBytes)
        return false;
    switch (mode) {
    case Mode::PerRead:
        return true;
    case Mode::IdleGap:
        return gapMs == other.gapMs && gapLimit() == other.gapLimit();
    case Mode::Delimiter:
        return delimiters == other.delimiters && keepDelimiter == other.keepDelimiter;
    case Mode::FixedLength:
        return fixedLength == other.fixedLength;
    case Mode::LengthField:
        return length.offset == other.length.offset && length.width == other.length.width
            && length.bigEndian == other.length.bigEndian && length.countsWholeFrame == other.length.countsWholeFrame
            && length.adjust == other.length.adjust;
    }
    return false;
}

} // namespace Sockpit
