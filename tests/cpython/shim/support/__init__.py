"""A small stand-in for CPython's `test.support`, written for
tests/cpython/harness.py (CPython's own test.support imports most of the
standard library). The harness installs it as `test.support` under CPython
and whirl alike, so both run the same tests the same way.

Tests marked as checking CPython implementation details (`cpython_only`,
`impl_detail`, `check_impl_detail()`, refcount tests) are skipped on both:
the harness measures the language, and whirl is not CPython.
"""

import sys
import unittest

from test.support._library_tests import *  # noqa: F401,F403
from test.support._library_tests import _1G, _2G, _4G  # noqa: F401

verbose = 0
is_jython = False
is_android = False
is_wasi = False
is_emscripten = False
Py_DEBUG = False
HAVE_DOCSTRINGS = True
MISSING_C_DOCSTRINGS = False
MAX_Py_ssize_t = sys.maxsize
SHORT_TIMEOUT = 30.0
LONG_TIMEOUT = 300.0
LOOPBACK_TIMEOUT = 5.0
INTERNET_TIMEOUT = 60.0


class TestFailed(Exception):
    pass


class ResourceDenied(unittest.SkipTest):
    pass


def _identity(item):
    return item


def _always(item=None, *args, **kwargs):
    if callable(item) and not args and not kwargs:
        return item
    return _identity


def check_impl_detail(**guards):
    if not guards:
        return False
    if "cpython" in guards:
        return not guards["cpython"]
    return not any(guards.values())


def impl_detail(msg=None, **guards):
    if check_impl_detail(**guards):
        return _identity
    return unittest.skip(msg or "harness: checks a CPython implementation detail")


cpython_only = unittest.skip("harness: checks a CPython implementation detail")
refcount_test = unittest.skip("harness: checks CPython reference counts")
bigaddrspacetest = unittest.skip("harness: needs a huge address space")
no_tracing = _identity
requires_IEEE_754 = _identity
requires_docstrings = _identity
run_with_locale = _always
requires_resource = _always


class Error(Exception):
    """Base class for regression test exceptions."""


def has_no_debug_ranges():
    # Both interpreters record column positions.
    return False


def requires_debug_ranges(reason="harness: checks CPython's code positions"):
    return unittest.skip(reason)


def requires_working_socket(*, module=False):
    # Sockets work on Linux: the tests run (and fail where whirl lacks them).
    return None if module else _identity


def requires(resource, msg=None):
    raise ResourceDenied(msg or "harness: resource %r not enabled" % (resource,))


def gc_collect():
    import gc

    gc.collect()
    gc.collect()
    gc.collect()


class _Capture:
    # Writes are kept as parts; reading (seek/read, as test_logging does
    # with captured output) goes through a StringIO of what was written.
    def __init__(self):
        self._parts = []
        self._pos = 0

    def write(self, s):
        # Appends (a capture is written at its end), as a StringIO moves
        # its position past what it wrote.
        self._parts.append(s)
        self._pos += len(s)
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        pass

    def getvalue(self):
        return "".join(self._parts)

    def seek(self, pos, whence=0):
        self._pos = pos
        return pos

    def tell(self):
        return self._pos

    def read(self, size=-1):
        text = self.getvalue()
        end = len(text) if size is None or size < 0 else self._pos + size
        out = text[self._pos:end]
        self._pos += len(out)
        return out

    def readline(self):
        text = self.getvalue()
        i = text.find("\n", self._pos)
        end = len(text) if i < 0 else i + 1
        out = text[self._pos:end]
        self._pos = end
        return out

    def truncate(self, size=None):
        text = self.getvalue()[: self._pos if size is None else size]
        self._parts = [text]
        return len(text)


class captured_output:
    def __init__(self, stream_name):
        self.name = stream_name

    def __enter__(self):
        self.saved = getattr(sys, self.name)
        self.capture = _Capture()
        setattr(sys, self.name, self.capture)
        return self.capture

    def __exit__(self, *exc):
        setattr(sys, self.name, self.saved)
        return False


def captured_stdout():
    return captured_output("stdout")


def captured_stderr():
    return captured_output("stderr")


