"""Temporary files and directories: whirl's own `tempfile`."""

import os
import io
import sys
import shutil as _shutil
import random as _random

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile",
           "TemporaryDirectory", "mkstemp", "mkdtemp", "mktemp", "TMP_MAX",
           "gettempprefix", "tempdir", "gettempdir", "gettempprefixb",
           "gettempdirb"]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_text_openflags = os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW
_bin_openflags = _text_openflags
_O_TMPFILE_WORKS = False


class _RandomNameSequence:
    """An endless iterator of 8-character names from `characters`, drawn
    by a generator reseeded after a fork."""

    characters = "abcdefghijklmnopqrstuvwxyz0123456789_"

    @property
    def rng(self):
        pid = os.getpid()
        if pid != getattr(self, "_rng_pid", None):
            self._rng = _random.Random()
            self._rng_pid = pid
        return self._rng

    def __iter__(self):
        return self

    def __next__(self):
        return "".join(self.rng.choices(self.characters, k=8))


_name_sequence = None


def _get_candidate_names():
    """The module's shared _RandomNameSequence."""
    global _name_sequence
    if _name_sequence is None:
        _name_sequence = _RandomNameSequence()
    return _name_sequence


def _random_name():
    return next(_get_candidate_names())


def _infer_return_type(*args):
    """str or bytes: the type of the arguments that are not None."""
    return_type = None
    for arg in args:
        if arg is None:
            continue
        if isinstance(arg, os.PathLike):
            arg = os.fspath(arg)
        if isinstance(arg, bytes):
            if return_type is str:
                raise TypeError("Can't mix bytes and non-bytes in path components.")
            return_type = bytes
        else:
            if return_type is bytes:
                raise TypeError("Can't mix bytes and non-bytes in path components.")
            return_type = str
    if return_type is None:
        if tempdir is None or isinstance(tempdir, str):
            return str
        return bytes
    return return_type


def _candidate_tempdir_list():
    """The directories gettempdir tries, in order."""
    dirlist = []
    for name in ("TMPDIR", "TEMP", "TMP"):
        d = os.getenv(name)
        if d:
            dirlist.append(d)
    dirlist.extend(["/tmp", "/var/tmp", "/usr/tmp"])
    try:
        dirlist.append(os.getcwd())
    except (AttributeError, OSError):
        dirlist.append(os.curdir)
    return dirlist


def _get_default_tempdir():
    """The first candidate directory a file can be created in."""
    namer = _RandomNameSequence()
    dirlist = _candidate_tempdir_list()
    for d in dirlist:
        if d != os.curdir:
            d = os.path.abspath(d)
        for _ in range(100):
            name = os.path.join(d, next(namer))
            try:
                fd = os.open(name, _bin_openflags, 0o600)
                try:
                    try:
                        os.write(fd, b"blat")
                    finally:
                        os.close(fd)
                finally:
                    os.unlink(name)
                return d
            except FileExistsError:
                continue
            except PermissionError:
                break
            except OSError:
                break
    raise FileNotFoundError(2, "No usable temporary directory found in %s" % dirlist)


def gettempprefix():
    return template


def gettempprefixb():
    return os.fsencode(template)


def gettempdir():
    """The directory temporary files go in (cached in `tempfile.tempdir`)."""
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return os.fsdecode(tempdir)


def gettempdirb():
    return os.fsencode(gettempdir())


def _sanitize(prefix, suffix, dir):
    output_type = _infer_return_type(prefix, suffix, dir)
    if suffix is None:
        suffix = output_type()
    if prefix is None:
        prefix = template if output_type is str else os.fsencode(template)
    if dir is None:
        dir = gettempdir() if output_type is str else gettempdirb()
    return prefix, suffix, dir, output_type


def _names(prefix, suffix, dir, output_type):
    names = _get_candidate_names()
    for _ in range(TMP_MAX):
        name = next(names)
        if output_type is bytes:
            name = os.fsencode(name)
        yield os.path.join(dir, prefix + name + suffix)


