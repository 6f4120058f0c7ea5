// Rule lists from bytes: the text before the first NUL byte is a rules file,
// the byte after it picks an encoding and the rest is a received frame. Any
// input gives rules or a reason; rules that read write back to JSON that
// reads to the same rules; rules that compile match the frame and render
// their replies without crashing, each regex match with all its groups.

#include "fuzzcheck.h"
#include "ruleset.h"

using namespace Sockpit;

namespace {

void applyTo(const std::vector<CompiledRule> &rules, QByteArrayView frame, const QString &encoding)
{
    const MatchInput input(frame, encoding);
    quint64 counter = 0;
    for (const CompiledRule &rule : rules) {
        if (!rule.rule.enabled)
            continue;
        const MatchResult found = rule.matcher.match(input);
        FUZZ_CHECK(found.matched == rule.matcher.matches(input), rule.rule.match.pattern);
        if (!found.matched)
            continue;
        FUZZ_CHECK(found.captures.size() == rule.matcher.captureCount() + 1, rule.rule.match.pattern);
        if (rule.rule.action == Rule::Action::Reply) {
            ReplyContext context;
            context.frame = &input;
            context.captures = found.captures;
            context.counter = ++counter;
            context.now = QDateTime::fromMSecsSinceEpoch(0);
            const QByteArray first = rule.reply.render(context);
            FUZZ_CHECK(rule.reply.render(context) == first, rule.rule.reply);
        }
        return; // the first match wins
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray all(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype nul = all.indexOf('\0');
    const QByteArray json = nul < 0 ? all : all.first(nul);
    const QByteArray rest = nul < 0 ? QByteArray() : all.mid(nul + 1);
    static const QString encodings[] = {QStringLiteral("UTF-8"), QStringLiteral("GBK"), QStringLiteral("UTF-16LE"),
                                        QStringLiteral("ISO-8859-1"), QStringLiteral("Hex")};
    const QString encoding = rest.isEmpty() ? encodings[0] : encodings[uchar(rest.at(0)) % 5];
    const QByteArray frame = rest.isEmpty() ? QByteArray() : rest.mid(1);

    const Result<RuleSet> parsed = RuleSet::fromJson(json);
    if (!parsed.ok()) {
        FUZZ_CHECK(!parsed.error.isEmpty(), Fuzz::shown(json));
        return 0;
    }
    const QByteArray written = parsed.value.toJson();
    const Result<RuleSet> again = RuleSet::fromJson(written);
    FUZZ_CHECK(again.ok(), Fuzz::shown(json) + u'\n' + again.error);
    FUZZ_CHECK(again.value == parsed.value, Fuzz::shown(json) + u'\n' + QString::fromUtf8(written));
    FUZZ_CHECK(again.value.toJson() == written, QString::fromUtf8(written));

    const auto compiled = parsed.value.compile(encoding);
    if (!compiled.ok()) {
        FUZZ_CHECK(compiled.error.startsWith(u"rule "), compiled.error);
        return 0;
    }
    FUZZ_CHECK(compiled.value.size() == size_t(parsed.value.rules.size()), Fuzz::shown(json));
    applyTo(compiled.value, frame, encoding);
    return 0;
}
