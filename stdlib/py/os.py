"""Operating system interfaces: whirl's own `os`, built on the native
`posix` module (stdlib/src/os.rs) as CPython's is; `os.path` is
`posixpath`."""

import sys
import posix as _posix
from posix import *
from posix import _exit, _scandir, _environ_now
import posixpath as path

sys.modules["os.path"] = path

name = "posix"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
linesep = "\n"
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
curdir = "."
pardir = ".."
error = OSError
supports_bytes_environ = True
supports_dir_fd = set()
supports_fd = set()
supports_effective_ids = set()
supports_follow_symlinks = set()


# ----- struct sequences: tuples whose items are also named attributes -----

class _StructSeq(tuple):
    # Subclasses set _name (for repr), _fields (every field) and
    # _visible (how many of them the tuple holds).
    n_unnamed_fields = 0

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        n = len(seq)
        lo, hi = cls._visible, len(cls._fields)
        if n < lo:
            if lo == hi:
                raise TypeError(f"{cls._name}() takes a {lo}-sequence ({n}-sequence given)")
            raise TypeError(f"{cls._name}() takes an at least {lo}-sequence ({n}-sequence given)")
        if n > hi:
            if lo == hi:
                raise TypeError(f"{cls._name}() takes a {lo}-sequence ({n}-sequence given)")
            raise TypeError(f"{cls._name}() takes an at most {hi}-sequence ({n}-sequence given)")
        self = tuple.__new__(cls, seq[:lo])
        extra = list(seq[lo:]) + [None] * (hi - n)
        if dict:
            for i, f in enumerate(cls._fields[lo:]):
                if f in dict:
                    extra[i] = dict[f]
        self._extra = tuple(extra)
        return self

    def __repr__(self):
        items = ", ".join(f"{f}={v!r}" for f, v in zip(self._fields, self))
        return f"{self._name}({items})"

    def __reduce__(self):
        return (type(self), (tuple(self), dict(zip(self._fields[self._visible:], self._extra))))

    @property
    def n_sequence_fields(self):
        return self._visible

    @property
    def n_fields(self):
        return len(self._fields)


_STRUCTSEQ_FALLBACK = {"st_atime": 7, "st_mtime": 8, "st_ctime": 9}


def _structseq(typename, qualname, fields, visible=None):
    fields = tuple(fields)
    ns = {"_name": qualname, "_fields": fields,
          "_visible": len(fields) if visible is None else visible,
          "__module__": qualname.rpartition(".")[0]}
    cls = type(typename, (_StructSeq,), ns)

    def getter(i):
        if i < cls._visible:
            return property(lambda self: tuple.__getitem__(self, i))
        fallback = _STRUCTSEQ_FALLBACK.get(fields[i])
        if fallback is not None:
            # st_atime and friends: the int seconds when the float is missing.
            def get(self):
                v = self._extra[i - cls._visible]
                return tuple.__getitem__(self, fallback) if v is None else v
            return property(get)
        return property(lambda self: self._extra[i - cls._visible])

    for i, f in enumerate(fields):
        setattr(cls, f, getter(i))
    cls.n_sequence_fields = cls._visible
    cls.n_fields = len(fields)
    return cls


stat_result = _structseq(
    "stat_result", "os.stat_result",
    ["st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
     "_st_atime_int", "_st_mtime_int", "_st_ctime_int",
     "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns",
     "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"], 10)
stat_result.n_unnamed_fields = 3


def _stat_repr(self):
    names = ["st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid",
             "st_size", "st_atime", "st_mtime", "st_ctime"]
    return "os.stat_result(" + ", ".join(f"{n}={v!r}" for n, v in zip(names, self)) + ")"


stat_result.__repr__ = _stat_repr
statvfs_result = _structseq(
    "statvfs_result", "os.statvfs_result",
    ["f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files",
     "f_ffree", "f_favail", "f_flag", "f_namemax", "f_fsid"], 10)
terminal_size = _structseq("terminal_size", "os.terminal_size", ["columns", "lines"])
uname_result = _structseq("uname_result", "posix.uname_result",
                          ["sysname", "nodename", "release", "version", "machine"])

