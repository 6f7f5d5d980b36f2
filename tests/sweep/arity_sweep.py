# The arity sweep (issue 10, point 4): calls every builtin function, every
# method of every builtin type and every function and class of the native
# modules whirl ships, with 0 to 3 arguments of assorted types, bound and
# through the class with a wrong `self`. Any outcome is fine (a result or
# any exception) except a panic, an abort or a hang: those are what
# `tests/arity_sweep.rs` looks for, driving this script in chunks.
#
#   whirl tests/sweep/arity_sweep.py START END   # runs calls START..END
#   whirl tests/sweep/arity_sweep.py count       # prints the number of calls
#
# Before each call one line `@@ N label` goes to stderr (flushed), so the
# harness knows which call a crash or a hang happened in and can resume
# after it.
import sys
import builtins

# Native modules of the stdlib crate (stdlib/src/lib.rs `install`).
MODULES = [
    "sys", "builtins", "time", "math", "os", "_io", "traceback", "json",
    "random", "_re", "__future__", "_tornado", "gc", "_warnings", "_hashlib",
]

# Callables skipped, each with why: they end the process, block, touch
# the process's files/descriptors/signals, or change interpreter state
# every later call depends on.
SKIP = {
    "exit": "ends the process",
    "quit": "ends the process",
    "sys.exit": "ends the process",
    "os._exit": "ends the process",
    "os.abort": "ends the process",
    "os.kill": "sends signals",
    "os.killpg": "sends signals",
    "os.fork": "forks",
    "os.close": "could close the harness's stderr",
    "os.closerange": "could close the harness's stderr",
    "os.dup2": "could replace the harness's stderr",
    "os.write": "writes to arbitrary descriptors",
    "os.read": "blocks on stdin-like descriptors",
    "os.remove": "file system side effects",
    "os.unlink": "file system side effects",
    "os.rmdir": "file system side effects",
    "os.mkdir": "file system side effects",
    "os.makedirs": "file system side effects",
    "os.rename": "file system side effects",
    "os.replace": "file system side effects",
    "os.chdir": "changes the working directory",
    "os.open": "file system side effects (creates files)",
    "os.symlink": "file system side effects",
    "os.link": "file system side effects",
    "os.chmod": "file system side effects",
    "os.fchmod": "changes arbitrary descriptors' files",
    "os.utime": "file system side effects",
    "os.truncate": "file system side effects",
    "os.ftruncate": "truncates arbitrary descriptors' files",
    "os.removedirs": "file system side effects",
    "os.renames": "file system side effects",
    "os.umask": "changes the process's file creation mask",
    "os.set_blocking": "changes arbitrary descriptors",
    "os.set_inheritable": "changes arbitrary descriptors",
    "os.system": "runs shell commands",
    "os.mkfifo": "file system side effects",
    "os.putenv": "environment side effects",
    "os.unsetenv": "environment side effects",
    "os.fdopen": "wraps (and closes) arbitrary descriptors",
    "open": "opens (and on collection closes) arbitrary descriptors, creates files",
    "_io.open": "opens (and closes) arbitrary descriptors, creates files",
    "_io.FileIO": "opens (and closes) arbitrary descriptors, creates files",
    "input": "reads standard input",
    "breakpoint": "interactive",
    "help": "interactive",
    "time.sleep": "blocks (its bad arguments are covered by conformance 31x)",
    "sys.setrecursionlimit": "changes the limit every later call runs under",
    "sys.settrace": "changes how every later call runs",
    "sys.setprofile": "changes how every later call runs",
    "sys.setswitchinterval": "interpreter state",
    "gc.disable": "interpreter state (cycles of later calls would pile up)",
    "gc.freeze": "interpreter state",
    "math.factorial": "huge arguments legitimately compute for ages (CPython too)",
    "math.comb": "huge arguments legitimately compute for ages (CPython too)",
    "math.perm": "huge arguments legitimately compute for ages (CPython too)",
    "math.prod": "fine, but slow on huge values; covered by conformance",
    "builtins.pow": "pow(3, 2**63-1) legitimately computes for ages (CPython too)",
    "pow": "pow(3, 2**63-1) legitimately computes for ages (CPython too)",
    "int.__pow__": "3 ** (2**63-1) legitimately computes for ages (CPython too)",
    "int.__rpow__": "legitimately computes for ages (CPython too)",
    "bool.__pow__": "legitimately computes for ages (CPython too)",
    "bool.__rpow__": "legitimately computes for ages (CPython too)",
    "_tornado.IOLoop.start": "runs the event loop forever",
    "_tornado.IOLoop.run_sync": "runs the event loop",
    "_tornado.IOLoop.run_forever": "runs the event loop forever",
    "_tornado.start": "runs the event loop until stopped",
    "_tornado.fork": "forks the process",
    "_tornado.set_future_await": "internal hook tornado.concurrent installs once",
    "_tornado.serve": "listens on the network",
    "_tornado.serve_http": "listens on the network",
    "_tornado.connect": "connects over the network",
    "_tornado.wait_child": "waits for child processes",
    "random.betavariate": "loops forever on an infinite alpha (CPython too)",
    "random.gammavariate": "loops forever on an infinite alpha (CPython too)",
    "exec": "runs code given as text: 'abc' is a NameError, but keeps the sweep honest",
    "eval": "as exec",
}


