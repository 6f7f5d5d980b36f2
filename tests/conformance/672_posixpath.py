# os.path (posixpath): pure path arithmetic and questions to the file system.
import os
import os.path as p
import tempfile


def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(f.__name__, args, "->", repr(r))
    except Exception as e:
        print(f.__name__, args, "!", type(e).__name__, e)


class P:
    def __init__(self, s):
        self.s = s

    def __fspath__(self):
        return self.s

    def __repr__(self):
        return "P(%r)" % (self.s,)


for a in [("a", "b"), ("a/", "b"), ("/a", "/b", "c"), ("", "x"), ("a", ""), ("a", "", "b"),
          (b"a", b"b"), ("a",), (P("x"), "y"), ("x", P("y")), ("a", b"b"), (1,), ("a", 2),
          ("/", "a/"), ("a//", "b")]:
    show(p.join, *a)

for s in ["", "/", "a", "/a", "a/b", "a/b/", "/a/b", "//a", "///a/b", "a//b", b"x/y", P("q/r")]:
    show(p.split, s)
    show(p.dirname, s)
    show(p.basename, s)

for s in ["a.txt", "a.tar.gz", ".bashrc", "..a", "a.", "dir.d/file", "dir/.hid", "a/b.c/",
          "...", b"x.y", "", "/.a.b", "name"]:
    show(p.splitext, s)

for s in ["", ".", "/", "//", "///", "a/./b", "a/../b", "../a", "/../a", "a/b/../../..",
          "//a/./b/", "./", "a//b///c", b"/x/../y", "a/..", "/a/b/c/../../d"]:
    show(p.normpath, s)

for s in ["/a", "a", "", "//x", b"/y", b"z"]:
    show(p.isabs, s)

print(p.splitdrive("/a/b"), p.normcase("AbC"))
show(p.commonprefix, ["interspecies", "interstellar", "interstate"])
show(p.commonprefix, [])
show(p.commonprefix, ["/a/b", "/a/bc"])
show(p.commonpath, ["/a/b/c", "/a/b/d", "/a/bx"])
show(p.commonpath, ["a/b", "a/c"])
show(p.commonpath, ["/a", "b"])
show(p.commonpath, [])
show(p.commonpath, ["/usr/lib", "/usr/lib/"])
show(p.commonpath, [b"/x/y", b"/x/z"])
show(p.commonpath, ["/x", b"/x"])
show(p.commonpath, ["./a/b", "a/c"])

os.environ["WHIRL_V"] = "val"
os.environ.pop("WHIRL_UNSET", None)
for s in ["$WHIRL_V", "${WHIRL_V}x", "a$WHIRL_V/b", "$WHIRL_UNSET", "${WHIRL_UNSET}", "$", "${",
          "$$WHIRL_V", "x${}y", "$1a", "no vars", b"$WHIRL_V/b", "${WHIRL_V"]:
    show(p.expandvars, s)

os.environ["HOME"] = "/home/someone"
for s in ["~", "~/x", "x/~", "~/", b"~/b", "/~"]:
    show(p.expanduser, s)
os.environ["HOME"] = "/"
show(p.expanduser, "~/x")

base = tempfile.mkdtemp()
home = os.getcwd()
os.chdir(base)
os.makedirs("d/e")
with open("d/f.txt", "w") as f:
    f.write("12345")
os.symlink("d", "ld")
os.symlink("f.txt", "d/lf")
os.symlink("nowhere", "dangling")
os.symlink("loop2", "loop1")
os.symlink("loop1", "loop2")
for s in ["d", "d/f.txt", "ld", "d/lf", "dangling", "missing", "", b"d", P("d"), "d/f.txt/x",
          "d\0x"]:
    print(repr(s), p.exists(s), p.lexists(s), p.isdir(s), p.isfile(s), p.islink(s))
print(p.getsize("d/f.txt"), p.getsize(b"d/lf"), isinstance(p.getmtime("d/f.txt"), float),
      isinstance(p.getatime("d"), float), isinstance(p.getctime("d"), float))
show(p.getsize, "missing")
print(p.samefile("d/f.txt", "d/lf"), p.samefile("d", "ld"), p.samefile("d", "d/e"))
show(p.samefile, "d", "missing")
print(p.ismount("/"), p.ismount("d"))
real = p.realpath(".")
for s in ["ld/lf", "d/../ld/f.txt", "dangling", "loop1", "ld/e/..", "missing/x", "."]:
    r = p.realpath(s)
    print(repr(s), "->", p.relpath(r, real) if r.startswith(real) else r)
print(p.realpath(b"ld").endswith(b"/d"))
show(p.realpath, "loop1", strict=True)
show(p.realpath, "missing", strict=True)
print(p.abspath("x") == p.join(os.getcwd(), "x"), p.abspath("/a/../b"), p.abspath(b"/q/./r"))
for a in [("a/b", "a"), ("a", "a/b/c"), ("/x/y", "/x/z/w"), ("a",), ("/a/b", "/"), (b"a/b", b"a"),
          ("", ), ("a", b"b"), ("d/e", "ld")]:
    show(p.relpath, *a)
os.chdir(home)
import shutil
shutil.rmtree(base)
print(p.sep, p.curdir, p.pardir, p.extsep, p.pathsep, p.altsep, p.devnull)
