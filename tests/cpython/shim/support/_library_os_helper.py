"""More of the harness's `test.support.os_helper` (see __init__.py), for
the test modules of library modules; os_helper re-exports it."""

import os
import unittest
from collections.abc import MutableMapping


def _identity(item):
    return item


# chmod works on Linux.
skip_unless_working_chmod = _identity


def skip_if_dac_override(test):
    """Skips a test that relies on permissions being enforced when the
    user (root) overrides them."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        return unittest.skip("harness: root overrides file permissions")(test)
    return test


def create_empty_file(filename):
    with open(filename, "w"):
        pass


class EnvironmentVarGuard(MutableMapping):
    """os.environ, with every change undone on exit."""

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

    def __iter__(self):
        return iter(self._environ)

    def __len__(self):
        return len(self._environ)

    def set(self, name, value):
        self[name] = value

    def unset(self, name):
        del self[name]

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        for name, value in self._changed.items():
            if value is None:
                if name in self._environ:
                    del self._environ[name]
            else:
                self._environ[name] = value
        return False
