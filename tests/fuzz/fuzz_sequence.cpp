// Sequence files: any bytes give a sequence or a reason, never a crash; what
// parses writes back to JSON that parses to an equal sequence, and compiles
// all or nothing in a few encodings.

#include "fuzzcheck.h"
#include "sequence.h"

using namespace Sockpit;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<Sequence> parsed = Sequence::fromJson(text);
    if (!parsed.ok()) {
        FUZZ_CHECK(!parsed.error.isEmpty(), Fuzz::shown(text));
        return 0;
    }
    const QByteArray written = parsed.value.toJson();
    const Result<Sequence> again = Sequence::fromJson(written);
    FUZZ_CHECK(again.ok(), Fuzz::shown(text) + u'\n' + QString::fromUtf8(written) + u'\n' + again.error);
    FUZZ_CHECK(again.value == parsed.value, Fuzz::shown(text) + u'\n' + QString::fromUtf8(written));
    FUZZ_CHECK(again.value.toJson() == written, QString::fromUtf8(written));

    Fuzz::Draw draw(data, size);
    static const char *const Encodings[] = {"UTF-8", "GBK", "ISO-8859-1", "Hex"};
    const QString encoding = QString::fromLatin1(Encodings[draw.below(4)]);
    const CommandResolver resolver = [](const QString &name) -> std::optional<SendItem> {
        if (name != u"lib")
            return std::nullopt;
        SendItem item;
        item.data = QStringLiteral("LIB");
        return item;
    };
    const Result<CompiledSequence> compiled = CompiledSequence::compile(parsed.value, encoding, resolver);
    if (!compiled.ok()) {
        FUZZ_CHECK(compiled.error.startsWith(QStringLiteral("step ")), compiled.error);
        FUZZ_CHECK(compiled.value.steps.isEmpty(), compiled.error);
        return 0;
    }
    for (const CompiledStep &step : compiled.value.steps) {
        FUZZ_CHECK(!step.path.isEmpty() && !step.title.isEmpty(), QString::fromUtf8(written));
        if (step.kind == SequenceStep::Kind::Send)
            FUZZ_CHECK(!step.bytes.isEmpty(), step.path);
        if (step.kind == SequenceStep::Kind::Repeat)
            FUZZ_CHECK(step.end > 0 && step.end <= compiled.value.steps.size(), step.path);
    }
    return 0;
}
