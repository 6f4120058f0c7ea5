#!/usr/bin/env bash
# Runs every fuzz target in DIR for SECONDS each, one after the other, and
# prints how many inputs each ran. Seeds come from tests/fuzz/corpus/<target>,
# tokens from tests/fuzz/<target>.dict where there is one; what the fuzzer
# learns is kept in DIR/corpus/<target> for the next run. A crash, a hang (10 s
# on one input) or a failed oracle fails the run, and the input is left in
# DIR/artifacts/<target>/.
#
#   tests/fuzz/run.sh build-fuzz/tests/fuzz 60
set -euo pipefail

dir=${1:?usage: run.sh BUILD_DIR/tests/fuzz SECONDS}
seconds=${2:-60}
seeds=$(cd "$(dirname "$0")" && pwd)/corpus
targets=(fuzz_hex fuzz_escapes fuzz_payload fuzz_decoder fuzz_endpoint fuzz_ipcalc fuzz_framer fuzz_checksum fuzz_framingspec fuzz_rules fuzz_pcapng fuzz_sequence)

# Leaks stay checked: the parsers own everything they allocate.
export ASAN_OPTIONS=abort_on_error=1:detect_leaks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# llvm-14 installs the symbolizer under a versioned name only.
if [ -z "${ASAN_SYMBOLIZER_PATH:-}" ] && [ -x /usr/lib/llvm-14/bin/llvm-symbolizer ]; then
    export ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-14/bin/llvm-symbolizer
fi

failed=()
summary=""
for target in "${targets[@]}"; do
    exe="$dir/$target"
    [ -x "$exe" ] || { echo "run.sh: $exe is not built" >&2; exit 2; }
    mkdir -p "$dir/corpus/$target" "$dir/artifacts/$target" "$dir/logs"
    log="$dir/logs/$target.log"
    echo "== $target: ${seconds}s"
    dict=()
    [ -f "$seeds/../$target.dict" ] && dict=(-dict="$seeds/../$target.dict")
    status=0
    "$exe" "${dict[@]}" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$dir/artifacts/$target/" \
        "$dir/corpus/$target" "$seeds/$target" >"$log" 2>&1 || status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1 || true)
    coverage=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2 || true)
    if [ "$status" -ne 0 ]; then
        failed+=("$target")
        tail -n 40 "$log"
        summary+=$(printf '%-14s FAILED (exit %s), see %s\n' "$target" "$status" "$log")$'\n'
    else
        summary+=$(printf '%-14s %12s runs  %6s edges  %4s corpus files\n' \
            "$target" "${runs:-?}" "${coverage:-?}" "$(ls "$dir/corpus/$target" | wc -l)")$'\n'
    fi
done

echo
echo "fuzzing, ${seconds}s per target:"
printf '%s' "$summary"
if [ "${#failed[@]}" -ne 0 ]; then
    echo "failed: ${failed[*]} (inputs in $dir/artifacts/)" >&2
    exit 1
fi
