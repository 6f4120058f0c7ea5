#pragma once

#include "framematch.h"
#include "result.h"

#include <QString>

class QJsonObject;

namespace Sockpit {

/// One responder rule as the user keeps it: what to look for in a received
/// frame and what to do then (answer, close the connection, or nothing, which
/// stops the rules after it from looking at the frame).
struct Rule
{
    enum class Action : quint8 {
        Reply,  ///< send the reply (a ReplyTemplate), after delayMs
        Close,  ///< close the connection, after delayMs (UDP: nothing to close)
        Ignore, ///< do nothing; the rules after it do not see the frame
    };

    /// A delay longer than this is a mistake (an hour).
    static constexpr int MaxDelayMs = 3600 * 1000;

    QString name;
    bool enabled = true;
    FrameMatchSpec match;
    Action action = Action::Reply;
    QString reply;         ///< Reply: text with escapes and placeholders, or hex digits
    bool replyHex = false; ///< reply is hex digits (placeholders work too)
    int delayMs = 0;

    /// "reply", "close", "ignore": the JSON names.
    static QString actionName(Action action);
    static Result<Action> actionFromName(const QString &name);
    /// What the UI calls an action ("Reply", translated).
    static QString actionTitle(Action action);

    /// {"name", "enabled", "match", "pattern", "ignoreCase", "action",
    ///  "reply" | "replyHex", "delayMs"}; defaults are left out.
    void writeTo(QJsonObject &object) const;
    /// Reads what writeTo() wrote; the error names the field.
    static Result<Rule> readFrom(const QJsonObject &object);

    /// Answers every frame with itself (the old "Echo").
    static Rule echo();
    /// Answers every frame with text as typed (escapes, no placeholders: braces
    /// are literal), or with hex digits (the old "Fixed reply").
    static Rule fixedReply(const QString &text, bool hex);

    bool operator==(const Rule &other) const;
    bool operator!=(const Rule &other) const { return !(*this == other); }
};

} // namespace Sockpit
