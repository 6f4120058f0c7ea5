#include "ruleset.h"

#include "jsonfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace Sockpit {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sockpit::RuleSet)
};

/// A rule's match and reply checked against encoding.
Result<CompiledRule> compileRule(const Rule &rule, const QString &encoding)
{
    using R = Result<CompiledRule>;
    CompiledRule compiled;
    compiled.rule = rule;
    Result<FrameMatcher> matcher = FrameMatcher::compile(rule.match, encoding);
    if (!matcher)
        return R::failure(matcher.error);
    compiled.matcher = std::move(matcher.value);
    if (rule.delayMs < 0 || rule.delayMs > Rule::MaxDelayMs)
        return R::failure(Text::tr("the delay must be from 0 to %1 ms").arg(Rule::MaxDelayMs));
    if (rule.action != Rule::Action::Reply)
        return R::success(std::move(compiled));
    if (rule.reply.isEmpty())
        return R::failure(Text::tr("the reply is empty: type what to answer, or choose \"do nothing\""));
    Result<ReplyTemplate> reply = ReplyTemplate::compile(rule.reply, rule.replyHex, encoding);
    if (!reply)
        return R::failure(Text::tr("reply: %1").arg(reply.error));
    const int groups = compiled.matcher.captureCount();
    if (reply.value.highestCapture() > groups) {
        return R::failure(Text::tr("reply: {%1} is not there: the match has %n group(s)", nullptr, groups)
                              .arg(reply.value.highestCapture()));
    }
    compiled.reply = std::move(reply.value);
    return R::success(std::move(compiled));
}

} // namespace

QString RuleSet::describe(int index, const Rule &rule)
{
    if (rule.name.isEmpty())
        return Text::tr("rule %1").arg(index + 1);
    return Text::tr("rule %1 '%2'").arg(index + 1).arg(rule.name);
}

Result<RuleSet> RuleSet::fromJson(const QByteArray &text)
{
    const Result<QJsonDocument> document = JsonFile::parse(text);
    if (!document)
        return Result<RuleSet>::failure(document.error);
    return fromDocument(document.value);
}

Result<RuleSet> RuleSet::fromDocument(const QJsonDocument &document)
{
    using R = Result<RuleSet>;
    if (!document.isObject())
        return R::failure(Text::tr("a rules file is an object: {\"version\": 1, \"rules\": […]}"));
    const QJsonObject top = document.object();
    const QJsonValue version = top.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != Version)
        return R::failure(Text::tr("\"version\" must be %1 (a rules file of this Sockpit)").arg(Version));
    const QJsonValue list = top.value(QStringLiteral("rules"));
    if (!list.isArray())
        return R::failure(Text::tr("\"rules\" is missing or not a list"));
    const QJsonArray array = list.toArray();
    if (array.size() > MaxRules)
        return R::failure(Text::tr("%1 rules are more than the %2 a list may have").arg(array.size()).arg(MaxRules));
    RuleSet set;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue value = array.at(i);
        if (!value.isObject())
            return R::failure(Text::tr("rule %1: a rule is an object").arg(i + 1));
        const QJsonObject object = value.toObject();
        const Result<Rule> rule = Rule::readFrom(object);
        if (!rule) {
            Rule named;
            named.name = object.value(QStringLiteral("name")).toString();
            return R::failure(Text::tr("%1: %2").arg(describe(int(i), named), rule.error));
        }
        set.rules.append(rule.value);
    }
    return R::success(set);
}

Result<RuleSet> RuleSet::load(const QString &path)
{
    const Result<QJsonDocument> document = JsonFile::read(path);
    if (!document)
        return Result<RuleSet>::failure(document.error); // already names the file
    Result<RuleSet> set = fromDocument(document.value);
    if (!set)
        set.error = Text::tr("%1: %2").arg(QDir::toNativeSeparators(path), set.error);
    return set;
}

QJsonDocument RuleSet::toDocument() const
{
    QJsonArray array;
    for (const Rule &rule : rules) {
        QJsonObject object;
        rule.writeTo(object);
        array.append(object);
    }
    QJsonObject top;
    top.insert(QStringLiteral("version"), Version);
    top.insert(QStringLiteral("rules"), array);
    return QJsonDocument(top);
}

QByteArray RuleSet::toJson() const
{
    return toDocument().toJson(QJsonDocument::Indented);
}

Status RuleSet::save(const QString &path) const
{
    return JsonFile::write(path, toDocument());
}

Result<std::vector<CompiledRule>> RuleSet::compile(const QString &encoding) const
{
    using R = Result<std::vector<CompiledRule>>;
    std::vector<CompiledRule> compiled;
    compiled.reserve(size_t(rules.size()));
    for (qsizetype i = 0; i < rules.size(); ++i) {
        Result<CompiledRule> rule = compileRule(rules.at(i), encoding);
        if (!rule)
            return R::failure(Text::tr("%1: %2").arg(describe(int(i), rules.at(i)), rule.error));
        compiled.push_back(std::move(rule.value));
    }
    return R::success(std::move(compiled));
}

RuleSet RuleSet::echo()
{
    RuleSet set;
    set.rules.append(Rule::echo());
    return set;
}

RuleSet RuleSet::fixedReply(const QString &text, bool hex)
{
    RuleSet set;
    set.rules.append(Rule::fixedReply(text, hex));
    return set;
}

} // namespace Sockpit
