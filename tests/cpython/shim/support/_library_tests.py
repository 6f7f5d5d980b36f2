"""More of the harness's `test.support` (see __init__.py), for the test
modules of library modules (doctest, csv, statistics, datetime, json, ...).
Kept apart so that it grows without touching the language tests' part;
__init__.py re-exports it."""

import sys
import unittest


def _identity(item):
    return item


# Linux starts subprocesses; the tests that run another interpreter still
# skip through script_helper.
has_subprocess_support = True
has_strftime_extensions = sys.platform != "win32"
_1G = 1024**3
_2G = 2 * _1G
_4G = 4 * _1G

# The tests below check CPython's C API or its build: skipped on both.
requires_legacy_unicode_capi = unittest.skip("harness: checks CPython's C API")
skip_if_pgo_task = _identity


def requires_subprocess():
    return _identity


def is_resource_enabled(resource):
    # No regrtest resources are enabled (see `requires`).
    return False


def bigmemtest(size, memuse, dry_run=True):
    """Runs the test with a small size, as CPython does when no memory
    limit is set; tests that cannot run small are skipped."""

    def decorator(f):
        def wrapper(self):
            if not dry_run:
                raise unittest.SkipTest("harness: needs a lot of memory")
            return f(self, 5147)

        wrapper.__name__ = f.__name__
        return wrapper

    return decorator


def run_with_tz(tz):
    """Runs the test with the TZ environment variable set to `tz`."""

    def decorator(f):
        def wrapper(*args, **kwargs):
            import os
            import time

            if not hasattr(time, "tzset"):
                raise unittest.SkipTest("time.tzset is missing")
            saved = os.environ.get("TZ")
            os.environ["TZ"] = tz
            time.tzset()
            try:
                return f(*args, **kwargs)
            finally:
                if saved is None:
                    del os.environ["TZ"]
                else:
                    os.environ["TZ"] = saved
                time.tzset()

        wrapper.__name__ = f.__name__
        return wrapper

    return decorator


class _SmallestOf:
    def __eq__(self, other):
        return isinstance(other, _SmallestOf)

    def __gt__(self, other):
        return False

    def __lt__(self, other):
        return not isinstance(other, _SmallestOf)

    # CPython's SMALLEST is functools.total_ordering'd.
    def __le__(self, other):
        return True

    def __ge__(self, other):
        return isinstance(other, _SmallestOf)

    __hash__ = None


SMALLEST = _SmallestOf()


def check__all__(test_case, module, name_of_module=None, extra=(), not_exported=()):
    """Checks that `module.__all__` names exactly the public names defined
    in the module (or in the modules `name_of_module`), plus `extra`."""
    if name_of_module is None:
        name_of_module = (module.__name__,)
    elif isinstance(name_of_module, str):
        name_of_module = (name_of_module,)
    import types

    expected = set(extra)
    for name, value in vars(module).items():
        if name.startswith("_") or name in not_exported:
            continue
        # Constants (no __module__) count as the module's own.
        if getattr(value, "__module__", None) in name_of_module or (
            not hasattr(value, "__module__") and not isinstance(value, types.ModuleType)
        ):
            expected.add(name)
    test_case.assertCountEqual(module.__all__, expected)


def run_doctest(module, verbosity=None, optionflags=0):
    import doctest

    failed, tried = doctest.testmod(module, verbose=verbosity, optionflags=optionflags)
    if failed:
        raise sys.modules["test.support"].TestFailed(
            "%d of %d doctests failed" % (failed, tried)
        )
    return failed, tried


def load_package_tests(pkg_dir, loader, standard_tests, pattern):
    """A test package's `load_tests`: its test_* modules' tests. (The
    harness collects packages itself; this is for `load_tests` callers.)"""
    import os

    top = os.path.dirname(os.path.dirname(pkg_dir))
    standard_tests.addTests(loader.discover(pkg_dir, pattern or "test*.py", top))
    return standard_tests
