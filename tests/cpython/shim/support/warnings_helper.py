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


def import_deprecated(name):
    """The module `name`, imported with its DeprecationWarning silenced;
    None when it is missing (the tests that need it then fail alone)."""
    import importlib

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        try:
            return importlib.import_module(name)
        except ImportError:
            return None
