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
    try:
        __import__(name)
    except ImportError:
        return None
    return sys.modules[name]


class CleanImport:
    def __init__(self, *names):
        self.names = names

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False
