# shutil: copying, moving and removing files and trees; which, disk_usage.
import io
import os
import shutil
import tempfile


def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(getattr(f, "__name__", "?"), args, "->", repr(r))
    except Exception as e:
        print(getattr(f, "__name__", "?"), args, "!", type(e).__name__, e)


def tree(top):
    out = []
    for d, dirs, files in os.walk(top):
        for name in dirs + files:
            full = os.path.join(d, name)
            kind = "L" if os.path.islink(full) else ("D" if os.path.isdir(full) else "F")
            out.append(kind + " " + os.path.relpath(full, top))
    return sorted(out)


base = tempfile.mkdtemp()
home = os.getcwd()
os.chdir(base)

src = io.BytesIO(b"x" * 100000)
dst = io.BytesIO()
shutil.copyfileobj(src, dst)
print(len(dst.getvalue()))
src = io.StringIO("text " * 10)
dst = io.StringIO()
shutil.copyfileobj(src, dst, 7)
print(dst.getvalue())

with open("a.txt", "w") as f:
    f.write("content A\n")
os.chmod("a.txt", 0o640)
os.utime("a.txt", (1000000000, 1200000000))
show(shutil.copyfile, "a.txt", "b.txt")
print(open("b.txt").read(), oct(os.stat("b.txt").st_mode & 0o777) != "0o640" or "same mode")
show(shutil.copyfile, "a.txt", "a.txt")
show(shutil.copyfile, "missing", "c.txt")
os.mkdir("dir")
show(shutil.copyfile, "dir", "c.txt")
show(shutil.copyfile, "a.txt", "dir")
show(shutil.copyfile, "a.txt", "nodir/c.txt")
show(shutil.copy, "a.txt", "dir")
print(oct(os.stat("dir/a.txt").st_mode & 0o777), os.stat("dir/a.txt").st_mtime != 1200000000)
show(shutil.copy2, "a.txt", "c.txt")
print(oct(os.stat("c.txt").st_mode & 0o777), os.stat("c.txt").st_mtime)
shutil.copymode("a.txt", "b.txt")
print(oct(os.stat("b.txt").st_mode & 0o777))
shutil.copystat("a.txt", "b.txt")
print(os.stat("b.txt").st_mtime)
print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError))

# trees
os.makedirs("src/sub/deep")
for name in ["one.txt", "two.py", "sub/three.txt", "sub/deep/four.pyc"]:
    with open(os.path.join("src", name), "w") as f:
        f.write(name)
os.symlink("one.txt", "src/link")
show(shutil.copytree, "src", "dst")
print(tree("dst"))
show(shutil.copytree, "src", "dst")
show(shutil.copytree, "src", "dst", dirs_exist_ok=True)
show(shutil.copytree, "src", "dst2", symlinks=True, ignore=shutil.ignore_patterns("*.pyc", "two*"))
print(tree("dst2"))
print(sorted(shutil.ignore_patterns("*.txt", "a*")("x", ["a.py", "b.txt", "c"])))
show(shutil.copytree, "missing", "dst3")
seen = []
shutil.copytree("src", "dst4", ignore=lambda d, names: seen.append(sorted(names)) or [])
print(sorted(seen))

show(shutil.rmtree, "dst")
print(os.path.exists("dst"))
show(shutil.rmtree, "missing")
show(shutil.rmtree, "missing", ignore_errors=True)
errs = []
shutil.rmtree("missing", onerror=lambda fn, p, info: errs.append((fn.__name__, p, info[0].__name__)))
print(errs)
os.symlink("src", "srclink")
show(shutil.rmtree, "srclink")
show(shutil.rmtree, "a.txt")

# move
show(shutil.move, "b.txt", "moved.txt")
show(shutil.move, "moved.txt", "dir")
print(sorted(os.listdir("dir")))
show(shutil.move, "dir/moved.txt", "dir")
with open("again.txt", "w") as f:
    f.write("x")
with open("dir/again.txt", "w") as f:
    f.write("y")
show(shutil.move, "again.txt", "dir")
show(shutil.move, "dst2", "dst5")
print(tree("dst5"))
show(shutil.move, "dst5", "dst5/inner")
show(shutil.move, "missing", "x")

# which
os.mkdir("bin")
with open("bin/tool", "w") as f:
    f.write("#!/bin/sh\n")
os.chmod("bin/tool", 0o755)
with open("bin/data", "w") as f:
    f.write("")
print(shutil.which("tool", path="bin"), shutil.which("data", path="bin"),
      shutil.which("nope", path="bin"), shutil.which("bin/tool"), shutil.which("tool", path=""))
print(shutil.which("tool", path=os.pathsep.join(["nowhere", "bin"])))
print(shutil.which(b"tool", path=b"bin"))
print(shutil.which("sh") is not None)

u = shutil.disk_usage(".")
print(type(u).__name__, u._fields, u.total >= u.used, u.total > 0, u.free >= 0)
os.environ["COLUMNS"], os.environ["LINES"] = "100", "40"
print(shutil.get_terminal_size())
os.environ["COLUMNS"], os.environ["LINES"] = "x", "0"
print(shutil.get_terminal_size((33, 11)))

os.chdir(home)
shutil.rmtree(base)
print(os.path.exists(base))
