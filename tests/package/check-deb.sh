#!/usr/bin/env bash
# Builds the Debian package (make package) and checks it: control fields, the
# files it holds, and then that apt-get installs it with its dependencies, that
# the installed program runs, and that it is removed cleanly.
#
# Installing changes the machine, so that part runs as root and only where it
# is wanted: in CI (CI=true, a throwaway machine) or with --install. It refuses
# to touch a sockpit package that was already installed.
#
#   tests/package/check-deb.sh [--install]
set -euo pipefail
cd "$(dirname "$0")/../.."

fail() { echo "check-deb: $*" >&2; exit 1; }

install=no
[ "${CI:-}" = true ] && install=yes
[ "${1:-}" = --install ] && install=yes

build=${PACKAGE_BUILD:-build-package}
make package PACKAGE_BUILD="$build"

version=$(sed -n 's/^project(Sockpit VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
[ -n "$version" ] || fail "no version in CMakeLists.txt"
deb=$(realpath "$build/sockpit_${version}_$(dpkg --print-architecture).deb")
[ -f "$deb" ] || fail "$deb was not made"
echo "== checking $deb ($(stat -c %s "$deb") bytes)"

field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = sockpit ] || fail "package name is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "version is '$(field Version)', the project says $version"
[ "$(field Section)" = net ] || fail "section is '$(field Section)'"
depends=$(field Depends)
names=$(tr ',' '\n' <<<"$depends" | sed 's/^ *//; s/ .*//')
# From dpkg-shlibdeps, the plugins Qt loads at run time, and libcrypto (libssl3),
# loaded when a self-signed certificate is made.
for dep in libc6 libstdc++6 libqt6core6 libqt6network6 libqt6gui6 libqt6widgets6 qt6-qpa-plugins libqt6svg6 libssl3; do
    grep -qxF "$dep" <<<"$names" || fail "Depends lacks $dep: $depends"
done
field Recommends | grep -q fonts-wqy-microhei || fail "Recommends lacks a CJK font"

contents=$(dpkg-deb --contents "$deb" | awk '{print $6}')
for file in ./usr/bin/sockpit ./usr/share/applications/sockpit.desktop \
            ./usr/share/icons/hicolor/scalable/apps/sockpit.svg; do
    grep -qxF "$file" <<<"$contents" || fail "the package lacks $file"
done
dpkg-deb --fsys-tarfile "$deb" | tar -xO ./usr/bin/sockpit | file - | grep -q ', stripped' \
    || fail "the binary is not stripped"
echo "== control fields and files are right"

if [ "$install" != yes ]; then
    echo "== not installed (run as root with --install, or in CI)"
    exit 0
fi
[ "$(id -u)" -eq 0 ] || fail "installing needs root"
if dpkg-query -W -f='${Status}' sockpit 2>/dev/null | grep -q 'install ok installed'; then
    fail "a sockpit package is installed on this machine already; not replacing it"
fi
trap 'apt-get remove -y -q sockpit >/dev/null 2>&1 || true' EXIT
DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$deb"

[ "$(/usr/bin/sockpit --version)" = "sockpit $version" ] || fail "--version says '$(/usr/bin/sockpit --version)'"
report=$(sockpit --ipcalc 10.0.0.1/8)
for line in 'class: A' 'network: 10.0.0.0' 'broadcast: 10.255.255.255' 'usable_hosts: 16777214'; do
    grep -qxF "$line" <<<"$report" || fail "--ipcalc 10.0.0.1/8 lacks '$line'"
done
# The window on the offscreen platform, with its settings in a scratch folder:
# still running after 3 s (timeout's 124) means it started.
config=$(mktemp -d)
status=0
XDG_CONFIG_HOME="$config" QT_QPA_PLATFORM=offscreen timeout 3 sockpit || status=$?
rm -rf "$config"
[ "$status" -eq 124 ] || fail "the window did not keep running (exit $status)"

DEBIAN_FRONTEND=noninteractive apt-get remove -y -q sockpit
trap - EXIT
[ ! -e /usr/bin/sockpit ] || fail "/usr/bin/sockpit is left after removal"
echo "== installed, ran (--version, --ipcalc, the window) and removed"
