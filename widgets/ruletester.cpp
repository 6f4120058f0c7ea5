#include "ruletester.h"

#include "codec.h"
#include "framematch.h"

#include <QCoreApplication>

namespace Sockpit {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sockpit::RuleTester)
};

QString textEncoding(const QString &encoding)
{
    return Encodings::isHex(encoding) ? QStringLiteral("UTF-8") : encoding;
}

QString whatItDoes(const CompiledRule &rule, const MatchInput &input, const QStringList &captures, quint64 counter,
                   const QString &encoding)
{
    switch (rule.rule.action) {
    case Rule::Action::Ignore:
        return Text::tr("does nothing (the rules after it do not see the frame)");
    case Rule::Action::Close:
        return Text::tr("closes the connection");
    case Rule::Action::Reply:
        break;
    }
    ReplyContext context;
    context.frame = &input;
    context.captures = captures;
    context.counter = counter;
    const QByteArray reply = rule.reply.render(context);
    if (reply.isEmpty())
        return Text::tr("would send nothing (the reply is empty)");
    return Text::tr("replies %1 (\"%2\")").arg(Hex::format(reply), RuleTester::readable(reply, encoding));
}

} // namespace

QString RuleTester::readable(const QByteArray &bytes, const QString &encoding)
{
    const QString text = StreamDecoder::decodeAlone(textEncoding(encoding), bytes);
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'\r': out += QStringLiteral("\\r"); break;
        case u'\n': out += QStringLiteral("\\n"); break;
        case u'\t': out += QStringLiteral("\\t"); break;
        case u'\\': out += QStringLiteral("\\\\"); break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7F)
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out;
}

QString RuleTester::describe(const RuleSet &rules, const QList<quint64> &hits, const QString &frame,
                             const QString &encoding)
{
    PayloadSpec spec;
    spec.hex = Encodings::isHex(encoding);
    spec.encoding = textEncoding(encoding);
    const Result<QByteArray> bytes = buildPayload(frame, spec);
    if (!bytes)
        return Text::tr("The frame cannot be read: %1").arg(bytes.error);
    const Result<std::vector<CompiledRule>> compiled = rules.compile(encoding);
    if (!compiled)
        return Text::tr("The rules cannot be used: %1").arg(compiled.error);
    const MatchInput input(bytes.value, encoding);
    for (size_t i = 0; i < compiled.value.size(); ++i) {
        const CompiledRule &rule = compiled.value[i];
        if (!rule.rule.enabled)
            continue;
        const MatchResult found = rule.matcher.match(input);
        if (!found.matched)
            continue;
        QString who = RuleSet::describe(int(i), rule.rule);
        who[0] = who[0].toUpper(); // it starts the sentence
        const quint64 counter = hits.value(qsizetype(i)) + 1;
        return Text::tr("%1 takes it and %2").arg(who, whatItDoes(rule, input, found.captures, counter, encoding));
    }
    if (rules.rules.isEmpty())
        return Text::tr("No rule takes it: there are no rules");
    bool anyOn = false;
    for (const Rule &rule : rules.rules)
        anyOn = anyOn || rule.enabled;
    return anyOn ? Text::tr("No rule takes it: no switched-on rule matches %1").arg(Hex::format(bytes.value))
                 : Text::tr("No rule takes it: every rule is switched off");
}

} // namespace Sockpit