times_result = _structseq("times_result", "posix.times_result",
                          ["user", "system", "children_user", "children_system", "elapsed"])


def times():
    """Process times, in seconds: a times_result."""
    return times_result(_posix._times())


def major(device):
    return ((device >> 8) & 0xFFF) | ((device >> 32) & ~0xFFF)


def minor(device):
    return (device & 0xFF) | ((device >> 12) & ~0xFF)


def makedev(major, minor):
    return ((major & 0xFFF) << 8) | ((major & ~0xFFF) << 32) | (minor & 0xFF) | ((minor & ~0xFF) << 12)


# As in CPython, the result types live in `posix` too.
_posix.stat_result = stat_result
_posix.statvfs_result = statvfs_result
_posix.terminal_size = terminal_size
_posix.uname_result = uname_result
_posix.times_result = times_result
_stat, _lstat, _fstat = _posix.stat, _posix.lstat, _posix.fstat


def stat(path, *, dir_fd=None, follow_symlinks=True):
    return stat_result(_stat(path, follow_symlinks=follow_symlinks))


def lstat(path, *, dir_fd=None):
    return stat_result(_lstat(path))


def fstat(fd):
    return stat_result(_fstat(fd))


def statvfs(path):
    return statvfs_result(_posix.statvfs(path))


def uname():
    return uname_result(_posix.uname())


def get_terminal_size(fd=1, /):
    return terminal_size(_posix.get_terminal_size(fd))


# ----- paths -----

def fspath(path):
    """The str or bytes a path-like object stands for."""
    if isinstance(path, (str, bytes)):
        return path
    cls = type(path)
    # Looked up as the interpreter looks up special methods: on the type,
    # bound through __get__ when it is a descriptor, else called as it is.
    for klass in cls.__mro__:
        if "__fspath__" in klass.__dict__:
            method = klass.__dict__["__fspath__"]
            break
    else:
        raise TypeError("expected str, bytes or os.PathLike object, not " + cls.__name__)
    if method is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + cls.__name__)
    get = getattr(method, "__get__", None)
    result = get(path, cls)() if get is not None else method()
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError(f"expected {cls.__name__}.__fspath__() to return str or bytes, "
                    f"not {type(result).__name__}")


class _PathLikeMeta(type):
    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        if cls is PathLike:
            return any("__fspath__" in k.__dict__ and k.__dict__["__fspath__"] is not None
                       for k in sub.__mro__)
        return type.__subclasscheck__(cls, sub)


class PathLike(metaclass=_PathLikeMeta):
    """The abstract class of objects with `__fspath__`."""

    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __class_getitem__(cls, item):
        return cls


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode("utf-8", "surrogateescape")
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode("utf-8", "surrogateescape")
    return filename


def get_exec_path(env=None):
    if env is None:
        env = environ
    p = env.get("PATH")
    if p is None:
        p = defpath
    if isinstance(p, bytes):
        p = fsdecode(p)
    return p.split(pathsep)


# ----- the environment -----

def _check_str(v):
    if not isinstance(v, str):
        raise TypeError("str expected, not %s" % type(v).__name__)
    return v


