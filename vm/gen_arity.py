#!/usr/bin/env python3
# Generates vm/src/builtins/arity.rs: how many positional arguments each builtin
# method and function whirl has accepts, and CPython 3.11's exact error
# messages when a call gives too few or too many, learned by *calling*
# CPython (the spec), not from its source.
#
#   python3 vm/gen_arity.py target/release/whirl > vm/src/builtins/arity.rs
#
# Whirl tells which names it registers (class `__dict__`s and module
# functions); CPython is probed only for those, each bound to a sample
# receiver, with 0 to 5 arguments, and once with a keyword argument (to
# learn which take none: `no_kw` is then CPython's message). An entry is written only when CPython
# has the same name with a kind whirl checks (a method of the type, a
# slot wrapper, a module function).
import re
import subprocess
import sys

WHIRL_DUMP = r"""
import builtins
mods = ["builtins", "math", "cmath", "time", "json", "gc", "sys", "random", "posix"]
seen = set()
for n in dir(builtins):
    t = getattr(builtins, n, None)
    if isinstance(t, type):
        for k, v in t.__dict__.items():
            if type(v).__name__ in ("builtin_function_or_method", "method_descriptor",
                                    "wrapper_descriptor"):
                print("T", t.__name__, k)
for m in mods:
    mod = __import__(m)
    for k in dir(mod):
        v = getattr(mod, k, None)
        if type(v).__name__ == "builtin_function_or_method":
            print("M", m, k)
"""

SAMPLES = {
    "object": object(), "int": 5, "bool": True, "float": 1.5, "str": "ab",
    "bytes": b"ab", "tuple": (1, 2), "list": [1, 2], "dict": {1: 2},
    "set": {1}, "frozenset": frozenset({1}), "range": range(3),
    "slice": slice(1), "property": property(), "type": int,
    "staticmethod": staticmethod(len), "classmethod": classmethod(len),
    "super": super(int, 1), "BaseException": BaseException(),
    "complex": 1 + 2j, "bytearray": bytearray(b"ab"),
    "memoryview": memoryview(bytearray(b"ab")),
}
NOT_PROBED = {
    "exit", "quit", "help", "breakpoint", "input", "_exit", "abort", "fork",
    "kill", "killpg", "forkpty", "setsid", "system", "execv", "execve",
    "close", "closerange", "dup2", "write", "read", "remove", "unlink",
    "rmdir", "mkdir", "makedirs", "rename", "replace", "chdir", "putenv",
    "unsetenv", "setrecursionlimit", "settrace", "setprofile", "freeze",
    "disable", "sleep", "print", "open", "fdopen", "exec", "eval",
}
ARITY = re.compile(
    r"takes (no|exactly|at least|at most|from|\d+) .*argument"
    r"|expected (at least |at most )?\d+ arguments?, got \d+"
    r"|missing (required argument|\d+ required positional)"
    r"|needs an argument|takes no arguments"
)
COUNT = [r"\((\d+) given\)", r"got (\d+)$", r"but (\d+) (?:were|was) given"]


def probe(f, n):
    try:
        f(*[None] * n)
    except TypeError as e:
        msg = str(e)
        if ARITY.search(msg):
            return msg
    except BaseException:
        pass
    return None


def template(f, n):
    """The too-many message for n arguments, with `{}` for the count."""
    msg = probe(f, n)
    if msg is None:
        return None
    for pat in COUNT:
        m = re.search(pat, msg)
        if m and m.group(1) == str(n):
            t = msg[: m.start(1)] + "{}" + msg[m.end(1):]
            msg2 = probe(f, n + 1)
            if msg2 is not None and t.replace("{}", str(n + 1)) == msg2:
                return t
    return None


def no_keywords(f):
    """CPython's message when f takes no keyword arguments at all, else ''."""
    try:
        f(__kw_probe=1)
    except TypeError as e:
        if str(e).endswith("takes no keyword arguments"):
            return str(e)
    except BaseException:
        pass
    return ""


def entry(owner, name, kind, objclass, f, kwf=None):
    msgs = [probe(f, n) for n in range(7)]
    ok = [n for n in range(7) if msgs[n] is None]
    if not ok:
        return None
    lo, hi = ok[0], ok[-1]
    if any(msgs[n] is not None for n in range(lo, hi + 1)):
        return None  # not a plain range: leave it to the function
    few = msgs[:lo]
    if hi >= 6:
        hi, many = 255, ""
    else:
        many = template(f, hi + 1)
        if many is None:
            return None
    return (owner, name, kind, objclass, lo, hi, few, many, no_keywords(kwf or f))


def rust_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    whirl = sys.argv[1]
    out = subprocess.run([whirl, "-c", WHIRL_DUMP], capture_output=True, text=True, check=True)
    entries = []
    for line in out.stdout.splitlines():
        tag, owner, name = line.split()
        if tag == "M" and name in NOT_PROBED:
            continue
        if tag == "T":
            import builtins
            t = getattr(builtins, owner, None)
            if t is None or owner not in SAMPLES or name == "__new__":
                continue
            # type.__call__ takes what the type it is called on takes: a
            # sample class (int) would give it int's counts.
            if (owner, name) == ("type", "__call__"):
                continue
            # super() words its count errors by call path (its own fast
            # call or a subclass's __init__): super_init checks them.
            if (owner, name) == ("super", "__init__"):
                continue
            d = t.__dict__.get(name)
            kind = type(d).__name__
            if kind == "method_descriptor":
                k = "Method"
            elif kind == "wrapper_descriptor":
                k = "Slot"
            else:
                continue
            # Bound through the descriptor: `getattr(int, "__repr__")` would
            # find int's own slot, not type's bound to int.
            f = d.__get__(SAMPLES[owner], type(SAMPLES[owner]))
            # Keywords are probed through the descriptor, as `x.m(k=1)`
            # calls it (a bound METH_VARARGS method words it otherwise).
            recv = SAMPLES[owner]
            kwf = lambda d=d, recv=recv, **kw: d(recv, **kw)
            e = entry(owner, name, k, d.__objclass__.__name__, f, kwf)
        else:
            mod = __import__(owner)
            f = getattr(mod, name, None)
            if f is None or not callable(f) or isinstance(f, type):
                continue
            e = entry(owner, name, "Function", "", f)
        if e is not None:
            entries.append(e)
    entries.sort(key=lambda e: (e[0], e[1]))
    print("// Generated by vm/gen_arity.py from CPython 3.11's behaviour; do not edit.")
    print("// Regenerate: python3 vm/gen_arity.py target/release/whirl > vm/src/builtins/arity.rs")
    print("use crate::function::{ArityEntry, ArityKind::*};")
    print()
    print("#[rustfmt::skip]")
    print("pub(crate) static TABLE: &[ArityEntry] = &[")
    for owner, name, k, objclass, lo, hi, few, many, nokw in entries:
        fs = ", ".join(rust_str(x) for x in few)
        print(
            f"    ArityEntry {{ owner: {rust_str(owner)}, name: {rust_str(name)}, kind: {k}, "
            f"objclass: {rust_str(objclass)}, min: {lo}, max: {hi}, few: &[{fs}], many: {rust_str(many)}, "
            f"no_kw: {rust_str(nokw)} }},"
        )
    print("];")


main()