def _mkstemp_inner(dir, prefix, suffix, flags, output_type):
    dir = os.path.abspath(dir)
    for file in _names(prefix, suffix, dir, output_type):
        try:
            fd = os.open(file, flags, 0o600)
        except FileExistsError:
            continue
        return fd, file
    raise FileExistsError(17, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Creates a temporary file securely; returns (descriptor, absolute
    path). The caller removes it."""
    prefix, suffix, dir, output_type = _sanitize(prefix, suffix, dir)
    flags = _text_openflags if text else _bin_openflags
    return _mkstemp_inner(dir, prefix, suffix, flags, output_type)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Creates a temporary directory (mode 0o700); returns its absolute path."""
    prefix, suffix, dir, output_type = _sanitize(prefix, suffix, dir)
    for file in _names(prefix, suffix, dir, output_type):
        try:
            os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return os.path.abspath(file)
    raise FileExistsError(17, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A name no file has now (unsafe: deprecated)."""
    if dir is None:
        dir = gettempdir()
    for file in _names(prefix, suffix, dir, str):
        if not os.path.lexists(file):
            return file
    raise FileExistsError(17, "No usable temporary filename found")


def _open_created(path, mode, buffering, encoding, newline, errors):
    # The file exists (made with O_EXCL and mode 0o600): open it without
    # truncating or failing on existence.
    m = mode.replace("w", "r").replace("x", "r")
    if "a" in mode:
        m = mode
    elif "+" not in m:
        m = m + "+"
    if "b" in mode:
        return io.open(path, m, buffering)
    return io.open(path, m, buffering, encoding=encoding, errors=errors, newline=newline)


class _TemporaryFileWrapper:
    """A file object that removes its file when closed (or at `with`'s end)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        file = self.__dict__["file"]
        return getattr(file, name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return False

    def close(self):
        if not self._closed:
            self._closed = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    try:
                        os.unlink(self.name)
                    except FileNotFoundError:
                        pass

    @property
    def closed(self):
        return self.file.closed

    def __iter__(self):
        for line in self.file:
            yield line

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None,
                       suffix=None, prefix=None, dir=None, delete=True, *,
                       errors=None):
    """A temporary file with a visible name (`.name`), removed on close
    when `delete`."""
    prefix, suffix, dir, output_type = _sanitize(prefix, suffix, dir)
    flags = _bin_openflags
    fd, name = _mkstemp_inner(dir, prefix, suffix, flags, output_type)
    os.close(fd)
    try:
        file = _open_created(name, mode, buffering, encoding, newline, errors)
    except BaseException:
        os.unlink(name)
        raise
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None,
                  suffix=None, prefix=None, dir=None, *, errors=None):
    """A temporary file with no name left in the file system."""
    prefix, suffix, dir, output_type = _sanitize(prefix, suffix, dir)
    flags = _bin_openflags
    fd, name = _mkstemp_inner(dir, prefix, suffix, flags, output_type)
    os.close(fd)
    try:
        file = _open_created(name, mode, buffering, encoding, newline, errors)
    finally:
        os.unlink(name)
    return file


class SpooledTemporaryFile:
    """A temporary file kept in memory until it grows past `max_size` (or
    `fileno()` is asked for), then moved to a real one."""

    def __init__(self, max_size=0, mode="w+b", buffering=-1, encoding=None,
                 newline=None, suffix=None, prefix=None, dir=None, *, errors=None):
        if "b" in mode:
            self._file = io.BytesIO()
        else:
            self._file = io.StringIO(newline="\n")
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = {"mode": mode, "buffering": buffering,
                                   "suffix": suffix, "prefix": prefix,
                                   "encoding": encoding, "newline": newline,
                                   "dir": dir, "errors": errors}

    def _check(self, file):
        if self._rolled:
            return
        max_size = self._max_size
        if max_size and file.tell() > max_size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        file = self._file
        newfile = self._file = TemporaryFile(**self._TemporaryFileArgs)
        del self._TemporaryFileArgs
        pos = file.tell()
        newfile.write(file.getvalue())
        newfile.seek(pos, 0)
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def encoding(self):
        if self._rolled:
            return self._file.encoding
        return self._TemporaryFileArgs["encoding"] if "b" not in self.mode else None

    @property
    def mode(self):
        if self._rolled:
            return self._file.mode
        return self._TemporaryFileArgs["mode"]

    @property
    def name(self):
        if self._rolled:
            return self._file.name
        return None

    @property
    def newlines(self):
        return getattr(self._file, "newlines", None)

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def isatty(self):
        return self._file.isatty()

    def read(self, *args):
        return self._file.read(*args)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            return self._file.truncate()
        if size > self._max_size:
            self.rollover()
        return self._file.truncate(size)

    def write(self, s):
        file = self._file
        rv = file.write(s)
        self._check(file)
        return rv

    def writelines(self, iterable):
        file = self._file
        rv = file.writelines(iterable)
        self._check(file)
        return rv

    def readable(self):
        return self._file.readable()

    def seekable(self):
        return self._file.seekable()

    def writable(self):
        return self._file.writable()


class TemporaryDirectory:
    """A directory made by mkdtemp, removed with its contents by
    `cleanup()` or at the end of a `with` block (which gives its name)."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def _rmtree(self):
        def onerror(func, path, exc_info):
            if issubclass(exc_info[0], PermissionError):
                try:
                    if path != self.name:
                        os.chmod(os.path.dirname(path), 0o700)
                    os.chmod(path, 0o700)
                    if os.path.isdir(path) and not os.path.islink(path):
                        _shutil.rmtree(path, onerror=onerror)
                    else:
                        os.unlink(path)
                    return
                except FileNotFoundError:
                    return
                except OSError:
                    if not self._ignore_cleanup_errors:
                        raise
            elif issubclass(exc_info[0], FileNotFoundError):
                return
            elif not self._ignore_cleanup_errors:
                raise exc_info[1]
        _shutil.rmtree(self.name, onerror=onerror)

    def cleanup(self):
        if not self._done:
            self._done = True
            if os.path.exists(self.name):
                self._rmtree()

    def __del__(self):
        try:
            if not self._done:
                self.cleanup()
        except Exception:
            pass

    @classmethod
    def __class_getitem__(cls, item):
        return cls
