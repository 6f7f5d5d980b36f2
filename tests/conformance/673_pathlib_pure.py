# pathlib: pure paths (parsing, parts, names, joining, comparing, matching).
import os
import pathlib
from pathlib import PurePath, PurePosixPath, PureWindowsPath, Path, PosixPath


def show(f, *args):
    try:
        r = f(*args)
        print(getattr(f, "__name__", "?"), args, "->", repr(r))
    except Exception as e:
        print(getattr(f, "__name__", "?"), args, "!", type(e).__name__, e)


for s in ["", ".", "a", "a/b", "/a/b/", "//a/b", "///a/b", "a/./b/.", "a/../b", "/", "~/x",
          "a//b", "/..", "c.tar.gz"]:
    q = PurePosixPath(s)
    print(repr(s), repr(q), str(q), q.parts, repr(q.drive), repr(q.root), repr(q.anchor),
          repr(q.name), repr(q.suffix), q.suffixes, repr(q.stem), repr(q.parent),
          q.is_absolute())

print(PurePosixPath("a", "b", "/c", "d"), PurePosixPath(PurePosixPath("x"), "y"), PurePosixPath())
print(type(PurePath("x")).__name__, type(Path("x")).__name__, isinstance(Path("x"), PurePath))
show(PurePosixPath, b"x")
show(PurePosixPath, 3)
show(PurePosixPath, "a", None)

p = PurePosixPath("/usr/lib/python3/file.tar.gz")
print(p.parents, len(p.parents), list(p.parents), p.parents[0], p.parents[-1], p.parents[1:3])
show(p.parents.__getitem__, 5)
print(list(PurePosixPath("a/b").parents))
for name in ["new.txt", "x", "", "a/b", ".", "..x"]:
    show(p.with_name, name)
show(PurePosixPath("/").with_name, "x")
for suf in [".zip", "", "zip", ".", "./a", ".a.b"]:
    show(p.with_suffix, suf)
show(PurePosixPath("a").with_suffix, ".x")
show(PurePosixPath("").with_suffix, ".x")
show(p.with_stem, "other")
show(PurePosixPath("a.b").with_stem, "")

print(p / "x", "x" / PurePosixPath("y"), PurePosixPath("a") / "/abs", p.joinpath("a", "b"))
print(PurePosixPath("a") / PurePosixPath("b") / "c")
show(lambda: PurePosixPath("a") / 3)
show(lambda: 3 / PurePosixPath("a"))

for a, b in [("/a/b/c", "/a"), ("/a/b", "/a/b"), ("a/b", "a"), ("/a/b", "a"), ("a", "/a"),
             ("/a/b", "/"), ("a/b", ""), ("/a", "")]:
    show(PurePosixPath(a).relative_to, b)
    print("  is_relative_to", PurePosixPath(a).is_relative_to(b))
show(PurePosixPath("/a/b/c").relative_to, "/a", "b")
show(PurePosixPath("/a").relative_to)

for path, pat in [("a/b.py", "*.py"), ("/a/b/c.py", "b/*.py"), ("/a/b/c.py", "a/*.py"),
                  ("/a/b.py", "/*.py"), ("/a/b.py", "/a/*.py"), ("a/b.py", "*"),
                  ("a/b.PY", "*.py"), ("b.py", "a/b.py"), ("a/b", "**/b")]:
    show(PurePosixPath(path).match, pat)
show(PurePosixPath("a").match, "")

x, y = PurePosixPath("a/b"), PurePosixPath("a//b/")
print(x == y, hash(x) == hash(y), x == "a/b", x != PurePosixPath("a/c"), x < PurePosixPath("a/c"),
      sorted([PurePosixPath("b"), PurePosixPath("a/z"), PurePosixPath("a")]))
show(lambda: PurePosixPath("a") < "b")
print(PurePosixPath("a") == PureWindowsPath("a"), {PurePosixPath("a"): 1}[PurePosixPath("a")])
print(os.fspath(p), str(p), bytes(PurePosixPath("b")), p.as_posix())
print(PurePosixPath("/a b/c%d").as_uri(), PurePosixPath("/").as_uri())
show(PurePosixPath("a").as_uri)
print(PurePosixPath("a").is_reserved(), isinstance(p, os.PathLike))

# Windows paths, computed on any system
for s in ["c:\\a\\b", "c:/a/b.txt", "\\\\server\\share\\x", "a\\b", "c:rel", "\\abs", "C:\\"]:
    w = PureWindowsPath(s)
    print(repr(w), str(w), w.parts, repr(w.drive), repr(w.root), w.name, w.is_absolute(),
          w.as_posix())
print(PureWindowsPath("C:/a") == PureWindowsPath("c:\\A"), PureWindowsPath("c:/a", "d:b"),
      PureWindowsPath("c:/a", "/b"), PureWindowsPath("c:/x").as_uri(), PureWindowsPath("nul").is_reserved())
show(pathlib.WindowsPath, "x")