def captured_stdin():
    return captured_output("stdin")


class disable_gc:
    def __enter__(self):
        import gc

        self.was = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc):
        import gc

        if self.was:
            gc.enable()
        return False


class catch_unraisable_exception:
    def __init__(self):
        self.unraisable = None

    def _hook(self, unraisable):
        self.unraisable = unraisable

    def __enter__(self):
        self._old = getattr(sys, "unraisablehook", None)
        sys.unraisablehook = self._hook
        return self

    def __exit__(self, *exc):
        sys.unraisablehook = self._old
        self.unraisable = None
        return False


class infinite_recursion:
    def __init__(self, max_depth=75):
        self.max_depth = max_depth

    def __enter__(self):
        self.old = sys.getrecursionlimit()
        sys.setrecursionlimit(self.max_depth)

    def __exit__(self, *exc):
        sys.setrecursionlimit(self.old)
        return False


class adjust_int_max_str_digits:
    def __init__(self, max_digits):
        self.max_digits = max_digits

    def __enter__(self):
        self.old = sys.get_int_max_str_digits()
        sys.set_int_max_str_digits(self.max_digits)

    def __exit__(self, *exc):
        sys.set_int_max_str_digits(self.old)
        return False


class SuppressCrashReport:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


_MISSING = object()


class swap_attr:
    def __init__(self, obj, attr, new_val):
        self.obj, self.attr, self.new_val = obj, attr, new_val

    def __enter__(self):
        self.old = getattr(self.obj, self.attr, _MISSING)
        setattr(self.obj, self.attr, self.new_val)
        return self.old if self.old is not _MISSING else None

    def __exit__(self, *exc):
        if self.old is _MISSING:
            delattr(self.obj, self.attr)
        else:
            setattr(self.obj, self.attr, self.old)
        return False


class swap_item:
    def __init__(self, obj, key, new_val):
        self.obj, self.key, self.new_val = obj, key, new_val

    def __enter__(self):
        self.old = self.obj.get(self.key, _MISSING)
        self.obj[self.key] = self.new_val
        return self.old if self.old is not _MISSING else None

    def __exit__(self, *exc):
        if self.old is _MISSING:
            del self.obj[self.key]
        else:
            self.obj[self.key] = self.old
        return False


class _AlwaysEq:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = None


class _NeverEq:
    def __eq__(self, other):
        return False

    def __ne__(self, other):
        return True

    def __hash__(self):
        return 1


class _LargestOf:
    def __eq__(self, other):
        return isinstance(other, _LargestOf)

    def __lt__(self, other):
        return False

    def __gt__(self, other):
        return not isinstance(other, _LargestOf)

    # CPython's LARGEST is functools.total_ordering'd.
    def __le__(self, other):
        return isinstance(other, _LargestOf)

    def __ge__(self, other):
        return True

    __hash__ = None


ALWAYS_EQ = _AlwaysEq()
NEVER_EQ = _NeverEq()
LARGEST = _LargestOf()


def sortdict(d):
    return "{%s}" % ", ".join("%r: %r" % item for item in sorted(d.items()))


def get_attribute(obj, name):
    try:
        return getattr(obj, name)
    except AttributeError:
        raise unittest.SkipTest("object %r has no attribute %r" % (obj, name))


def check_syntax_error(testcase, statement, errtext="", *, lineno=None, offset=None):
    with testcase.assertRaisesRegex(SyntaxError, errtext) as cm:
        compile(statement, "<test string>", "exec")
    err = cm.exception
    testcase.assertIsNotNone(err.lineno)
    if lineno is not None:
        testcase.assertEqual(err.lineno, lineno)
    testcase.assertIsNotNone(err.offset)
    if offset is not None:
        testcase.assertEqual(err.offset, offset)


def check_free_after_iterating(test, iter_factory, cls, args=()):
    freed = []

    class Watched(cls):
        def __del__(self):
            freed.append(True)

    try:
        next(iter_factory(Watched(*args)))
    except StopIteration:
        pass
    gc_collect()
    test.assertTrue(freed)


def findfile(filename, subdir=None):
    import os

    here = os.path.dirname(os.path.dirname(__file__))
    parts = [here] + ([subdir] if subdir else []) + [filename]
    path = os.path.join(*parts)
    return path if os.path.exists(path) else filename


