# tempfile, shutil.rmtree, os.walk, os.chmod, stat and errno.
import errno
import os
import shutil
import stat
import tempfile

d = tempfile.mkdtemp(prefix="w791")
print(os.path.isdir(d), os.path.isabs(d), os.path.basename(d).startswith("w791"))
os.makedirs(os.path.join(d, "a", "b"))
for name in ("a/f1", "a/b/f2", "top"):
    with open(os.path.join(d, name), "w") as f:
        f.write(name)
for root, dirs, files in os.walk(d):
    print(repr(root[len(d):]), sorted(dirs), sorted(files))
print([sorted(files) for _, _, files in os.walk(d, topdown=False)])
os.chmod(os.path.join(d, "top"), stat.S_IREAD)
os.chmod(os.path.join(d, "top"), stat.S_IWRITE | stat.S_IREAD)
shutil.rmtree(d)
print(os.path.exists(d))
shutil.rmtree(d, True)
try:
    shutil.rmtree(d)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno == errno.ENOENT)
errors = []
os.mkdir(d)
shutil.rmtree(d, onerror=lambda func, path, info: errors.append(func.__name__))
print(errors, os.path.exists(d))

with tempfile.TemporaryFile("w+", newline="") as f:
    f.write("x,y\r\n1,2\r\n")
    f.seek(0)
    print(repr(f.read()))
with tempfile.NamedTemporaryFile("w+", suffix=".txt", encoding="utf-8") as f:
    name = f.name
    f.write("named")
    f.flush()
    print(name.endswith(".txt"), os.path.exists(name), open(name).read())
print(os.path.exists(name))
with tempfile.TemporaryDirectory() as tmp:
    open(os.path.join(tmp, "x"), "w").close()
    print(os.listdir(tmp))
print(os.path.exists(tmp))
print(tempfile.gettempdir() == tempfile.gettempdir(), tempfile.gettempprefix())

print(stat.S_IMODE(0o100644), stat.S_ISDIR(0o040755), stat.S_ISREG(0o040755), stat.S_IFMT(0o100644))
print(errno.ENOENT, errno.EEXIST, errno.errorcode[errno.EACCES], errno.EWOULDBLOCK == errno.EAGAIN)
for bad in (("x", "nope"), ("/nonexistent-791/x", 0o644)):
    try:
        os.chmod(*bad)
    except (TypeError, OSError) as e:
        print(type(e).__name__, e)


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


print(os.fspath("a"), os.fspath(b"b"), os.fspath(P("c")), isinstance(P("x"), os.PathLike), isinstance("x", os.PathLike))
print(os.fsencode("foo-bär"), os.fsdecode(b"caf\xc3\xa9"), os.fsencode(P("p")), os.fsdecode(P(b"q")))
for bad in (3, P(4)):
    try:
        os.fspath(bad)
    except TypeError as e:
        print(type(e).__name__, e)
