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