# test_re: memory-size constants and the bigmem decorator (run, as CPython
# does without -M, once with a small size when dry_run allows it).
_1M = 1024 * 1024
_1G = 1024 * _1M
_2G = 2 * _1G
_4G = 4 * _1G


def bigmemtest(size, memuse, dry_run=True):
    def decorator(f):
        def wrapper(self):
            if not dry_run:
                raise unittest.SkipTest("harness: not enough memory")
            return f(self, 5147)

        wrapper.__name__ = f.__name__
        wrapper.__doc__ = f.__doc__
        return wrapper

    return decorator


def check_disallow_instantiation(testcase, tp, *args, **kwds):
    name = tp.__name__
    module = getattr(tp, "__module__", "builtins")
    qualname = name if module == "builtins" else "%s.%s" % (module, name)
    with testcase.assertRaises(TypeError) as cm:
        tp(*args, **kwds)
    testcase.assertIn("cannot create '%s' instances" % qualname, str(cm.exception))
# For the system modules' tests (socket, select, selectors, subprocess,
# signal, platform).
def requires_fork():
    return _identity


def requires_subprocess():
    return _identity


def requires_mac_ver(*min_version):
    return _identity


def requires_linux_version(*min_version):
    return _identity


def reap_children():
    pass


    testcase.assertRaises(TypeError, tp, *args, **kwds)


def wait_process(pid, *, exitcode, timeout=None):
    import os
    _, status = os.waitpid(pid, 0)
    testcase_code = os.waitstatus_to_exitcode(status)
    if testcase_code != exitcode:
        raise AssertionError(f"process {pid} exited with code {testcase_code}, "
                             f"but exit code {exitcode} is expected")


PIPE_MAX_SIZE = 4 * 1024 * 1024 + 1
unix_shell = "/bin/sh"
has_subprocess_support = True
# ----- added for the os/shutil/tempfile test modules -----

def _requires_module(name):
    try:
        __import__(name)
    except ImportError:
        return unittest.skip("requires " + name)
    return _identity


def requires_zlib(reason="requires zlib"):
    return _requires_module("zlib")


def requires_bz2(reason="requires bz2"):
    return _requires_module("bz2")


def requires_lzma(reason="requires lzma"):
    return _requires_module("lzma")


# ----- from the binary-data modules' branch -----


# ----- from branch cli -----
def skip_if_sanitizer(reason=None, *, address=False, memory=False, ub=False):
    return _identity




# ----- from branch suite-a -----
skip_if_pgo_task = _identity


def calcobjsize(fmt):
    # Object sizes are a CPython detail; check_sizeof below skips the test.
    return 0


def calcvobjsize(fmt):
    return 0


def check_sizeof(test, obj, size):
    raise unittest.SkipTest("harness: checks CPython object sizes")


def setswitchinterval(interval):
    setter = getattr(sys, "setswitchinterval", None)
    if setter is not None:
        setter(interval)


def check__all__(test_case, module, name_of_module=None, extra=(), not_exported=()):
    """Every public name the module defines (its own functions, classes and
    the like, by `__module__`) appears in its `__all__`, and nothing else."""
    if name_of_module is None:
        name_of_module = (module.__name__,)
    elif isinstance(name_of_module, str):
        name_of_module = (name_of_module,)
    expected = set(extra)
    for name in dir(module):
        if name.startswith("_") or name in not_exported:
            continue
        obj = getattr(module, name)
        if getattr(obj, "__module__", None) in name_of_module or (
            not hasattr(obj, "__module__") and not isinstance(obj, type(sys))
        ):
            expected.add(name)
    test_case.assertCountEqual(module.__all__, expected)




# ----- from branch text -----
def check_sanitizer(*, address=False, memory=False, ub=False):
    return False


requires_legacy_unicode_capi = unittest.skip("harness: needs CPython's legacy unicode C API")


def darwin_malloc_err_warning(test_name):
    pass


def is_resource_enabled(resource):
    return False


def open_urlresource(url, *args, **kw):
    raise ResourceDenied("harness: no network resources")


