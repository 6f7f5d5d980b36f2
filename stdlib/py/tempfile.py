"""Temporary files and directories, created with names no other file has
and removed when closed (files) or cleaned up (directories)."""

import io as _io
import os as _os

TMP_MAX = 10000
template = "tmp"
tempdir = None


def _random_name():
    return "".join("abcdefghijklmnopqrstuvwxyz0123456789_"[b % 37] for b in _os.urandom(8))


def gettempprefix():
    return template


def gettempdir():
    """The folder temporary files go in: $TMPDIR, $TEMP or $TMP when set
    to a folder, /tmp otherwise."""
    global tempdir
    if tempdir is None:
        for name in ("TMPDIR", "TEMP", "TMP"):
            folder = _os.environ.get(name)
            if folder and _os.path.isdir(folder):
                tempdir = _os.path.abspath(folder)
                break
        else:
            tempdir = "/tmp" if _os.path.isdir("/tmp") else _os.getcwd()
    return tempdir


def _parts(suffix, prefix, dir):
    if suffix is None:
        suffix = ""
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return suffix, prefix, dir


def _create(make, suffix, prefix, dir):
    """Calls make(path) on fresh names until one does not exist yet."""
    suffix, prefix, dir = _parts(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + _random_name() + suffix)
        try:
            return make(path)
        except FileExistsError:
            continue
    raise FileExistsError(17, "No usable temporary file name found")


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Creates a new directory and returns its absolute path."""

    def make(path):
        _os.mkdir(path)
        return _os.path.abspath(path)

    return _create(make, suffix, prefix, dir)


def _exclusive(mode):
    """The mode that creates the file and fails if it exists."""
    mode = mode.replace("w", "x")
    if "x" not in mode:
        mode = "x" + mode.replace("a", "").replace("r", "")
    return mode


def _open_new(mode, buffering, encoding, newline, errors, suffix, prefix, dir):
    if "b" in mode:
        encoding = newline = errors = None

    def make(path):
        return _io.open(path, _exclusive(mode), buffering, encoding, errors, newline)

    return _create(make, suffix, prefix, dir)


class _TemporaryFileWrapper:
    """A named temporary file: the file's methods, and removal of the
    file when it is closed (if `delete`)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def close(self):
        if not self.file.closed:
            self.file.close()
            if self.delete:
                try:
                    _os.unlink(self.name)
                except OSError:
                    pass

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def __iter__(self):
        return iter(self.file)

    def __repr__(self):
        return "<tempfile._TemporaryFileWrapper file=%r>" % (self.file,)


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    """A new file with a visible name (`.name`), removed when closed
    unless delete is false."""
    file = _open_new(mode, buffering, encoding, newline, errors, suffix, prefix, dir)
    return _TemporaryFileWrapper(file, file.name, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """A new file without a name in the file system: it is unlinked at
    once, and its storage goes when it is closed."""
    file = _open_new(mode, buffering, encoding, newline, errors, suffix, prefix, dir)
    try:
        _os.unlink(file.name)
    except OSError:
        pass
    return file


class TemporaryDirectory:
    """A new directory (`.name`), removed with all it holds by cleanup()
    or at the end of a `with` block."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, *exc):
        self.cleanup()
        return False

    def cleanup(self):
        import shutil

        if _os.path.exists(self.name):
            shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
