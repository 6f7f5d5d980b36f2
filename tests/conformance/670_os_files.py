# os: files and directories in a scratch directory (relative paths only).
import os
import tempfile

base = tempfile.mkdtemp()
home = os.getcwd()
os.chdir(base)


def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(f.__name__, "->", r)
    except Exception as e:
        print(f.__name__, "!", type(e).__name__, e)
        if isinstance(e, OSError):
            print("   errno", e.errno, "strerror", e.strerror, "filename", e.filename,
                  "filename2", e.filename2, "args", e.args)


# mkdir / listdir / rmdir
os.mkdir("d")
show(os.mkdir, "d")
show(os.mkdir, "no/such/dir")
print(sorted(os.listdir(".")))
print(sorted(os.listdir(b".")))
show(os.listdir, "missing")
show(os.rmdir, "missing")
with open("d/f.txt", "w") as f:
    f.write("hello\n")
show(os.rmdir, "d")
show(os.listdir, "d/f.txt")
show(os.remove, "d")
show(os.unlink, "nothing")

# stat
st = os.stat("d/f.txt")
print(st.st_size, st[6], len(st), type(st).__name__, st.st_size == st[6])
print(oct(st.st_mode & 0o170000), st.st_nlink, isinstance(st.st_mtime, float),
      isinstance(st.st_mtime_ns, int), isinstance(st[8], int), st.st_mtime_ns // 10**9 == st[8])
print(st == os.stat("d/f.txt") or "differs", tuple(st)[:1] == (st.st_mode,))
show(os.stat, "nope")
show(os.stat, 3.5)
show(os.stat, None)
show(os.lstat, "nope")
print(os.stat(b"d").st_mode & 0o170000 == 0o040000)

# rename / replace
os.rename("d/f.txt", "d/g.txt")
print(sorted(os.listdir("d")))
show(os.rename, "d/missing", "d/other")
with open("h.txt", "w") as f:
    f.write("h")
os.replace("h.txt", "d/g.txt")
print(open("d/g.txt").read(), sorted(os.listdir(".")))
show(os.rename, "zz", b"e")
show(os.rename, "zz", 5)

# symlinks and hard links
os.symlink("g.txt", "d/link")
print(os.readlink("d/link"), os.readlink(b"d/link"))
print(os.path.islink("d/link"), os.path.isfile("d/link"), os.lstat("d/link").st_mode & 0o170000 == 0o120000)
show(os.symlink, "g.txt", "d/link")
show(os.readlink, "d/g.txt")
os.link("d/g.txt", "d/hard")
print(os.stat("d/hard").st_nlink, os.path.samefile("d/hard", "d/g.txt"))
show(os.link, "d/none", "d/x")

# chmod / access / utime
os.chmod("d/g.txt", 0o640)
print(oct(os.stat("d/g.txt").st_mode & 0o777))
print(os.access("d/g.txt", os.F_OK), os.access("d/g.txt", os.R_OK), os.access("nope", os.F_OK),
      os.access("d/g.txt", os.X_OK))
os.utime("d/g.txt", (1000000000, 1500000000))
st = os.stat("d/g.txt")
print(st.st_atime, st.st_mtime, st[7], st[8], st.st_mtime_ns)
os.utime("d/g.txt", ns=(5, 2000000000123456789))
print(os.stat("d/g.txt").st_mtime_ns, os.stat("d/g.txt").st_atime_ns)
os.utime("d/g.txt", (1.5, 2.25))
print(os.stat("d/g.txt").st_mtime, os.stat("d/g.txt").st_atime_ns)
show(os.utime, "d/g.txt", (1, 2), ns=(1, 2))
show(os.utime, "d/g.txt", 5)
show(os.utime, "d/g.txt", (1,))
show(os.utime, "d/g.txt", ns=5)
show(os.chmod, "nope", 0o600)

# descriptors
fd = os.open("data.bin", os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600)
print(type(fd).__name__, os.write(fd, b"abcdef"), os.write(fd, bytearray(b"gh")))
print(os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 3), os.read(fd, 100), os.read(fd, 10))
print(os.lseek(fd, -2, os.SEEK_END), os.read(fd, 5))
print(os.fstat(fd).st_size, os.get_inheritable(fd), os.get_blocking(fd), os.isatty(fd))
os.ftruncate(fd, 4)
print(os.fstat(fd).st_size)
os.fsync(fd)
fd2 = os.dup(fd)
print(fd2 != fd, os.get_inheritable(fd2))
os.close(fd2)
os.close(fd)
show(os.close, fd)
show(os.read, fd, 1)
show(os.write, fd, "text")
show(os.open, "nope/x", os.O_RDONLY)
show(os.open, "data.bin", os.O_CREAT | os.O_EXCL | os.O_WRONLY)
r, w = os.pipe()
os.write(w, b"through the pipe")
os.close(w)
print(os.read(r, 100), os.read(r, 100))
os.close(r)
r, w = os.pipe()
os.set_blocking(r, False)
print(os.get_blocking(r))
show(os.read, r, 10)
os.set_inheritable(w, True)
print(os.get_inheritable(w))
w2 = os.dup2(w, w + 10)
print(w2 == w + 10, os.get_inheritable(w2))
for x in (r, w, w2):
    os.close(x)
