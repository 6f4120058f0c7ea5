#!/usr/bin/env bash
# Runs a command in a private network namespace whose only interface is
# loopback (plus a veth pair whose two ends both stay inside), prepared for
# broadcast and multicast, so that nothing sent inside can leave the machine.
#   tests/netns/run.sh COMMAND [ARG...]
# Exits 77 (ctest's SKIP_RETURN_CODE) with a message when namespaces are not permitted.
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: $0 COMMAND [ARG...]" >&2; exit 2; }

prepare='
  ip link set lo up || exit 77
  ip link set lo multicast on || exit 77
  ip route add default dev lo || exit 77
  ip route add 224.0.0.0/4 dev lo 2>/dev/null || true
  ip -6 route add ff00::/8 dev lo table local 2>/dev/null || true
  # Loopback does not carry IPv6 multicast; a veth pair with both ends in this
  # namespace does (and still reaches nothing outside it). Optional.
  if ip link add spv0 type veth peer name spv1 2>/dev/null; then
    for d in spv0 spv1; do
      sysctl -qw net.ipv6.conf.$d.accept_dad=0 2>/dev/null || true
      ip link set $d up
    done
  fi
  SOCKPIT_NETNS=1 exec "$@"'

if ! command -v unshare >/dev/null || ! command -v ip >/dev/null; then
    echo "SKIP: unshare (util-linux) and ip (iproute2) are needed for a private network namespace" >&2
    exit 77
fi
# As root a network namespace alone; otherwise inside a user namespace, where permitted.
for flags in "--net" "--user --map-root-user --net"; do
    # shellcheck disable=SC2086
    if unshare $flags true 2>/dev/null; then
        # shellcheck disable=SC2086
        exec unshare $flags -- sh -c "$prepare" netns-run "$@"
    fi
done
echo "SKIP: network namespaces are not permitted here (unshare --net failed); broadcast and multicast tests not run" >&2
exit 77
