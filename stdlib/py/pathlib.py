"""Object-oriented file system paths: whirl's own `pathlib`.

A path is kept parsed: its drive, its root and the list of its names
(`_tail`); `parts` is the anchor (drive + root) followed by the names.
Pure paths only compute; `Path` and its subclasses also ask the system
(through `os`)."""

import fnmatch
import io
import os
import sys
from stat import S_ISDIR, S_ISREG, S_ISLNK, S_ISSOCK, S_ISFIFO, S_ISBLK, S_ISCHR

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath",
           "Path", "PosixPath", "WindowsPath"]

_IGNORED_ERRNOS = (2, 20, 9, 40)  # ENOENT, ENOTDIR, EBADF, ELOOP


def _ignore_error(e):
    return getattr(e, "errno", None) in _IGNORED_ERRNOS


# ----- flavours: how a system spells paths -----

class _PosixFlavour:
    sep = "/"
    altsep = ""
    is_supported = os.name != "nt"

    def splitroot(self, part):
        if part and part[0] == "/":
            stripped = part.lstrip("/")
            if len(part) - len(stripped) == 2:
                return "", "//", stripped
            return "", "/", stripped
        return "", "", part

    def casefold(self, s):
        return s

    def casefold_parts(self, parts):
        return parts

    def parse_parts(self, parts):
        drv, root, tail = _parse_parts(self, parts)
        return drv, root, ([drv + root] + tail if drv or root else tail)

    def is_reserved(self, parts):
        return False

    def make_uri(self, path):
        return "file://" + _quote(os.fsencode(str(path)))


_reserved_names = (
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {"COM%s" % c for c in "123456789\xb9\xb2\xb3"}
    | {"LPT%s" % c for c in "123456789\xb9\xb2\xb3"}
)


class _WindowsFlavour:
    sep = "\\"
    altsep = "/"
    is_supported = os.name == "nt"

    def splitroot(self, part):
        if part[:2] == "\\\\" and part[2:3] != "\\":
            # UNC: \\server\share
            i = part.find("\\", 2)
            if i != -1:
                j = part.find("\\", i + 1)
                if j != i + 1:
                    if j == -1:
                        j = len(part)
                    # A UNC drive always has a root.
                    return part[:j], "\\", part[j:].lstrip("\\")
        drv = ""
        if part[1:2] == ":" and part[:1].isalpha():
            drv, part = part[:2], part[2:]
        if part[:1] == "\\":
            return drv, "\\", part.lstrip("\\")
        return drv, "", part

    def casefold(self, s):
        return s.lower()

    def casefold_parts(self, parts):
        return [p.lower() for p in parts]

    def parse_parts(self, parts):
        drv, root, tail = _parse_parts(self, parts)
        return drv, root, ([drv + root] + tail if drv or root else tail)

    def is_reserved(self, parts):
        if not parts:
            return False
        if parts[0].startswith("\\\\"):
            return False
        name = parts[-1].partition(".")[0].partition(":")[0].rstrip(" ")
        return name.upper() in _reserved_names

    def make_uri(self, path):
        drive = path.drive
        if len(drive) == 2 and drive[1] == ":":
            rest = path.as_posix()[2:].lstrip("/")
            return "file:///%s/%s" % (drive, _quote(rest.encode("utf-8")))
        return "file:" + _quote(path.as_posix().encode("utf-8"))


def _parse_parts(flavour, parts):
    """(drive, root, parts) of joined path strings, the parts starting
    with the anchor when there is one."""
    drv = root = ""
    tail = []
    for a in parts:
        if flavour.altsep:
            a = a.replace(flavour.altsep, flavour.sep)
        d, r, rest = flavour.splitroot(a)
        names = [x for x in rest.split(flavour.sep) if x and x != "."]
        if r:
            if d or not drv or flavour.casefold(d) != flavour.casefold(drv):
                drv = d if d else drv
            root, tail = r, names
        elif d and flavour.casefold(d) != flavour.casefold(drv):
            drv, root, tail = d, "", names
        else:
            tail = tail + names
    return drv, root, tail


