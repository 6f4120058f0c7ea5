#include "sequence.h"

#include "logline.h"

#include <QCoreApplication>

namespace Sockpit {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sockpit::Sequence)
};

using Kind = SequenceStep::Kind;

/// Text as the user typed it, quoted, cut short for a one-line title.
QString quoted(const QString &text)
{
    constexpr qsizetype MaxShown = 40;
    const QString shown = LogLine::escaped(text);
    return u'"' + (shown.size() > MaxShown ? shown.left(MaxShown - 1) + u'\x2026' : shown) + u'"';
}

QString describe(const SequenceStep &step)
{
    switch (step.kind) {
    case Kind::Send:
        if (!step.command.isEmpty())
            return Text::tr("send command %1").arg(quoted(step.command));
        return step.send.hex ? Text::tr("send hex %1").arg(quoted(step.send.data)) : Text::tr("send %1").arg(quoted(step.send.data));
    case Kind::Wait: return Text::tr("wait %1 ms").arg(step.waitMs);
    case Kind::Expect: return Text::tr("expect %1 %2").arg(FrameMatchSpec::kindName(step.match.kind), quoted(step.match.pattern));
    case Kind::Repeat:
        return step.count == 0 ? Text::tr("repeat until stopped") : Text::tr("repeat %1 times").arg(step.count);
    }
    return QString();
}

class Compiler
{
public:
    Compiler(const Sequence &sequence, const QString &encoding, const CommandResolver &resolver)
        : m_sequence(sequence), m_encoding(encoding), m_resolver(resolver)
    {
    }

    Status compileList(const QList<SequenceStep> &steps, const QString &where, QList<CompiledStep> &out) const
    {
        for (qsizetype i = 0; i < steps.size(); ++i) {
            const SequenceStep &step = steps.at(i);
            const QString path = where + QString::number(i + 1);
            const qsizetype at = out.size();
            CompiledStep compiled;
            compiled.kind = step.kind;
            compiled.path = path;
            compiled.title = step.name.isEmpty() ? describe(step) : Text::tr("%1 (%2)").arg(step.name, describe(step));
            const Status made = compileOne(step, compiled);
            if (!made)
                return Status::failure(Text::tr("step %1 (%2): %3").arg(path, SequenceStep::kindName(step.kind), made.error));
            out.append(std::move(compiled));
            if (step.kind == Kind::Repeat) {
                const Status nested = compileList(step.steps, path + u'.', out);
                if (!nested)
                    return nested;
                out[at].end = int(out.size());
            }
        }
        return Status::success();
    }

private:
    Status compileOne(const SequenceStep &step, CompiledStep &compiled) const
    {
        switch (step.kind) {
        case Kind::Send: {
            const std::optional<SendItem> item = step.command.isEmpty() ? std::optional<SendItem>(step.send)
                                                                        : resolve(step.command);
            if (!item)
                return Status::failure(Text::tr("no command is called \"%1\"").arg(step.command));
            const Result<QByteArray> bytes = item->bytes(m_encoding);
            if (!bytes)
                return Status::failure(bytes.error);
            if (bytes.value.isEmpty())
                return Status::failure(Text::tr("there is nothing to send"));
            compiled.bytes = bytes.value;
            return Status::success();
        }
        case Kind::Wait: compiled.waitMs = step.waitMs; return Status::success();
        case Kind::Expect: {
            Result<FrameMatcher> matcher = FrameMatcher::compile(step.match, m_encoding);
            if (!matcher)
                return Status::failure(matcher.error);
            compiled.matcher = std::move(matcher.value);
            compiled.timeoutMs = step.timeoutMs;
            compiled.onFail = step.onFail;
            return Status::success();
        }
        case Kind::Repeat:
            if (step.steps.isEmpty())
                return Status::failure(Text::tr("there are no steps to repeat"));
            compiled.count = step.count;
            return Status::success();
        }
        return Status::success();
    }

    /// The file's own commands come first: a sequence file means what it says wherever it runs.
    std::optional<SendItem> resolve(const QString &name) const
    {
        const auto own = m_sequence.commands.constFind(name);
        if (own != m_sequence.commands.cend())
            return *own;
        return m_resolver ? m_resolver(name) : std::nullopt;
    }

    const Sequence &m_sequence;
    QString m_encoding;
    const CommandResolver &m_resolver;
};

} // namespace

Result<CompiledSequence> CompiledSequence::compile(const Sequence &sequence, const QString &encoding,
                                                   const CommandResolver &resolver)
{
    CompiledSequence compiled;
    compiled.name = sequence.name;
    compiled.encoding = encoding;
    if (sequence.steps.isEmpty())
        return Result<CompiledSequence>::failure(Text::tr("the sequence has no steps"));
    const Status made = Compiler(sequence, encoding, resolver).compileList(sequence.steps, QString(), compiled.steps);
    if (!made)
        return Result<CompiledSequence>::failure(made.error);
    return Result<CompiledSequence>::success(std::move(compiled));
}

} // namespace Sockpit
