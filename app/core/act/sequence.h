#pragma once

#include "framematch.h"
#include "result.h"
#include "senditem.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>
#include <optional>

namespace Sockpit {

/// One step of a sequence as the user wrote it. Only the fields of its kind count.
struct SequenceStep
{
    enum class Kind : quint8 {
        Send,   ///< send a SendItem, or a command of the library by name
        Wait,   ///< wait waitMs
        Expect, ///< wait for a received frame that matches, within timeoutMs
        Repeat, ///< run the nested steps count times (0: until stopped)
    };
    /// What a missed Expect does: end the run, or record the miss and go on.
    enum class OnFail : quint8 { Fail, Continue };

    static constexpr int DefaultTimeoutMs = 2000;
    /// Waits and timeouts beyond a day are typing mistakes.
    static constexpr int MaxMs = 24 * 60 * 60 * 1000;
    static constexpr int MaxRepeat = 1000000;

    Kind kind = Kind::Send;
    QString name; ///< optional label shown with the step's results

    SendItem send;   ///< Send: the literal data, when command is empty
    QString command; ///< Send: a command's name, resolved when the sequence is compiled

    int waitMs = 0; ///< Wait

    FrameMatchSpec match; ///< Expect
    int timeoutMs = DefaultTimeoutMs;
    OnFail onFail = OnFail::Fail;

    int count = 1;              ///< Repeat: 0 repeats until stopped
    QList<SequenceStep> steps;  ///< Repeat: never empty

    /// "send", "wait", "expect", "repeat": the JSON keys.
    static QString kindName(Kind kind);

    bool operator==(const SequenceStep &other) const;
    bool operator!=(const SequenceStep &other) const { return !(*this == other); }
};

/// Looks a command up by name (the window: in the command library).
using CommandResolver = std::function<std::optional<SendItem>(const QString &name)>;

/// A test sequence: steps run over a session's connection, one after another.
///
/// The file, version 1:
///   {"version": 1, "name": "login then query",
///    "commands": {"login": {"text": "LOGIN admin", "lineEnding": "crlf"}},
///    "steps": [
///      {"send": {"command": "login"}},
///      {"expect": {"match": "starts-with", "pattern": "OK"}, "timeoutMs": 2000, "onFail": "fail"},
///      {"wait": 100},
///      {"repeat": 3, "steps": [{"send": {"text": "QUERY\r\n"}},
///                              {"expect": {"match": "regex", "pattern": "^VALUE=\\d+"}}]}]}
/// Every step may carry a "name". "repeat" is a count or "forever". A send
/// holds a SendItem's fields or {"command": NAME}: the file's own "commands"
/// first, then the resolver given to compile().
struct Sequence
{
    static constexpr int Version = 1;
    /// Nesting of repeats, and steps in all: a sequence is written by hand.
    static constexpr int MaxDepth = 16;
    static constexpr int MaxSteps = 10000;

    QString name;
    QMap<QString, SendItem> commands; ///< the file's own commands
    QList<SequenceStep> steps;

    /// Parses a sequence file's text. Errors say where: "line L, column C: …"
    /// for JSON syntax, "step 3.2 (expect): …" for a step (3.2: the second
    /// step inside step 3).
    static Result<Sequence> fromJson(const QByteArray &text);
    static Result<Sequence> fromJsonObject(const QJsonObject &object);
    /// Reads path; errors start with the file's name. A sequence without a
    /// name is called after the file.
    static Result<Sequence> load(const QString &path);

    QJsonObject toJsonObject() const;
    QByteArray toJson() const;
    /// Written atomically.
    Status save(const QString &path) const;

    bool operator==(const Sequence &other) const
    {
        return name == other.name && commands == other.commands && steps == other.steps;
    }
    bool operator!=(const Sequence &other) const { return !(*this == other); }
};

/// One step made ready to run: bytes encoded, matcher compiled. Repeats are
/// kept in place and know where their nested steps end, so the runner walks
/// a flat list.
struct CompiledStep
{
    SequenceStep::Kind kind = SequenceStep::Kind::Send;
    QString path;  ///< "3.2": the second step inside the third
    QString title; ///< what the step does, e.g. "expect starts-with \"OK\""
    QByteArray bytes;      ///< Send
    int waitMs = 0;        ///< Wait
    FrameMatcher matcher;  ///< Expect
    int timeoutMs = 0;     ///< Expect
    SequenceStep::OnFail onFail = SequenceStep::OnFail::Fail;
    int count = 1;         ///< Repeat (0: until stopped)
    int end = 0;           ///< Repeat: the index after its last nested step
};

/// A sequence compiled for one session encoding, all or nothing.
struct CompiledSequence
{
    QString name;
    QString encoding;
    QList<CompiledStep> steps; ///< pre-order: a repeat, then its nested steps

    /// Every command resolved, every matcher compiled and every send encoded
    /// in encoding, or the first problem, named by its step.
    static Result<CompiledSequence> compile(const Sequence &sequence, const QString &encoding,
                                            const CommandResolver &resolver = {});
};

} // namespace Sockpit