_posix_flavour = _PosixFlavour()
_windows_flavour = _WindowsFlavour()

_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/")


def _quote(data):
    return "".join(chr(b) if b in _SAFE else "%%%02X" % b for b in data)


# ----- pure paths -----

class _PathParents:
    """The `parents` of a path: a sequence of its ancestors."""

    __slots__ = ("_pathcls", "_drv", "_root", "_tail")

    def __init__(self, path):
        self._pathcls = type(path)
        self._drv = path._drv
        self._root = path._root
        self._tail = path._tail

    def __len__(self):
        return len(self._tail)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        return self._pathcls._from_parsed(self._drv, self._root, self._tail[:-idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(self._pathcls.__name__)


class PurePath:
    """A path that is only computed on, never looked up."""

    __slots__ = ("_drv", "_root", "_tail", "_str", "_hash", "_cparts", "_parts_tuple")

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PureWindowsPath if os.name == "nt" else PurePosixPath
        return cls._from_args(args)

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    @classmethod
    def _parse_args(cls, args):
        strings = []
        for a in args:
            if isinstance(a, PurePath):
                strings.append(str(a))
                continue
            a = os.fspath(a)
            if not isinstance(a, str):
                raise TypeError(
                    "argument should be a str object or an os.PathLike "
                    "object returning str, not %r" % type(a))
            strings.append(a)
        return _parse_parts(cls._flavour, strings)

    @classmethod
    def _from_args(cls, args):
        drv, root, tail = cls._parse_args(args)
        return cls._from_parsed(drv, root, tail)

    @classmethod
    def _from_parsed(cls, drv, root, tail):
        self = object.__new__(cls)
        self._drv = drv
        self._root = root
        self._tail = list(tail)
        return self

    def _make_child(self, args):
        drv, root, tail = self._parse_args((self,) + tuple(args))
        return self._from_parsed(drv, root, tail)

    def _make_child_relpath(self, name):
        return self._from_parsed(self._drv, self._root, self._tail + [name])

    def __str__(self):
        try:
            return self._str
        except AttributeError:
            anchor = self._drv + self._root
            s = anchor + self._flavour.sep.join(self._tail)
            self._str = s or "."
            return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """The path with forward slashes."""
        return str(self).replace(self._flavour.sep, "/")

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        """The path as a 'file' URI."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return self._flavour.make_uri(self)

    @property
    def _cmp_parts(self):
        try:
            return self._cparts
        except AttributeError:
            self._cparts = self._flavour.casefold_parts(list(self.parts))
            return self._cparts

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cmp_parts == other._cmp_parts and self._flavour is other._flavour

    def __hash__(self):
        try:
            return self._hash
        except AttributeError:
            self._hash = hash(tuple(self._cmp_parts))
            return self._hash

    def __lt__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cmp_parts < other._cmp_parts

    def __le__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cmp_parts <= other._cmp_parts

    def __gt__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cmp_parts > other._cmp_parts

    def __ge__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cmp_parts >= other._cmp_parts

    @property
    def drive(self):
        """The drive prefix (letter or UNC path), if any."""
        return self._drv

    @property
    def root(self):
        """The root, if any."""
        return self._root

    @property
    def anchor(self):
        """The concatenation of the drive and root, or ''."""
        return self._drv + self._root

    @property
    def parts(self):
        """The path's components: the anchor, then each name."""
        try:
            return self._parts_tuple
        except AttributeError:
            anchor = self._drv + self._root
            if anchor:
                self._parts_tuple = (anchor,) + tuple(self._tail)
            else:
                self._parts_tuple = tuple(self._tail)
            return self._parts_tuple

    @property
    def name(self):
        """The final component, if any."""
        if not self._tail:
            return ""
        return self._tail[-1]

    @property
    def suffix(self):
        """The final component's last suffix, if any (with its dot)."""
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        """A list of the final component's suffixes."""
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        """The final component without its suffix."""
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        """The path with its final component replaced."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        f = self._flavour
        drv, root, rest = f.splitroot(name)
        if (not name or name[-1] in (f.sep, f.altsep or f.sep) or drv or root
                or f.sep in name or (f.altsep and f.altsep in name) or name == "."):
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parsed(self._drv, self._root, self._tail[:-1] + [name])

    def with_stem(self, stem):
        """The path with the stem of its final component replaced."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """The path with its suffix replaced (or added, or removed with '')."""
        f = self._flavour
        if f.sep in suffix or f.altsep and f.altsep in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith(".") or suffix == ".":
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        if not old:
            name = name + suffix
        else:
            name = name[:-len(old)] + suffix
        return self._from_parsed(self._drv, self._root, self._tail[:-1] + [name])

    def relative_to(self, *other):
        """This path relative to `other`; ValueError if it is not under it."""
        if not other:
            raise TypeError("need at least one argument")
        f = self._flavour
        abs_parts = [self._drv, self._root] + self._tail if self._root else (
            [self._drv] + self._tail if self._drv else list(self._tail))
        to_drv, to_root, to_tail = self._parse_args(other)
        if to_root:
            to_abs = [to_drv, to_root] + to_tail
        elif to_drv:
            to_abs = [to_drv] + to_tail
        else:
            to_abs = list(to_tail)
        n = len(to_abs)
        if (self._root or self._drv) if n == 0 else (
                f.casefold_parts(abs_parts[:n]) != f.casefold_parts(to_abs)):
            formatted = to_drv + to_root + f.sep.join(to_tail)
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute."
                             .format(str(self), formatted))
        rest = abs_parts[n:]
        if n == 1 and self._root and rest[:1] == [self._root]:
            # Only the drive was taken off: the root stays.
            return self._from_parsed("", self._root, rest[1:])
        return self._from_parsed("", "", rest)

    def is_relative_to(self, *other):
        """Whether this path is under `other`."""
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    @property
    def parent(self):
        """The logical parent of the path."""
        if not self._tail:
            return self
        return self._from_parsed(self._drv, self._root, self._tail[:-1])

    @property
    def parents(self):
        """A sequence of this path's logical ancestors."""
        return _PathParents(self)

    def joinpath(self, *args):
        """This path joined with each argument in turn."""
        return self._make_child(args)

    def __truediv__(self, key):
        try:
            return self._make_child((key,))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_args((key, self))
        except TypeError:
            return NotImplemented

    def is_absolute(self):
        """Whether the path is absolute (has both a root and, where the
        system has drives, a drive)."""
        if not self._root:
            return False
        return not self._flavour is _windows_flavour or bool(self._drv)

    def is_reserved(self):
        """Whether the path is reserved under Windows."""
        return self._flavour.is_reserved(list(self.parts))

    def match(self, path_pattern):
        """Whether the path matches a glob-style pattern (from the right,
        unless the pattern is absolute)."""
        f = self._flavour
        pat = type(self)(path_pattern) if not isinstance(path_pattern, PurePath) else path_pattern
        pat_parts = f.casefold_parts(list(pat.parts))
        if not pat_parts:
            raise ValueError("empty pattern")
        drv, root = pat._drv, pat._root
        if drv and f.casefold(drv) != f.casefold(self._drv):
            return False
        if root and root != self._root:
            return False
        parts = self._cmp_parts
        if drv or root:
            if len(pat_parts) != len(parts):
                return False
            pat_parts = pat_parts[1:]
        elif len(pat_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True




class PurePosixPath(PurePath):
    """A PurePath for systems other than Windows."""
    _flavour = _posix_flavour
    __slots__ = ()


class PureWindowsPath(PurePath):
    """A PurePath for Windows paths."""
    _flavour = _windows_flavour
    __slots__ = ()


# ----- concrete paths -----

def _is_wildcard(pat):
    return "*" in pat or "?" in pat or "[" in pat


class Path(PurePath):
    """A PurePath that can also ask the file system."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = WindowsPath if os.name == "nt" else PosixPath
        self = cls._from_args(args)
        if not self._flavour.is_supported:
            raise NotImplementedError("cannot instantiate %r on your system"
                                      % (cls.__name__,))
        return self

    def __enter__(self):
        import warnings
        warnings.warn("pathlib.Path.__enter__() is deprecated and scheduled "
                      "for removal in Python 3.13; Path objects as a context "
                      "manager is a no-op",
                      DeprecationWarning, stacklevel=2)
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        """The current working directory."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """The user's home directory."""
        return cls("~").expanduser()

    def samefile(self, other_path):
        """Whether `other_path` is the same file as this one."""
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = self.__class__(other_path).stat()
        return os.path.samestat(st, other_st)

    def iterdir(self):
        """The entries of this directory, as paths (no '.' or '..')."""
        for name in os.listdir(self):
            yield self._make_child_relpath(name)

    def _check_pattern(self, pattern):
        drv, root, tail = self._parse_args((pattern,))
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if not tail:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        return tail

    def glob(self, pattern):
        """The existing paths under this one that match the relative
        `pattern` (`**` is any number of directories)."""
        tail = self._check_pattern(pattern)
        if pattern[-1:] in (self._flavour.sep, self._flavour.altsep or self._flavour.sep):
            tail.append("")
        return self._select(self, tail)

    def rglob(self, pattern):
        """glob with `**/` in front of `pattern`."""
        drv, root, tail = self._parse_args((pattern,))
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern[-1:] in (self._flavour.sep, self._flavour.altsep or self._flavour.sep):
            tail.append("")
        return self._select(self, ["**"] + tail)

    def _select(self, start, pats):
        paths = [start]
        for i, pat in enumerate(pats):
            last = i == len(pats) - 1
            paths = self._select_step(paths, pat, last)
        return iter(paths)

    def _scan(self, path):
        try:
            with os.scandir(path) as it:
                return list(it)
        except OSError:
            return []

    def _select_step(self, paths, pat, last):
        out = []
        if pat == "":
            # A pattern ending with a separator: directories only.
            return [p for p in paths if p.is_dir()]
        if pat == "**":
            seen = set()
            for p in paths:
                for d in self._walk_dirs(p):
                    if d not in seen:
                        seen.add(d)
                        out.append(d)
            return out
        if pat == "..":
            return [p._make_child_relpath("..") for p in paths]
        if not _is_wildcard(pat):
            for p in paths:
                child = p._make_child_relpath(pat)
                if (child.is_dir() if not last else child.exists()):
                    out.append(child)
            return out
        matcher = fnmatch.fnmatchcase if self._flavour is _posix_flavour else (
            lambda n, p: fnmatch.fnmatchcase(n.lower(), p.lower()))
        for p in paths:
            for entry in self._scan(p):
                if not last:
                    try:
                        if not entry.is_dir():
                            continue
                    except OSError:
                        continue
                if matcher(entry.name, pat):
                    out.append(p._make_child_relpath(entry.name))
        return out

    def _walk_dirs(self, top):
        yield top
        for entry in self._scan(top):
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
            except OSError:
                is_dir = False
            if is_dir:
                yield from self._walk_dirs(top._make_child_relpath(entry.name))

    def absolute(self):
        """The path made absolute (without normalizing or resolving)."""
        if self.is_absolute():
            return self
        return self._from_args((os.getcwd(), self))

    def resolve(self, strict=False):
        """The path made absolute, with symbolic links resolved."""
        def check_eloop(e):
            if e.errno == 40:  # ELOOP
                raise RuntimeError("Symlink loop from %r" % e.filename)
        try:
            s = os.path.realpath(self, strict=strict)
        except OSError as e:
            check_eloop(e)
            raise
        p = self._from_args((s,))
        if not strict:
            # realpath does not fail on a loop unless strict: stat does.
            try:
                p.stat()
            except OSError as e:
                check_eloop(e)
        return p

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self)

    def owner(self):
        import pwd
        return pwd.getpwuid(self.stat().st_uid).pw_name

    def group(self):
        import grp
        return grp.getgrgid(self.stat().st_gid).gr_name

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        """Opens the file, as the builtin `open` does."""
        return io.open(str(self), mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode="rb") as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open(mode="r", encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        view = memoryview(data)
        with self.open(mode="wb") as f:
            return f.write(bytes(view))

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % data.__class__.__name__)
        with self.open(mode="w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def readlink(self):
        """The path a symbolic link points to."""
        return self._from_args((os.readlink(self),))

    def touch(self, mode=0o666, exist_ok=True):
        """Creates the file, or updates its times if it exists."""
        if exist_ok:
            try:
                os.utime(self, None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        fd = os.open(self, flags, mode)
        os.close(fd)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Creates the directory (and missing parents when `parents`)."""
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """Removes the file or link."""
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        """Removes the (empty) directory."""
        os.rmdir(self)

    def rename(self, target):
        """Renames to `target`; returns the new path."""
        os.rename(self, target)
        return self.__class__(target)

    def replace(self, target):
        """Renames to `target`, replacing what is there; returns the new path."""
        os.replace(self, target)
        return self.__class__(target)

    def symlink_to(self, target, target_is_directory=False):
        """Makes this path a symbolic link to `target`."""
        os.symlink(target, self)

    def hardlink_to(self, target):
        """Makes this path a hard link to `target`."""
        os.link(target, self)

    def link_to(self, target):
        import warnings
        warnings.warn("pathlib.Path.link_to() is deprecated and is scheduled "
                      "for removal in Python 3.12. Use pathlib.Path.hardlink_to() "
                      "instead.", DeprecationWarning, stacklevel=2)
        os.link(self, target)

    def _mode_is(self, test, follow=True):
        try:
            st = self.stat() if follow else self.lstat()
        except OSError as e:
            if not _ignore_error(e):
                raise
            return False
        except ValueError:
            return False
        return test(st.st_mode)

    def exists(self):
        """Whether the path points to something that exists."""
        try:
            self.stat()
        except OSError as e:
            if not _ignore_error(e):
                raise
            return False
        except ValueError:
            return False
        return True

    def is_dir(self):
        return self._mode_is(S_ISDIR)

    def is_file(self):
        return self._mode_is(S_ISREG)

    def is_mount(self):
        if not self.exists() or not self.is_dir():
            return False
        try:
            parent_dev = self.parent.stat().st_dev
        except OSError:
            return False
        dev = self.stat().st_dev
        if dev != parent_dev:
            return True
        ino = self.stat().st_ino
        parent_ino = self.parent.stat().st_ino
        return ino == parent_ino

    def is_symlink(self):
        return self._mode_is(S_ISLNK, follow=False)

    def is_block_device(self):
        return self._mode_is(S_ISBLK)

    def is_char_device(self):
        return self._mode_is(S_ISCHR)

    def is_fifo(self):
        return self._mode_is(S_ISFIFO)

    def is_socket(self):
        return self._mode_is(S_ISSOCK)

    def expanduser(self):
        """The path with a leading ~ or ~user expanded."""
        if not (self._drv or self._root) and self._tail and self._tail[0][:1] == "~":
            homedir = os.path.expanduser(self._tail[0])
            if homedir[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return self._from_args((homedir,) + tuple(self._tail[1:]))
        return self


class PosixPath(Path, PurePosixPath):
    """A Path on a system other than Windows."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """A Path on Windows."""
    __slots__ = ()

    def is_mount(self):
        raise NotImplementedError("Path.is_mount() is unsupported on this system")