class User:
    pass


def values():
    """A fresh set of assorted arguments for every call (methods may
    mutate their arguments)."""
    return [
        None, 0, -1, 3, sys.maxsize, 2**64, -10**30, 1.5, float("nan"),
        float("inf"), -float("inf"), "abc", "", b"xy", [1, 2], {"a": 1},
        (1,), {1}, User(), int,
    ]


NV = len(values())
# Argument lists, as index tuples into values().
ARGS = [()]
ARGS += [(i,) for i in range(NV)]
ARGS += [(i, (i * 7 + 3) % NV) for i in range(NV)]
ARGS += [(i, (i * 3 + 1) % NV, (i * 11 + 5) % NV) for i in range(0, NV, 2)]
# Wrong receivers for calls through the class.
WRONG_SELF = [0, 11, 14, 18]


def targets():
    out = []
    seen = set()

    def add(label, obj):
        key = label
        if key in seen or label in SKIP:
            return
        seen.add(key)
        out.append((label, obj))

    types = []
    for name in sorted(dir(builtins)):
        v = getattr(builtins, name, None)
        if isinstance(v, type):
            types.append((name, v))

    def gen():
        yield 1

    extra = [
        type(None), type(len), type(lambda: 0), type(gen()), type(iter([])),
        type(iter({})), type(iter("")), type(iter(range(1))), type([].append),
        type(NotImplemented), type(...), type(sys), type(User().__init__),
    ]
    for t in extra:
        types.append((t.__name__, t))
    for name in sorted(dir(builtins)):
        v = getattr(builtins, name, None)
        if callable(v) and not isinstance(v, type):
            add(name, v)
    for tname, t in types:
        add(tname, t)
        for attr in sorted(dir(t)):
            try:
                m = getattr(t, attr)
            except Exception:
                continue
            if callable(m):
                add(tname + "." + attr, m)
    for mname in MODULES:
        try:
            mod = __import__(mname)
        except Exception:
            continue
        for attr in sorted(dir(mod)):
            try:
                v = getattr(mod, attr)
            except Exception:
                continue
            if not callable(v):
                continue
            add(mname + "." + attr, v)
            if isinstance(v, type) and getattr(v, "__module__", "") != "builtins":
                for a2 in sorted(dir(v)):
                    try:
                        m = getattr(v, a2)
                    except Exception:
                        continue
                    if callable(m):
                        add(mname + "." + attr + "." + a2, m)
    return out


def plan():
    calls = []
    for label, obj in targets():
        for a in ARGS:
            calls.append((label, obj, None, a))
        # Through the class with a wrong self: only for methods.
        if "." in label:
            for s in WRONG_SELF:
                for a in ARGS[: 1 + NV // 4]:
                    calls.append((label, obj, s, a))
    return calls


def main():
    calls = plan()
    if sys.argv[1] == "count":
        print(len(calls))
        return
    start = int(sys.argv[1])
    end = min(int(sys.argv[2]), len(calls))
    err = sys.stderr
    for n in range(start, end):
        label, obj, s, a = calls[n]
        err.write("@@ %d %s %r %r\n" % (n, label, s, a))
        err.flush()
        vs = values()
        args = [vs[i] for i in a]
        if s is not None:
            args.insert(0, vs[s])
        try:
            obj(*args)
        except BaseException:
            pass
    err.write("@@ done\n")
    err.flush()


main()
