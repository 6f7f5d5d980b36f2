"""The harness's `test.support.os_helper` (see __init__.py)."""

import os

from test.support._library_os_helper import *  # noqa: F401,F403

TESTFN = "@test_%d_tmp" % os.getpid()
TESTFN_ASCII = TESTFN


def unlink(filename):
    try:
        os.remove(filename)
    except OSError:
        pass


class FakePath:
    def __init__(self, path):
        self.path = path

    def __repr__(self):
        return "<FakePath %r>" % (self.path,)

    def __fspath__(self):
        if isinstance(self.path, BaseException):
            raise self.path
        return self.path


# ----- added for the os/pathlib/shutil/tempfile/glob test modules -----

import contextlib
import unittest

TESTFN_UNICODE = TESTFN + "-\xe0\xf2\u0258\u0141\u011f"
TESTFN_NONASCII = TESTFN + "-\xe6"
FS_NONASCII = "\xe6"
TESTFN_UNENCODABLE = None
TESTFN_UNDECODABLE = None


def can_symlink():
    name = TESTFN + "_can_symlink"
    try:
        os.symlink(TESTFN, name)
    except (OSError, NotImplementedError, AttributeError):
        return False
    os.remove(name)
    return True


def skip_unless_symlink(test):
    ok = can_symlink()
    return test if ok else unittest.skip("Requires functional symlink implementation")(test)


def can_chmod():
    return hasattr(os, "chmod")


def skip_unless_working_chmod(test):
    return test


def skip_unless_xattr(test):
    return unittest.skip("no xattr support")(test)


def _is_root():
    return hasattr(os, "geteuid") and os.geteuid() == 0


def skip_if_dac_override(test):
    return unittest.skip("incompatible with CAP_DAC_OVERRIDE")(test) if _is_root() else test


def skip_unless_dac_override(test):
    return test if _is_root() else unittest.skip("requires CAP_DAC_OVERRIDE")(test)


def fs_is_case_insensitive(directory):
    return False


def rmdir(dirname):
    try:
        os.rmdir(dirname)
    except FileNotFoundError:
        pass


def rmtree(path):
    import shutil
    try:
        shutil.rmtree(path)
    except FileNotFoundError:
        pass


def create_empty_file(filename):
    fd = os.open(filename, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    os.close(fd)


def make_bad_fd():
    r, w = os.pipe()
    os.close(r)
    os.close(w)
    return w


@contextlib.contextmanager
def change_cwd(path, quiet=False):
    saved = os.getcwd()
    os.chdir(path)
    try:
        yield os.getcwd()
    finally:
        os.chdir(saved)


@contextlib.contextmanager
def temp_dir(path=None, quiet=False):
    import tempfile
    made = path is None
    if made:
        path = os.path.realpath(tempfile.mkdtemp())
    else:
        os.mkdir(path)
    try:
        yield path
    finally:
        rmtree(path)


@contextlib.contextmanager
def temp_cwd(name="tempcwd", quiet=False):
    with temp_dir(quiet=quiet) as d:
        with change_cwd(d, quiet=quiet) as cwd:
            yield cwd


@contextlib.contextmanager
def temp_umask(umask):
    old = os.umask(umask)
    try:
        yield
    finally:
        os.umask(old)


@contextlib.contextmanager
def open_dir_fd(path):
    fd = os.open(path, os.O_RDONLY)
    try:
        yield fd
    finally:
        os.close(fd)


class EnvironmentVarGuard(__import__("collections.abc").abc.MutableMapping):
    """Sets and unsets environment variables, restoring them on exit."""

    def __init__(self):
        self._environ = os.environ
        self._changed = {}

    def __getitem__(self, name):
        return self._environ[name]

    def __setitem__(self, name, value):
        if name not in self._changed:
            self._changed[name] = self._environ.get(name)
        self._environ[name] = value

    def __delitem__(self, name):
        if name not in self._changed:
            self._changed[name] = self._environ.get(name)
        if name in self._environ:
            del self._environ[name]

    def __contains__(self, name):
        return name in self._environ

    def __iter__(self):
        return iter(self._environ)

    def __len__(self):
        return len(self._environ)

    def get(self, name, default=None):
        return self._environ.get(name, default)

    def keys(self):
        return self._environ.keys()

    def set(self, name, value):
        self[name] = value

    def unset(self, name):
        del self[name]

    def copy(self):
        return dict(self._environ)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        for k, v in self._changed.items():
            if v is None:
                if k in self._environ:
                    del self._environ[k]
            else:
                self._environ[k] = v
        os.environ = self._environ


def _longpath(path):
    return path
