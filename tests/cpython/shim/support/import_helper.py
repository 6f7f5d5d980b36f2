"""The harness's `test.support.import_helper` (see __init__.py)."""

import sys
import unittest


def forget(name):
    """Drops module `name` (and its submodules) from sys.modules."""
    for key in list(sys.modules):
        if key == name or key.startswith(name + "."):
            del sys.modules[key]


def import_module(name, deprecated=False, *, required_on=()):
    try:
        __import__(name)
    except ImportError as e:
        raise unittest.SkipTest(str(e))
    return sys.modules[name]


def import_fresh_module(name, fresh=(), blocked=(), deprecated=False):
    """Imports `name` anew, with the modules of `fresh` imported anew too
    and those of `blocked` made unimportable; None when one of them cannot
    be imported. sys.modules is left as it was."""
    names = [name, *fresh]
    # Submodules go too (as CPython's does), so a fresh package gets its
    # submodule attributes (json.decoder) set again.
    subs = [m for m in list(sys.modules) for n in names if m.startswith(n + ".")]
    saved = {n: sys.modules[n] for n in [*names, *blocked, *subs] if n in sys.modules}
    try:
        for n in [*names, *subs]:
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
        for n in [*names, *blocked, *subs]:
            sys.modules.pop(n, None)
        sys.modules.update(saved)


class CleanImport:
    def __init__(self, *names):
        self.names = names

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False