class _Environ:
    """`os.environ`: a mapping of str that writes through to the process
    environment (putenv/unsetenv)."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[_check_str(key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        _check_str(key)
        _check_str(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        _check_str(key)
        unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return isinstance(key, str) and key in self._data

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        if isinstance(other, dict):
            return self._data == other
        return NotImplemented

    __hash__ = None

    def __repr__(self):
        return "environ({" + ", ".join(f"{k!r}: {v!r}" for k, v in self._data.items()) + "})"

    def get(self, key, default=None):
        if key in self:
            return self._data[key]
        return default

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def pop(self, key, *default):
        if key in self:
            value = self._data[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        for key in self._data:
            value = self._data[key]
            del self[key]
            return key, value
        raise KeyError("popitem(): dictionary is empty")

    def clear(self):
        for key in list(self._data):
            del self[key]

    def update(self, other=(), /, **kwds):
        if hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def __or__(self, other):
        if not isinstance(other, dict) and not isinstance(other, _Environ):
            return NotImplemented
        new = dict(self._data)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = dict(other)
        new.update(self._data)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


environ = _Environ(_environ_now())


def getenv(key, default=None):
    return environ.get(_check_str(key), default)


# ----- directory listings -----

class DirEntry:
    """One entry of `scandir`: its name and path, and what the directory
    listing said of its kind (a stat only when asked for more)."""

    __slots__ = ("name", "path", "_kind", "_ino", "_stat", "_lstat")

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'posix.DirEntry' instances")

    @classmethod
    def _make(cls, top, name, kind, ino):
        self = object.__new__(cls)
        self.name = name
        if isinstance(top, bytes):
            self.path = top + name if top.endswith(b"/") else top + b"/" + name
        else:
            self.path = top + name if top.endswith("/") else top + "/" + name
        self._kind = kind
        self._ino = ino
        self._stat = None
        self._lstat = None
        return self

    def __repr__(self):
        return f"<DirEntry {self.name!r}>"

    def __fspath__(self):
        return self.path

    def inode(self):
        return self._ino

    def is_symlink(self):
        if self._kind == "o":
            try:
                return (self.stat(follow_symlinks=False).st_mode & 0o170000) == 0o120000
            except FileNotFoundError:
                return False
        return self._kind == "l"

    def _is(self, fmt, kind, follow_symlinks):
        if self._kind == "l" and follow_symlinks or self._kind == "o":
            try:
                st = self.stat(follow_symlinks=follow_symlinks)
            except FileNotFoundError:
                return False
            return (st.st_mode & 0o170000) == fmt
        return self._kind == kind

    def is_dir(self, *, follow_symlinks=True):
        return self._is(0o040000, "d", follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        return self._is(0o100000, "f", follow_symlinks)

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks and self._kind == "l":
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    @classmethod
    def __class_getitem__(cls, item):
        return cls


DirEntry.__module__ = "posix"
_posix.DirEntry = DirEntry


class _ScandirIterator:
    def __init__(self, top, entries):
        self._top = top
        self._entries = entries
        self._i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._entries is None or self._i >= len(self._entries):
            raise StopIteration
        name, kind, ino = self._entries[self._i]
        self._i += 1
        return DirEntry._make(self._top, name, kind, ino)

    def close(self):
        self._entries = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


_ScandirIterator.__name__ = _ScandirIterator.__qualname__ = "ScandirIterator"
_ScandirIterator.__module__ = "posix"


def scandir(path=None):
    """An iterator of DirEntry objects for the entries of `path`."""
    if path is None:
        path = "."
    entries = _scandir(path)
    top = fspath(path)
    return _ScandirIterator(top, entries)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: (dirpath, dirnames, filenames) for each
    directory under `top`."""
    return _walk(fspath(top), topdown, onerror, followlinks)


def _walk(top, topdown, onerror, followlinks):
    dirs = []
    nondirs = []
    walk_dirs = []
    try:
        it = scandir(top)
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    with it:
        while True:
            try:
                entry = next(it)
            except StopIteration:
                break
            except OSError as error:
                if onerror is not None:
                    onerror(error)
                return
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                dirs.append(entry.name)
            else:
                nondirs.append(entry.name)
            if not topdown and is_dir:
                if followlinks:
                    walk_into = True
                else:
                    try:
                        walk_into = not entry.is_symlink()
                    except OSError:
                        walk_into = False
                if walk_into:
                    walk_dirs.append(entry.path)
    if topdown:
        yield top, dirs, nondirs
        for dirname in dirs:
            new_path = path.join(top, dirname)
            if followlinks or not path.islink(new_path):
                yield from _walk(new_path, topdown, onerror, followlinks)
    else:
        for new_path in walk_dirs:
            yield from _walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


def makedirs(name, mode=0o777, exist_ok=False):
    """mkdir, making every missing parent first."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, "ASCII")
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """rmdir, then the parents that became empty."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


def device_encoding(fd):
    return "utf-8" if isatty(fd) else None

