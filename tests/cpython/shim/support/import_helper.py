"""The harness's `test.support.import_helper` (see __init__.py)."""

import sys
import unittest


def forget(name):
    """Drops module `name` (and its submodules) from sys.modules."""
    for key in list(sys.modules):
        if key == name or key.startswith(name + "."):
            del sys.modules[key]


def unload(name):
    """Drops module `name` from sys.modules, if it is there."""
    sys.modules.pop(name, None)


def import_module(name, deprecated=False, *, required_on=()):
    try:
        __import__(name)
    except ImportError as e:
        raise unittest.SkipTest(str(e))
    return sys.modules[name]


# CPython's C modules that shadow a pure-Python implementation of the
# same module (the Python one is tested with `blocked=[...]`); whirl has
# none of them.
C_ACCELERATORS = frozenset(
    "_heapq _bisect _json _decimal _datetime _pickle _operator _functools"
    " _collections _statistics _warnings _elementtree _io _struct".split()
)


def import_fresh_module(name, fresh=(), blocked=(), deprecated=False):
    """Imports `name` anew, with the modules of `fresh` imported anew too
    and those of `blocked` made unimportable; None when one of them cannot
    be imported. sys.modules is left as it was."""
    # A C accelerator asked for fresh (`fresh=['_heapq']`) is not imported
    # on its own: the module is imported as a program would, with its
    # accelerator under CPython and whirl's one implementation under whirl,
    # so the "C" test classes run on both sides.
    fresh = [n for n in fresh if n not in C_ACCELERATORS]
    names = [name, *fresh]

    def with_submodules(ns):
        return [m for m in list(sys.modules) if any(m == n or m.startswith(n + ".") for n in ns)]

    touched = with_submodules([*names, *blocked])
    saved = {n: sys.modules[n] for n in touched}
    try:
        # A package comes back with its submodules (`json.decoder`), as
        # CPython's helper removes them too.
        for n in with_submodules(names):
            sys.modules.pop(n, None)
        for n in blocked:
            sys.modules[n] = None
        try:
            for n in fresh:
                __import__(n)
            __import__(name)
            return sys.modules[name]
        except ImportError:
            return None
    finally:
        for n in with_submodules([*names, *blocked]):
            sys.modules.pop(n, None)
        sys.modules.update(saved)


class CleanImport:
    def __init__(self, *names):
        self.names = names

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False