os.truncate("data.bin", 2)
print(os.path.getsize("data.bin"))

# scandir
os.mkdir("tree")
for name in ("b.txt", "a.py", ".hidden"):
    open(os.path.join("tree", name), "w").close()
os.mkdir("tree/sub")
os.symlink("sub", "tree/sublink")
os.symlink("missing", "tree/broken")
with os.scandir("tree") as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(),
          e.is_dir(follow_symlinks=False), e.inode() == os.lstat(e.path).st_ino,
          os.fspath(e))
print(sorted(e.name for e in os.scandir(b"tree")))
print([e.path for e in os.scandir("tree/sub")])
show(os.scandir, "nope")
print(isinstance(entries[0], os.DirEntry), isinstance(entries[0], os.PathLike))
show(os.DirEntry)

# walk
os.makedirs("w/a/b")
os.makedirs("w/c")
open("w/top.txt", "w").close()
open("w/a/one.txt", "w").close()
open("w/a/b/two.txt", "w").close()
for top, dirs, files in sorted(os.walk("w")):
    print(top, sorted(dirs), sorted(files))
seen = []
for top, dirs, files in os.walk("w"):
    dirs[:] = [d for d in dirs if d != "a"]
    seen.append(top)
print(sorted(seen))
print([t for t, _, _ in os.walk("w", topdown=False)][-1])
errors = []
print(list(os.walk("nope", onerror=errors.append)), [type(e).__name__ for e in errors])
os.symlink("../w/a", "w/c/la")
print(sorted(t for t, _, _ in os.walk("w")))
print(sorted(t for t, _, _ in os.walk("w", followlinks=True)))
print(sorted(t for t, _, _ in os.walk(b"w"))[:2])

# makedirs / removedirs / renames
os.makedirs("m/n/o")
show(os.makedirs, "m/n/o")
os.makedirs("m/n/o", exist_ok=True)
show(os.makedirs, "data.bin/x", exist_ok=True)
show(os.makedirs, "data.bin", exist_ok=True)
os.removedirs("m/n/o")
print(os.path.exists("m"))
os.makedirs("r1/r2")
open("r1/r2/f", "w").close()
os.renames("r1/r2/f", "r3/r4/f")
print(os.path.exists("r1"), sorted(os.listdir("r3/r4")))

# cwd
os.chdir("tree")
print(os.path.basename(os.getcwd()), os.path.basename(os.getcwdb()))
os.chdir("..")
show(os.chdir, "nope")

os.chdir(home)
import shutil
shutil.rmtree(base)
print(os.path.exists(base))
