#!/usr/bin/env bash
# Runs check.py against the real window: a private X display, a private D-Bus
# session (the accessibility bus starts inside it), both languages.
#   run.sh SOCKPIT_BINARY
# Exits 77 (skipped) when Xvfb, D-Bus or pyatspi are missing.
set -euo pipefail
binary=${1:?usage: run.sh SOCKPIT_BINARY}
here=$(cd "$(dirname "$0")" && pwd)
for tool in Xvfb dbus-run-session /usr/bin/python3; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed"; exit 77; }
done
/usr/bin/python3 -c 'import pyatspi' 2>/dev/null || { echo "SKIP: python3-pyatspi is not installed"; exit 77; }

# Xvfb picks a free display and writes its number once it accepts clients.
ready=$(mktemp)
Xvfb -displayfd 3 -noreset -screen 0 1400x900x24 -nolisten tcp 3>"$ready" >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; rm -f "$ready"' EXIT
for _ in $(seq 100); do [ -s "$ready" ] && break; sleep 0.1; done
[ -s "$ready" ] || { echo "FAIL: Xvfb did not start"; exit 1; }
display=:$(head -n1 "$ready")

export DISPLAY=$display
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
for language in en zh_CN; do
    dbus-run-session -- /usr/bin/python3 "$here/check.py" "$binary" "$language" 2> >(grep -v -e 'dbus-daemon' -e 'SpiRegistry' >&2)
done
