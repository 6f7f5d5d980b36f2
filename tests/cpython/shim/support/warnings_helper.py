"""The harness's `test.support.warnings_helper` (see __init__.py)."""

import warnings


class WarningsRecorder:
    def __init__(self, log):
        self._warnings = log

    def __getattr__(self, attr):
        if self._warnings:
            return getattr(self._warnings[-1], attr)
        if attr in ("message", "category", "filename", "lineno", "line"):
            return None
        raise AttributeError(attr)

    @property
    def warnings(self):
        return self._warnings

    def reset(self):
        del self._warnings[:]


class check_warnings:
    def __init__(self, *filters, quiet=True, **kwargs):
        self.filters = filters

    def __enter__(self):
        self._catcher = warnings.catch_warnings(record=True)
        log = self._catcher.__enter__()
        warnings.simplefilter("always")
        return WarningsRecorder(log)

    def __exit__(self, *exc):
        self._catcher.__exit__(*exc)
        return False


class check_no_warnings(check_warnings):
    pass


def check_syntax_warning(testcase, statement, errtext="", *, lineno=1, offset=None):
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter("always", SyntaxWarning)
        compile(statement, "<testcase>", "exec")
    testcase.assertEqual(len(log), 1, log)
    testcase.assertTrue(issubclass(log[0].category, SyntaxWarning))
    with warnings.catch_warnings():
        warnings.simplefilter("error", SyntaxWarning)
        with testcase.assertRaisesRegex(SyntaxError, errtext):
            compile(statement, "<testcase>", "exec")


def ignore_warnings(*, category):
    def decorator(test):
        def wrapper(self, *args, **kwargs):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", category=category)
                return test(self, *args, **kwargs)

        wrapper.__name__ = test.__name__
        return wrapper

    return decorator


class save_restore_warnings_filters:
    """Restores `warnings.filters` on exit to what it was on entry."""

    def __enter__(self):
        self._saved = warnings.filters[:]
        return self

    def __exit__(self, *exc):
        warnings.filters[:] = self._saved
        return False


def check_no_resource_warning(testcase):
    """Fails the test when the block leaves a ResourceWarning."""
    return _NoResourceWarning(testcase)


class _NoResourceWarning:

    def __init__(self, testcase):
        self.testcase = testcase

    def __enter__(self):
        self._catcher = warnings.catch_warnings(record=True)
        self._log = self._catcher.__enter__()
        warnings.simplefilter("always", ResourceWarning)
        return self

    def __exit__(self, *exc):
        self._catcher.__exit__(*exc)
        if exc[0] is None:
            found = [w for w in self._log if issubclass(w.category, ResourceWarning)]
            self.testcase.assertEqual(found, [])
        return False


def import_deprecated(name):
    """Imports a deprecated module quietly. When the interpreter has no
    such module (whirl ships neither asyncore nor smtpd) it gives a stand-in
    whose every attribute is an empty class, so a test module that
    subclasses one at import time still loads (the tests that use them need
    threads and are skipped)."""
    import importlib
    import types

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        try:
            return importlib.import_module(name)
        except ImportError:
            pass
    stand_in = types.ModuleType(name)

    def __getattr__(attr):
        if attr.startswith("__"):
            raise AttributeError(attr)
        return type(attr, (), {})

    stand_in.__getattr__ = __getattr__
    return stand_in
