#include "rule.h"

#include "namedvalues.h"
#include "replytemplate.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Sockpit {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sockpit::Rule)
};

constexpr NamedValue<Rule::Action> ActionNames[] = {
    {Rule::Action::Reply, u"reply"},
    {Rule::Action::Close, u"close"},
    {Rule::Action::Ignore, u"ignore"},
};

/// The optional fields after the match, each checked for its type.
Status readOptions(const QJsonObject &object, Rule &rule)
{
    const QJsonValue name = object.value(QStringLiteral("name"));
    if (!name.isUndefined() && !name.isString())
        return Status::failure(Text::tr("\"name\" must be a string"));
    rule.name = name.toString();
    const QJsonValue enabled = object.value(QStringLiteral("enabled"));
    if (!enabled.isUndefined() && !enabled.isBool())
        return Status::failure(Text::tr("\"enabled\" must be true or false"));
    rule.enabled = enabled.toBool(true);
    const QJsonValue delay = object.value(QStringLiteral("delayMs"));
    if (!delay.isUndefined()) {
        const double ms = delay.toDouble(-1);
        if (!delay.isDouble() || ms < 0 || ms > Rule::MaxDelayMs || ms != double(qint64(ms)))
            return Status::failure(Text::tr("\"delayMs\" must be a whole number of milliseconds from 0 to %1").arg(Rule::MaxDelayMs));
        rule.delayMs = int(ms);
    }
    return Status::success();
}

Status readReply(const QJsonObject &object, Rule &rule)
{
    const QJsonValue text = object.value(QStringLiteral("reply"));
    const QJsonValue hex = object.value(QStringLiteral("replyHex"));
    if (!text.isUndefined() && !hex.isUndefined())
        return Status::failure(Text::tr("give one of \"reply\" and \"replyHex\", not both"));
    const QJsonValue &given = hex.isUndefined() ? text : hex;
    if (!given.isUndefined() && !given.isString())
        return Status::failure(Text::tr("\"%1\" must be a string").arg(hex.isUndefined() ? QStringLiteral("reply") : QStringLiteral("replyHex")));
    rule.replyHex = !hex.isUndefined();
    rule.reply = given.toString();
    return Status::success();
}

} // namespace

QString Rule::actionName(Action action)
{
    return nameIn(ActionNames, action);
}

Result<Rule::Action> Rule::actionFromName(const QString &name)
{
    if (const std::optional<Action> action = valueIn(ActionNames, name))
        return Result<Action>::success(*action);
    return Result<Action>::failure(Text::tr("unknown action '%1' (reply, close or ignore)").arg(name));
}

QString Rule::actionTitle(Action action)
{
    switch (action) {
    case Action::Reply: return Text::tr("Reply");
    case Action::Close: return Text::tr("Close the connection");
    case Action::Ignore: return Text::tr("Do nothing");
    }
    return QString();
}

void Rule::writeTo(QJsonObject &object) const
{
    if (!name.isEmpty())
        object.insert(QStringLiteral("name"), name);
    if (!enabled)
        object.insert(QStringLiteral("enabled"), false);
    match.writeTo(object);
    object.insert(QStringLiteral("action"), actionName(action));
    if (replyHex)
        object.insert(QStringLiteral("replyHex"), reply);
    else if (!reply.isEmpty() || action == Action::Reply)
        object.insert(QStringLiteral("reply"), reply);
    if (delayMs != 0)
        object.insert(QStringLiteral("delayMs"), delayMs);
}

Result<Rule> Rule::readFrom(const QJsonObject &object)
{
    Rule rule;
    const Result<FrameMatchSpec> match = FrameMatchSpec::readFrom(object);
    if (!match)
        return Result<Rule>::failure(match.error);
    rule.match = match.value;
    const QJsonValue action = object.value(QStringLiteral("action"));
    if (!action.isUndefined()) {
        if (!action.isString())
            return Result<Rule>::failure(Text::tr("\"action\" must be a string"));
        const Result<Action> parsed = actionFromName(action.toString());
        if (!parsed)
            return Result<Rule>::failure(parsed.error);
        rule.action = parsed.value;
    }
    for (const Status &read : {readOptions(object, rule), readReply(object, rule)}) {
        if (!read)
            return Result<Rule>::failure(read.error);
    }
    return Result<Rule>::success(rule);
}

Rule Rule::echo()
{
    Rule rule;
    rule.name = Text::tr("Echo");
    rule.match.kind = FrameMatchSpec::Kind::Any;
    rule.reply = QStringLiteral("{frame}");
    return rule;
}

Rule Rule::fixedReply(const QString &text, bool hex)
{
    Rule rule;
    rule.name = Text::tr("Fixed reply");
    rule.match.kind = FrameMatchSpec::Kind::Any;
    rule.reply = hex ? text : ReplyTemplate::literal(text);
    rule.replyHex = hex;
    return rule;
}

bool Rule::operator==(const Rule &other) const
{
    return name == other.name && enabled == other.enabled && match == other.match && action == other.action
           && reply == other.reply && replyHex == other.replyHex && delayMs == other.delayMs;
}

} // namespace Sockpit
