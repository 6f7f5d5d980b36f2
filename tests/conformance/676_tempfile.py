# tempfile: temporary files and directories (names are random: print their shape only).
import os
import stat
import tempfile


def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(getattr(f, "__name__", "?"), "->", repr(r))
    except Exception as e:
        print(getattr(f, "__name__", "?"), "!", type(e).__name__, e)


tmp = tempfile.gettempdir()
print(os.path.isabs(tmp), os.path.isdir(tmp), tempfile.gettempdir() == tmp,
      tempfile.gettempdirb() == os.fsencode(tmp), tempfile.gettempprefix(), tempfile.gettempprefixb())

work = tempfile.mkdtemp(prefix="whirl-", suffix=".d")
name = os.path.basename(work)
print(os.path.isdir(work), name.startswith("whirl-"), name.endswith(".d"), len(name),
      oct(os.stat(work).st_mode & 0o777), os.path.dirname(work) == tmp)
tempfile.tempdir = work

fd, path = tempfile.mkstemp()
print(type(fd).__name__, os.path.dirname(path) == work, os.path.basename(path)[:3], len(os.path.basename(path)),
      oct(os.stat(path).st_mode & 0o777))
os.write(fd, b"data")
os.close(fd)
print(open(path, "rb").read())
fd, path2 = tempfile.mkstemp(suffix=".txt", prefix="pre_", dir=work, text=True)
os.close(fd)
print(os.path.basename(path2).startswith("pre_"), path2.endswith(".txt"), path != path2)
fd, bpath = tempfile.mkstemp(prefix=b"b")
os.close(fd)
print(type(bpath).__name__, os.path.basename(bpath)[:1])
show(tempfile.mkstemp, prefix=b"x", suffix="y")
d2 = tempfile.mkdtemp(dir=work)
print(os.path.dirname(d2) == work, len(os.path.basename(d2)))
try:
    tempfile.mkdtemp(dir=os.path.join(work, "missing"))
except OSError as e:
    print(type(e).__name__, e.errno, os.path.dirname(e.filename) == os.path.join(work, "missing"))

with tempfile.NamedTemporaryFile() as f:
    print(type(f.name).__name__, os.path.exists(f.name), f.write(b"abc"))
    f.seek(0)
    print(f.read(), f.closed)
    kept = f.name
print(os.path.exists(kept), f.closed)
f = tempfile.NamedTemporaryFile("w+", suffix=".log", delete=False)
f.write("text line\n")
f.close()
print(f.name.endswith(".log"), open(f.name).read(), os.path.exists(f.name))
os.unlink(f.name)
with tempfile.NamedTemporaryFile(mode="w", dir=work, prefix="ntf") as f:
    print(os.path.basename(f.name).startswith("ntf"), f.write("hi"))
    f.flush()
    print(open(f.name).read())

with tempfile.TemporaryFile() as f:
    f.write(b"anonymous")
    f.seek(0)
    print(f.read())
with tempfile.TemporaryFile("w+") as f:
    f.write("text mode")
    f.seek(0)
    print(f.read())

with tempfile.SpooledTemporaryFile(max_size=10) as s:
    s.write(b"small")
    print(s._rolled, s.tell())
    s.write(b" and now more than ten")
    print(s._rolled)
    s.seek(0)
    print(s.read())
s = tempfile.SpooledTemporaryFile(mode="w+")
s.write("spooled text")
s.seek(0)
print(s.read(), s._rolled, s.mode)
s.rollover()
print(s._rolled)
s.close()

with tempfile.TemporaryDirectory() as d:
    print(type(d).__name__, os.path.isdir(d), os.path.dirname(d) == work)
    os.makedirs(os.path.join(d, "a/b"))
    open(os.path.join(d, "a/b/f"), "w").close()
    kept = d
print(os.path.exists(kept))
td = tempfile.TemporaryDirectory(prefix="p", suffix="s")
r = repr(td)
print(r.startswith("<TemporaryDirectory '"), os.path.basename(td.name)[0], td.name[-1])
td.cleanup()
td.cleanup()
print(os.path.exists(td.name))
td = tempfile.TemporaryDirectory()
os.chmod(td.name, 0o500)
td.cleanup()
print(os.path.exists(td.name))

name = tempfile.mktemp(dir=work)
print(os.path.exists(name), os.path.dirname(name) == work)
print(sorted(x for x in ("NamedTemporaryFile", "TemporaryFile", "mkstemp", "mkdtemp") if x in tempfile.__all__))

import shutil
shutil.rmtree(work)
tempfile.tempdir = None
print(os.path.exists(work))
