"""Runs one of Tornado's own test modules and prints one line per test:

    RESULT <pass|fail|error|skip|xfail|xpass> <Class.method>

Usage: harness.py <dir holding tornado_test/> <module>, e.g. escape_test.

tests/tornado_suite/run starts it under CPython with real Tornado on the
path and under whirl with whirl's own `tornado`, and compares the two. The
tests run through the unittest in use (CPython's, or whirl's own) as
Tornado's runtests.py runs them: a loader collects the module's TestCase
classes, a suite runs them (setUpClass, setUp, cleanups, subtests), and a
result object prints each outcome at once, so a crash or a timeout loses
only the tests not yet run.

A module or name whirl does not have yet gets a stand-in that fails when
used (a class or function decorated with one becomes a stand-in itself), so
that the test module still loads and only the tests that use it fail; the
stand-ins are listed on stderr. (Under CPython none are needed.)
"""

import sys

ROOT = sys.argv[1]
MODULE = sys.argv[2]
sys.path.insert(0, ROOT)

import inspect  # noqa: E402
import logging  # noqa: E402
import re  # noqa: E402
import unittest  # noqa: E402
import warnings  # noqa: E402

OUT = sys.stdout
PACKAGE = "tornado_test"


def describe(e):
    try:
        text = str(e)
    except BaseException:
        text = "<str() failed>"
    return "%s: %s" % (type(e).__name__, text.splitlines()[0] if text else "")


class _Missing:
    """Stands in for a module or name whirl lacks. Subclassing it gives a
    plain class (so `class H(MissingBase)` still defines H); calling it or
    iterating it raises ImportError, failing the tests that use it."""

    def __init__(self, name):
        self.__name__ = name

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        return _Missing(self.__name__ + "." + attr)

    def __mro_entries__(self, bases):
        return ()

    def __call__(self, *args, **kwargs):
        # Used as a decorator at import time (`@stream_request_body`): the
        # decorated class or function becomes a stand-in too, so the module
        # loads and only the tests that use it fail.
        if len(args) == 1 and not kwargs and (isinstance(args[0], type) or inspect.isfunction(args[0])):
            return _Missing("%s(%s)" % (self.__name__, args[0].__name__))
        raise ImportError("harness: %s is missing" % self.__name__)

    def __iter__(self):
        raise ImportError("harness: %s is missing" % self.__name__)


STUBBED = []


def stub_module(name):
    sys.modules[name] = _Missing(name)
    parent, _, child = name.rpartition(".")
    if parent and parent in sys.modules:
        try:
            setattr(sys.modules[parent], child, sys.modules[name])
        except BaseException:
            pass
    STUBBED.append(name)


MISSING_NAME = re.compile(r"cannot import name '(\w+)' from '([\w.]+)'")
MISSING_MODULE = re.compile(r"No module named '([\w.]+)'")


def import_with_stand_ins(name):
    """Imports the test module; each missing module or name it (or a helper
    it imports) needs gets a stand-in, and the import is tried again."""
    for _ in range(200):
        try:
            __import__(name)
            return sys.modules[name]
        except ImportError as e:
            text = str(e)
            for key in list(sys.modules):
                if key == PACKAGE + "." + name.rsplit(".", 1)[-1]:
                    del sys.modules[key]
            m = MISSING_NAME.search(text)
            if m and m.group(2) in sys.modules and not isinstance(sys.modules[m.group(2)], _Missing):
                setattr(sys.modules[m.group(2)], m.group(1), _Missing(m.group(2) + "." + m.group(1)))
                STUBBED.append(m.group(2) + "." + m.group(1))
                continue
            m = MISSING_MODULE.search(text)
            if m and m.group(1) not in sys.modules and not m.group(1).startswith(PACKAGE):
                stub_module(m.group(1))
                continue
            raise
    raise ImportError("harness: too many missing names")


class LineResult(unittest.TestResult):
    """Prints one RESULT line per test when it stops: the worst outcome
    among the test and its subtests."""

    def __init__(self):
        super().__init__()
        self.outcome = None
        self.detail = ""

    def _set(self, outcome, err=None):
        rank = ("pass", "skip", "xfail", "xpass", "fail", "error")
        if self.outcome is None or rank.index(outcome) > rank.index(self.outcome):
            self.outcome = outcome
            if err is not None:
                self.detail = describe(err[1]) if isinstance(err, tuple) else str(err)

    def startTest(self, test):
        super().startTest(test)
        self.outcome = None
        self.detail = ""

    def stopTest(self, test):
        super().stopTest(test)
        outcome = self.outcome or "pass"
        test_id = test_name(test)
        OUT.write("RESULT %s %s\n" % (outcome, test_id))
        OUT.flush()
        if outcome in ("fail", "error") and self.detail:
            sys.stderr.write("%s %s: %s\n" % (outcome.upper(), test_id, self.detail))
            sys.stderr.flush()

    def addSuccess(self, test):
        super().addSuccess(test)
        self._set("pass")

    def addError(self, test, err):
        # Errors of setUpClass/tearDownClass come with a stand-in test.
        if not isinstance(test, unittest.TestCase):
            sys.stderr.write("ERROR %s: %s\n" % (test, describe(err[1])))
            sys.stderr.flush()
            return
        self._set("error", err)

    def addFailure(self, test, err):
        self._set("fail", err)

    def addSkip(self, test, reason):
        if not isinstance(test, unittest.TestCase):
            return
        self._set("skip")

    def addExpectedFailure(self, test, err):
        self._set("xfail")

    def addUnexpectedSuccess(self, test):
        self._set("xpass")

    def addSubTest(self, test, subtest, err):
        if err is not None:
            failure = issubclass(err[0], test.failureException)
            self._set("fail" if failure else "error", err)


def test_name(test):
    parts = test.id().split(".")
    return ".".join(parts[-2:])


def main():
    # As Tornado's runtests.py: deprecations raised by tornado itself are
    # errors, the access log is silent.
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    warnings.filterwarnings("error", category=DeprecationWarning, module=r"tornado\..*")
    logging.getLogger("tornado.access").setLevel(logging.CRITICAL)
    name = PACKAGE + "." + MODULE
    try:
        module = import_with_stand_ins(name)
    except BaseException as e:
        OUT.write("MODULE-ERROR %s: %s\n" % (name, describe(e)))
        OUT.flush()
        return
    if STUBBED:
        sys.stderr.write("harness: stand-ins for missing names: %s\n" % ", ".join(STUBBED))
    suite = unittest.defaultTestLoader.loadTestsFromModule(module)
    suite.run(LineResult())
    OUT.write("DONE\n")
    OUT.flush()


main()
