#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Run a command inside a private network namespace with only loopback up.

Usage: python3 tools/netns.py COMMAND [ARG ...]

Inside, 127.0.0.1 and ::1 work and nothing else is reachable: a name lookup
that would ask the configured DNS server fails at once without a packet
leaving the machine. The command gets FUN_NETNS=1 in its environment so that
tests needing such isolation can tell (tests/run_tests.py skips them when it
is missing).

Where the system refuses a new namespace (no unprivileged user namespaces,
a seccomp filter), the command runs as it is with FUN_NETNS=0, after one
warning on stderr. Exit status: the command's.

Needs only the `unshare` program (util-linux) and Python's standard library:
loopback is brought up with the SIOCSIFFLAGS ioctl, no `ip` tool required.
"""

import fcntl
import os
import socket
import struct
import subprocess
import sys

SIOCGIFFLAGS = 0x8913
SIOCSIFFLAGS = 0x8914
IFF_UP = 0x1


def loopback_up():
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        req = struct.pack("16sh", b"lo", 0)
        flags = struct.unpack("16sh", fcntl.ioctl(s.fileno(), SIOCGIFFLAGS, req))[1]
        fcntl.ioctl(s.fileno(), SIOCSIFFLAGS, struct.pack("16sh", b"lo", flags | IFF_UP))
    finally:
        s.close()


def inside(cmd):
    loopback_up()
    with open("/proc/net/dev") as f:
        names = [l.split(":")[0].strip() for l in f.readlines()[2:]]
    if names != ["lo"]:
        sys.stderr.write("netns: unexpected interfaces %r; refusing\n" % names)
        return 2
    env = dict(os.environ)
    env["FUN_NETNS"] = "1"
    os.execvpe(cmd[0], cmd, env)
    return 127


def main(argv):
    if len(argv) >= 1 and argv[0] == "--inside":
        return inside(argv[1:])
    if not argv:
        sys.stderr.write(__doc__)
        return 2
    if os.environ.get("FUN_NETNS") in ("0", "1"):  # decided already
        os.execvp(argv[0], argv)
    probe = subprocess.run(["unshare", "-rn", "true"], stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL) if _have("unshare") else None
    if probe is None or probe.returncode != 0:
        sys.stderr.write("netns: cannot create a private network namespace here "
                         "(unshare -rn failed); running without one, tests that "
                         "need it are skipped\n")
        env = dict(os.environ)
        env["FUN_NETNS"] = "0"  # tried: not available
        os.execvpe(argv[0], argv, env)
    os.execvp("unshare", ["unshare", "-rn", sys.executable, os.path.abspath(__file__),
                          "--inside"] + argv)
    return 127


def _have(prog):
    for d in os.environ.get("PATH", "/usr/bin:/bin").split(os.pathsep):
        if os.access(os.path.join(d, prog), os.X_OK):
            return True
    return False


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
