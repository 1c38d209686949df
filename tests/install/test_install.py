#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""`make install` / `make uninstall` into a temporary DESTDIR.

Usage: python3 tests/install/test_install.py [--build build | --fun build/fun] [-v]
Installs with PREFIX=/usr DESTDIR=<tmp>, checks the layout (DESIGN section 7),
runs the installed binary from another directory with FUN_LIB_DIR unset
(a `#include <...>` of the installed library and an installed example),
builds the embedding example against the installed fun.h, libfun.a and
fun.pc and runs it, then uninstalls and checks that nothing is left. Prints `N passed, N failed`.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PREFIX = "/usr"


class Failure(Exception):
    pass


def check(cond, msg):
    if not cond:
        raise Failure(msg)


def files_under(d):
    out = []
    for base, _, names in os.walk(d):
        for n in names:
            out.append(os.path.relpath(os.path.join(base, n), d))
    return sorted(out)


def make(build, target, destdir):
    cmd = ["make", "-s", "-C", ROOT, target, "BUILD=" + build, "PREFIX=" + PREFIX,
           "DESTDIR=" + destdir]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    if r.returncode != 0:
        raise Failure("%s failed:\n%s%s" % (" ".join(cmd), r.stdout, r.stderr))


def run_fun(fun, args, cwd, stdin=None, timeout=20):
    env = dict(os.environ)
    env.pop("FUN_LIB_DIR", None)
    env["HOME"] = cwd
    return subprocess.run([fun] + args, cwd=cwd, env=env, capture_output=True, text=True,
                          input=stdin, timeout=timeout)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build", help="build directory (BUILD=) to install from")
    ap.add_argument("--fun", help="BUILD/fun: same as --build BUILD")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    if args.fun:
        args.build = os.path.dirname(os.path.abspath(args.fun))
    build = os.path.relpath(os.path.abspath(args.build), ROOT)
    tmp = tempfile.mkdtemp(prefix="fun-install-")
    dest = os.path.join(tmp, "dest")
    elsewhere = os.path.join(tmp, "work")
    os.makedirs(elsewhere)
    root = dest + PREFIX
    fun = os.path.join(root, "bin", "fun")
    libdir = os.path.join(root, "share", "fun", "lib")
    exdir = os.path.join(root, "share", "fun", "examples")
    results = []

    def step(name, fn):
        try:
            fn()
            results.append((name, None))
            if args.verbose:
                print("PASS install/%s" % name)
        except Failure as e:
            results.append((name, str(e)))
            print("FAIL install/%s: %s" % (name, e))
        except subprocess.TimeoutExpired as e:
            results.append((name, "timeout"))
            print("FAIL install/%s: timeout %s" % (name, e.cmd))

    def do_install():
        make(build, "install", dest)

    def layout():
        check(os.access(fun, os.X_OK), "no executable bin/fun")
        check(os.path.isfile(os.path.join(root, "share", "man", "man1", "fun.1")), "no man page")
        want_lib = files_under(os.path.join(ROOT, "lib"))
        check(files_under(libdir) == want_lib, "share/fun/lib differs from lib/")
        want_ex = files_under(os.path.join(ROOT, "examples"))
        check(files_under(exdir) == want_ex, "share/fun/examples differs from examples/")
        docs = files_under(os.path.join(root, "share", "doc", "fun"))
        for d in ["language.md", "includes.md", "troubleshooting.md", "opcodes.md"]:
            if os.path.exists(os.path.join(ROOT, "docs", d)):
                check(d in docs, "share/doc/fun lacks " + d)
        everything = files_under(dest)
        for f in ["include/fun.h", "lib/libfun.a", "lib/pkgconfig/fun.pc"]:
            check(os.path.isfile(os.path.join(root, f)), "no " + f)
        allowed = ("usr/bin/fun", "usr/share/man/man1/fun.1", "usr/share/fun/",
                   "usr/share/doc/fun/", "usr/include/fun.h", "usr/lib/libfun.a",
                   "usr/lib/pkgconfig/fun.pc")
        stray = [f for f in everything if not f.startswith(allowed)]
        check(not stray, "unexpected installed files: %r" % stray)

    def version():
        r = run_fun(fun, ["--version"], elsewhere)
        check(r.returncode == 0 and r.stdout.startswith("Fun "), "fun --version: %r" % r.stdout)

    def lib_include():
        # A library file found through the exe-relative path (../share/fun/lib):
        # the compiled-in PREFIX path does not exist under DESTDIR.
        probe = os.path.join(libdir, "zz_install_probe.fun")
        with open(probe, "w") as f:
            f.write('fun install_probe(x)\n  return "probe " + x\n')
        try:
            script = os.path.join(elsewhere, "use_lib.fun")
            with open(script, "w") as f:
                f.write('#include <zz_install_probe.fun>\nprint(install_probe("ok"))\n'
                        '#include <zz_install_probe.fun> as p\nprint(p.install_probe("ns"))\n')
            r = run_fun(fun, ["use_lib.fun"], elsewhere)
            check(r.returncode == 0 and r.stdout == "probe ok\nprobe ns\n",
                  "include of the installed lib: rc=%d out=%r err=%r"
                  % (r.returncode, r.stdout, r.stderr))
        finally:
            os.remove(probe)
        # every installed top-level library file can be included
        for rel in files_under(libdir):
            if not rel.endswith(".fun"):
                continue
            with open(os.path.join(elsewhere, "inc.fun"), "w") as f:
                f.write("#include <%s> as m\nprint(\"included\")\n" % rel)
            r = run_fun(fun, ["inc.fun"], elsewhere)
            check("cannot find include" not in r.stderr,
                  "installed lib %s not found: %r" % (rel, r.stderr))

    def example():
        # the CGI example runs without a server: it includes <net/cgi.fun>
        cgi = os.path.join(exdir, "net", "htdocs", "hello.fun")
        if os.path.exists(cgi):
            env_args = {"REQUEST_METHOD": "GET", "QUERY_STRING": "name=Ada",
                        "SCRIPT_NAME": "/hello.fun", "PATH_INFO": "", "CONTENT_LENGTH": ""}
            env = dict(os.environ, **env_args)
            env.pop("FUN_LIB_DIR", None)
            r = subprocess.run([fun, cgi], cwd=elsewhere, env=env, capture_output=True,
                               text=True, input="", timeout=20)
            check(r.returncode == 0 and "Hello, Ada!" in r.stdout,
                  "installed CGI example: rc=%d out=%r err=%r"
                  % (r.returncode, r.stdout, r.stderr))
        # the library includes of every installed example resolve
        incs = set()
        for rel in files_under(exdir):
            if rel.endswith(".fun"):
                with open(os.path.join(exdir, rel)) as f:
                    for line in f:
                        line = line.strip()
                        if line.startswith("#include <"):
                            incs.add(line[len("#include <"):line.index(">")])
        for i, inc in enumerate(sorted(incs)):
            with open(os.path.join(elsewhere, "ex_inc.fun"), "w") as f:
                f.write("#include <%s> as m%d\nprint(\"ok\")\n" % (inc, i))
            r = run_fun(fun, ["ex_inc.fun"], elsewhere)
            check(r.returncode == 0 and r.stdout == "ok\n",
                  "include <%s> from the install: %r" % (inc, r.stderr))

    def embed_installed():
        # the host program compiles against the installed header alone and
        # links with the installed library plus the libraries fun.pc lists
        pc = {}
        with open(os.path.join(root, "lib", "pkgconfig", "fun.pc")) as f:
            for line in f:
                if ":" in line:
                    k, v = line.split(":", 1)
                    pc[k.strip()] = v.strip()
        check(pc.get("Libs", "").endswith("-lfun"), "fun.pc Libs: %r" % pc.get("Libs"))
        # the compiler and the sanitizer flags the library was built with
        with open(os.path.join(ROOT, build, "flags.stamp")) as f:
            stamp = f.read().strip()
        cc = stamp.split()[0]
        extra_ld = stamp.split("|", 1)[1].split()
        exe = os.path.join(elsewhere, "host")
        src = os.path.join(exdir, "embed", "host.c")
        cmd = ([cc, "-std=c11", "-I" + os.path.join(root, "include"), "-o", exe, src,
                "-L" + os.path.join(root, "lib"), "-lfun"] + pc.get("Libs.private", "").split()
               + extra_ld)
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
        check(r.returncode == 0, "building host.c on the install: %s\n%s" % (" ".join(cmd), r.stderr))
        r = subprocess.run([exe], cwd=elsewhere, capture_output=True, text=True, timeout=60)
        check(r.returncode == 0 and "host: batch-1 total = 100\n" in r.stdout,
              "installed host: rc=%d out=%r err=%r" % (r.returncode, r.stdout, r.stderr))

    def repl_installed():
        r = run_fun(fun, [], elsewhere, stdin="6 * 7\n")
        check(r.stdout == "42\n", "installed REPL: %r %r" % (r.stdout, r.stderr))

    def uninstall():
        make(build, "uninstall", dest)
        left = files_under(dest)
        check(not left, "left after uninstall: %r" % left)

    step("install", do_install)
    if results[-1][1] is None:
        step("layout", layout)
        step("version", version)
        step("lib_include", lib_include)
        step("example", example)
        step("repl", repl_installed)
        step("embed", embed_installed)
        step("uninstall", uninstall)
    shutil.rmtree(tmp, ignore_errors=True)
    failed = sum(1 for _, e in results if e)
    print("%d passed, %d failed" % (len(results) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
