# pathlib: concrete paths asking the file system (in a scratch directory).
import os
import tempfile
from pathlib import Path, PosixPath


def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(getattr(f, "__name__", "?"), args, "->", repr(r))
    except Exception as e:
        print(getattr(f, "__name__", "?"), args, "!", type(e).__name__, e)


base = tempfile.mkdtemp()
home = os.getcwd()
os.chdir(base)
root = Path(".")
print(repr(root), Path.cwd() == Path(os.getcwd()), Path.cwd().is_absolute())

d = Path("d")
show(d.mkdir)
show(d.mkdir)
d.mkdir(exist_ok=True)
show(Path("x/y/z").mkdir)
Path("x/y/z").mkdir(parents=True)
Path("x/y/z").mkdir(parents=True, exist_ok=True)
print(d.exists(), d.is_dir(), d.is_file(), d.is_symlink(), Path("nope").exists(), Path("x/y/z").is_dir())

f = d / "f.txt"
print(f.write_text("hello\nworld\n"), f.read_text(), f.read_text().splitlines())
print(f.write_bytes(b"\x00\x01bytes"), f.read_bytes(), f.stat().st_size, f.is_file())
show(f.write_text, b"bytes")
show(f.write_bytes, "text")
show(Path("nope.txt").read_text)
show(Path("d").read_text)
with f.open("w") as fh:
    fh.write("via open\n")
with f.open() as fh:
    print(fh.read())
with (d / "a.py").open("w") as fh:
    fh.write("x = 1\n")
with open(d / "a.py") as fh:
    print("builtin open of a Path:", fh.read().strip())
for entry in os.scandir(d):
    if entry.name == "a.py":
        with open(entry, "rb") as fh:
            print("builtin open of a DirEntry:", fh.read())

t = d / "touched"
t.touch()
print(t.exists(), t.stat().st_size)
t.touch()
show(t.touch, exist_ok=False)
t.unlink()
show(t.unlink)
t.unlink(missing_ok=True)
show(Path("d").unlink)

print(sorted(p.name for p in d.iterdir()), sorted(str(p) for p in Path("x").iterdir()))
show(lambda: list(Path("nope").iterdir()))

# glob
for name in ["b.txt", "c.md", ".hidden.txt", "sub/one.txt", "sub/deep/two.txt", "sub/deep/three.md"]:
    q = d / name
    q.parent.mkdir(parents=True, exist_ok=True)
    q.write_text(name)
for pat in ["*.txt", "*", "sub/*", "**/*.txt", "**", "*/deep/*", "s?b", "[bc].*", "nope*",
            "sub/deep/two.txt", "sub/", "**/"]:
    print(pat, sorted(str(p) for p in d.glob(pat)))
for pat in ["*.md", "deep", "*.txt"]:
    print("rglob", pat, sorted(str(p) for p in d.rglob(pat)))
show(lambda: list(d.glob("/abs")))
show(lambda: list(d.glob("")))

# rename / replace / rmdir
g = f.rename(d / "g.txt")
print(repr(g), g.exists(), f.exists())
h = d / "h.txt"
h.write_text("h")
r = h.replace(g)
print(repr(r), g.read_text(), h.exists())
show(Path("nope").rename, "other")
show(Path("x/y/z").rmdir)
show(Path("x/y").rmdir)
print(Path("x/y/z").exists())

# symlinks, stat, resolve, samefile
link = Path("lnk")
link.symlink_to("d/g.txt")
print(link.is_symlink(), link.is_file(), link.exists(), repr(link.readlink()),
      link.lstat().st_size != link.stat().st_size)
Path("bad").symlink_to("missing")
print(Path("bad").is_symlink(), Path("bad").exists(), Path("bad").is_file())
print(link.resolve() == Path(base).resolve() / "d" / "g.txt", link.samefile("d/g.txt"),
      link.samefile(Path("d/g.txt")))
print(Path("d/../d/./g.txt").resolve().relative_to(Path(base).resolve()))
show(Path("missing").resolve, strict=True)
Path("hl").hardlink_to("d/g.txt")
print(Path("hl").stat().st_nlink)
print(Path("d").absolute() == Path(os.getcwd()) / "d", Path("/x").absolute())
print(Path("d/g.txt").stat().st_mode & 0o170000 == 0o100000)
Path("d/g.txt").chmod(0o600)
print(oct(Path("d/g.txt").stat().st_mode & 0o777))
print(Path("d").is_mount(), Path("/").is_mount(), Path("d").is_socket(), Path("d").is_fifo(),
      Path("d").is_block_device(), Path("d").is_char_device())

# expanduser / home
os.environ["HOME"] = "/home/tester"
print(Path("~/docs").expanduser(), Path.home(), Path("a/~").expanduser())
print(type(Path("a")).__name__, PosixPath("a") == Path("a"))

os.chdir(home)
import shutil
shutil.rmtree(base)
