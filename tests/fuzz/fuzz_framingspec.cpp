// FramingSpec::parse, the --frame argument and the stored panel setting: any
// text gives a valid spec or a reason; what is accepted round-trips through
// toString() and describes itself.

#include "framingspec.h"
#include "fuzzcheck.h"

using namespace Sockpit;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = Fuzz::utf8Text(data, size);
    const Result<FramingSpec> parsed = FramingSpec::parse(text);
    if (!parsed.ok()) {
        FUZZ_CHECK(!parsed.error.isEmpty(), Fuzz::shown(text));
        return 0;
    }
    const FramingSpec &spec = parsed.value;
    FUZZ_CHECK(spec.validate().ok(), Fuzz::shown(text) + u'\n' + spec.validate().error);
    const QString canonical = spec.toString();
    const Result<FramingSpec> again = FramingSpec::parse(canonical);
    FUZZ_CHECK(again.ok(), Fuzz::shown(text) + u'\n' + canonical + u'\n' + again.error);
    FUZZ_CHECK(again.value == spec, Fuzz::shown(text) + u'\n' + canonical + u'\n' + again.value.toString());
    FUZZ_CHECK(again.value.toString() == canonical, Fuzz::shown(text) + u'\n' + canonical);
    FUZZ_CHECK(!spec.describe().isEmpty(), Fuzz::shown(text));
    return 0;
}
