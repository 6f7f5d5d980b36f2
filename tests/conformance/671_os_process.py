# os: the environment, the process, constants, fspath and friends.
import os
import sys


def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(getattr(f, "__name__", f), "->", repr(r))
    except Exception as e:
        print(getattr(f, "__name__", f), "!", type(e).__name__, e)


# environ writes through
os.environ["WHIRL_TEST_VAR"] = "value 1"
print(os.environ["WHIRL_TEST_VAR"], os.getenv("WHIRL_TEST_VAR"), "WHIRL_TEST_VAR" in os.environ)
del os.environ["WHIRL_TEST_VAR"]
print(os.getenv("WHIRL_TEST_VAR"), os.getenv("WHIRL_TEST_VAR", "dflt"), os.environ.get("WHIRL_TEST_VAR"))
show(os.environ.__getitem__, "WHIRL_TEST_VAR")
show(os.environ.__setitem__, "K", 1)
show(os.environ.__setitem__, 1, "v")
show(os.getenv, 1)
show(os.environ.__delitem__, "WHIRL_NOT_THERE")
os.environ.setdefault("WHIRL_A", "a")
os.environ.setdefault("WHIRL_A", "b")
print(os.environ["WHIRL_A"], os.environ.pop("WHIRL_A"), os.environ.pop("WHIRL_A", "gone"))
os.environ.update({"WHIRL_B": "1"}, WHIRL_C="2")
print(sorted(k for k in os.environ if k.startswith("WHIRL_")))
print(isinstance(os.environ.copy(), dict), len(os.environ) == len(dict(os.environ)))
r = repr(os.environ)
print(r.startswith("environ({"), r.endswith("})"))
new = os.environ | {"WHIRL_D": "4"}
print(type(new).__name__, new["WHIRL_D"], "WHIRL_D" in os.environ)
os.putenv("WHIRL_E", "5")
os.unsetenv("WHIRL_B")
show(os.putenv, "", "x")
show(os.putenv, "A=B", "x")
show(os.putenv, "A", "x\0y")
del os.environ["WHIRL_C"]
print(sorted(k for k in os.environ if k.startswith("WHIRL_")))

# the process
print(os.getpid() > 0, os.getppid() > 0, type(os.getuid()).__name__, os.getuid() == os.geteuid())
print(type(os.getgid()).__name__, os.getegid() == os.getgid())
old = os.umask(0o22)
print(os.umask(old) == 0o22)
print(isinstance(os.cpu_count(), int) and os.cpu_count() >= 1)
u = os.uname()
print(type(u).__name__, u.sysname, len(u), u[0] == u.sysname, isinstance(u.machine, str))
print(len(os.urandom(16)), os.urandom(0), type(os.urandom(3)).__name__)
show(os.urandom, -1)
print(os.strerror(2), "|", os.strerror(13), "|", os.strerror(0))
show(os.kill, os.getpid(), 0)
show(os.kill, 2**30, 0)

# constants
print(os.name, repr(os.sep), repr(os.pathsep), repr(os.linesep), os.curdir, os.pardir,
      os.extsep, os.altsep, os.devnull, os.defpath)
print(os.F_OK, os.R_OK, os.W_OK, os.X_OK, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREAT, os.O_EXCL, os.O_TRUNC, os.O_APPEND)
print(os.error is OSError, os.path is sys.modules["os.path"], os.path.__name__)

# fspath, PathLike
class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


print(os.fspath("a"), os.fspath(b"b"), os.fspath(P("c")), os.fspath(P(b"d")))
show(os.fspath, 1)
show(os.fspath, P(3))
print(isinstance(P("x"), os.PathLike), issubclass(P, os.PathLike), isinstance("x", os.PathLike))
print(os.fsencode("abc"), os.fsdecode(b"abc"), os.fsencode(P("q")), os.fsdecode(P(b"r")))
show(os.fsencode, 4)
print(os.get_exec_path({"PATH": "/a:/b"}), os.get_exec_path({}))

# OSError construction picks the subclass
for n in (1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 104, 110, 111, 5, 999):
    e = OSError(n, "msg")
    print(n, type(e).__name__, e.errno, e.strerror, e.args)
e = OSError(2, "No such file", "f.txt")
print(type(e).__name__, e, e.filename, e.args)
e = OSError(17, "exists", "a", None, "b")
print(type(e).__name__, e, e.filename, e.filename2, e.args)
e = OSError("just a message")
print(type(e).__name__, e, e.errno, e.strerror, e.filename, e.args)
e = FileNotFoundError(13, "x")
print(type(e).__name__, e)
e = OSError(2, "x")
e.filename = "later"
print(e)


class MyOSError(OSError):
    pass


print(type(MyOSError(2, "x")).__name__)

# stat_result
st = os.stat_result((1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
print(st, st.st_mode, st.st_ctime, st[9], len(st), st[-1], st[2:4])
show(os.stat_result, (1, 2))
st = os.stat_result(range(19))
print(st.st_atime, st.st_atime_ns, st.st_blksize, st.st_rdev, tuple(st))
print(os.stat_result.n_sequence_fields, os.stat_result.n_fields, os.stat_result.n_unnamed_fields)
print(os.terminal_size((80, 24)), os.terminal_size((80, 24)).columns)

# system, times, load, device numbers
import sys
sys.stdout.flush()
print(os.system("exit 3") >> 8, os.system("true"))
t = os.times()
print(type(t).__name__, len(t), all(isinstance(x, float) for x in t), t.user == t[0], t.elapsed >= 0)
print(len(os.getloadavg()), all(x >= 0 for x in os.getloadavg()))
dev = os.makedev(8, 17)
print(dev, os.major(dev), os.minor(dev), os.major(os.makedev(300, 70000)), os.minor(os.makedev(300, 70000)))