def run_unittest(*classes):
    """Runs the given TestCase classes (the harness collects them itself;
    this serves modules whose test_main calls it)."""
    suite = unittest.TestSuite()
    for cls in classes:
        if isinstance(cls, type) and issubclass(cls, unittest.TestCase):
            suite.addTest(unittest.defaultTestLoader.loadTestsFromTestCase(cls))
        elif isinstance(cls, unittest.TestSuite):
            suite.addTest(cls)
    result = unittest.TextTestRunner(verbosity=0).run(suite)
    if not result.wasSuccessful():
        raise TestFailed("tests failed")
    return result


def run_doctest(module, verbosity=None, optionflags=0):
    import doctest

    failed, attempted = doctest.testmod(module, verbose=verbosity, optionflags=optionflags)
    if failed:
        raise TestFailed("%d of %d doctests failed" % (failed, attempted))
    return failed, attempted


def subTests(arg_names, arg_values, /, *, _do_cleanups=False):
    """Runs the decorated test once per entry of arg_values, each in a
    subTest with the named arguments."""
    import functools

    if isinstance(arg_names, str):
        arg_names = arg_names.replace(",", " ").split()
    single = len(arg_names) == 1

    def decorator(func):
        @functools.wraps(func)
        def wrapper(self, /, *args, **kwargs):
            for values in arg_values:
                if single:
                    values = (values,)
                named = dict(zip(arg_names, values))
                with self.subTest(**named):
                    func(self, *args, **kwargs, **named)
                if _do_cleanups:
                    self.doCleanups()

        return wrapper

    return decorator
def system_must_validate_cert(f):
    """Stand-in: the harness does no certificate checks."""
    return f


def control_characters_c0():
    """The C0 control characters, U+0000 to U+001F."""
    return [chr(c) for c in range(0x20)]


# --- for test_time / test_strptime (time helper) ---
has_strftime_extensions = sys.platform != "win32"


def skip_if_buggy_ucrt_strfptime(test):
    # Only Windows' C runtime has the bug.
    return test


def run_with_tz(tz):
    """Run the decorated test with the TZ environment variable set to tz."""
    def decorator(func):
        def inner(*args, **kwds):
            import os
            import time
            old = os.environ.get("TZ")
            os.environ["TZ"] = tz
            time.tzset()
            try:
                return func(*args, **kwds)
            finally:
                if old is None:
                    del os.environ["TZ"]
                else:
                    os.environ["TZ"] = old
                time.tzset()
        inner.__name__ = func.__name__
        inner.__doc__ = func.__doc__
        return inner
    return decorator


class Matcher:
    """Compares a dict (a log record's __dict__) with keyword values:
    for msg and message the wanted text may be part of the record's;
    other values must be equal (and of the same type)."""

    _partial_matches = ("msg", "message")

    def matches(self, d, **kwargs):
        for key, want in kwargs.items():
            got = d.get(key)
            if not self.match_value(key, got, want):
                return False
        return True

    def match_value(self, key, got, want):
        if type(got) is not type(want):
            return False
        if not isinstance(got, str) or key not in self._partial_matches:
            return got == want
        return want in got


def patch(test_instance, object_to_patch, attr_name, new_value):
    """Sets object_to_patch.attr_name to new_value until the test's
    cleanups run."""
    try:
        old = getattr(object_to_patch, attr_name)
    except AttributeError:
        test_instance.addCleanup(delattr, object_to_patch, attr_name)
    else:
        if attr_name in getattr(object_to_patch, "__dict__", {}):
            test_instance.addCleanup(setattr, object_to_patch, attr_name, old)
        else:
            test_instance.addCleanup(delattr, object_to_patch, attr_name)
    setattr(object_to_patch, attr_name, new_value)


def skip_if_broken_multiprocessing_synchronize():
    # multiprocessing is out of the harness's scope.
    raise unittest.SkipTest("harness: no multiprocessing")


def maybe_get_event_loop_policy():
    """The asyncio event loop policy in use, None if none was made yet
    (without making one, as CPython's helper)."""
    import asyncio.events

    return getattr(asyncio.events, "_event_loop_policy", None)
