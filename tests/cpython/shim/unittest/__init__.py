"""A small stand-in for `unittest`, written for tests/cpython/harness.py.

CPython's own test modules begin with `import unittest`; this module gives
them TestCase with its assertion methods, the skip decorators and subTest,
so that the harness can run their test methods one by one, under whirl and
under CPython alike. It is not whirl's `unittest` (that is its own work):
the harness collects and runs the tests itself and only needs these names.
"""

import sys


class SkipTest(Exception):
    pass


def _skipper(reason):
    def skipped(*args, **kwargs):
        raise SkipTest(reason)

    return skipped


def skip(reason):
    def decorator(item):
        if isinstance(item, type):
            item.__unittest_skip__ = True
            item.__unittest_skip_why__ = reason
            return item
        replacement = _skipper(reason)
        replacement.__name__ = getattr(item, "__name__", "skipped")
        replacement.__unittest_skip__ = True
        return replacement

    if callable(reason) and not isinstance(reason, str):
        item, reason = reason, ""
        return decorator(item)
    return decorator


def _keep(item):
    return item


def skipIf(condition, reason):
    return skip(reason) if condition else _keep


def skipUnless(condition, reason):
    return _keep if condition else skip(reason)


def expectedFailure(func):
    func.__unittest_expecting_failure__ = True
    return func


class _AssertRaisesContext:
    def __init__(self, case, expected, regex=None, msg=None):
        self.case = case
        self.expected = expected
        self.regex = regex
        self.msg = msg
        self.exception = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            try:
                name = self.expected.__name__
            except AttributeError:
                name = str(self.expected)
            self.case.fail(self.msg or "%s not raised" % name)
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value
        if self.regex is not None:
            import re

            if not re.search(self.regex, str(exc_value)):
                self.case.fail('"%s" does not match "%s"' % (self.regex, exc_value))
        return True


class _AssertWarnsContext:
    def __init__(self, case, expected, regex=None):
        self.case = case
        self.expected = expected
        self.regex = regex
        self.warning = None

    def __enter__(self):
        import warnings

        self._catcher = warnings.catch_warnings(record=True)
        self._log = self._catcher.__enter__()
        warnings.simplefilter("always")
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self._catcher.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return False
        for w in self._log:
            if issubclass(w.category, self.expected):
                if self.regex is not None:
                    import re

                    if not re.search(self.regex, str(w.message)):
                        continue
                self.warning = w.message
                self.warnings = self._log
                return True
        self.case.fail("%s not triggered" % getattr(self.expected, "__name__", self.expected))


class _SubTest:
    def __init__(self, case, msg, params):
        self.case = case
        self.msg = msg
        self.params = params

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            return False
        if issubclass(exc_type, SkipTest):
            return True
        if not issubclass(exc_type, Exception):
            return False
        self.case._subtest_failures.append((self.msg, self.params, exc_value))
        return True


def _count(items):
    seen = []
    for x in items:
        for entry in seen:
            if entry[0] == x:
                entry[1] += 1
                break
        else:
            seen.append([x, 1])
    return seen


class TestCase:
    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8

    def __init__(self, methodName="runTest"):
        self._testMethodName = methodName
        self._cleanups = []
        self._subtest_failures = []

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    @classmethod
    def addClassCleanup(cls, function, *args, **kwargs):
        cleanups = cls.__dict__.get("_class_cleanups")
        if cleanups is None:
            cleanups = []
            cls._class_cleanups = cleanups
        cleanups.append((function, args, kwargs))

    @classmethod
    def doClassCleanups(cls):
        cleanups = cls.__dict__.get("_class_cleanups") or []
        while cleanups:
            function, args, kwargs = cleanups.pop()
            function(*args, **kwargs)

    def addCleanup(self, function, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        result = type(cm).__enter__(cm)
        self.addCleanup(type(cm).__exit__, cm, None, None, None)
        return result

    def doCleanups(self):
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            function(*args, **kwargs)

    def id(self):
        return "%s.%s.%s" % (type(self).__module__, type(self).__qualname__, self._testMethodName)

    def __str__(self):
        return "%s (%s.%s)" % (self._testMethodName, type(self).__module__, type(self).__qualname__)

    def shortDescription(self):
        return None

    def skipTest(self, reason):
        raise SkipTest(reason)

    def subTest(self, msg=None, **params):
        return _SubTest(self, msg, params)

    def _formatMessage(self, msg, standard):
        if msg is None:
            return standard
        if not self.longMessage:
            return msg
        return "%s : %s" % (standard, msg)

    def fail(self, msg=None):
        raise self.failureException(msg)

    def _check(self, ok, msg, standard):
        if not ok:
            raise self.failureException(self._formatMessage(msg, standard))

    def assertTrue(self, expr, msg=None):
        self._check(expr, msg, "%r is not true" % (expr,))

    def assertFalse(self, expr, msg=None):
        self._check(not expr, msg, "%r is not false" % (expr,))

    def addTypeEqualityFunc(self, typeobj, function):
        self.__dict__.setdefault("_type_equality_funcs", {})[typeobj] = function

    def assertEqual(self, first, second, msg=None):
        funcs = self.__dict__.get("_type_equality_funcs")
        if funcs and type(first) is type(second) and type(first) in funcs:
            return funcs[type(first)](first, second, msg)
        self._check(first == second, msg, "%r != %r" % (first, second))

    def assertNotEqual(self, first, second, msg=None):
        self._check(first != second, msg, "%r == %r" % (first, second))

    assertMultiLineEqual = assertEqual
    assertDictEqual = assertEqual
    assertSetEqual = assertEqual

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        if seq_type is not None and not isinstance(seq1, seq_type):
            self.fail(self._formatMessage(msg, "first sequence is not a %s" % seq_type.__name__))
        self._check(list(seq1) == list(seq2), msg, "%r != %r" % (seq1, seq2))

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        diff = abs(first - second)
        if delta is not None:
            self._check(diff <= delta, msg, "%r != %r within %r delta" % (first, second, delta))
        else:
            places = 7 if places is None else places
            self._check(round(diff, places) == 0, msg, "%r != %r within %r places" % (first, second, places))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        diff = abs(first - second)
        if delta is not None:
            self._check(not (first == second) and diff > delta, msg, "%r == %r within %r delta" % (first, second, delta))
        else:
            places = 7 if places is None else places
            self._check(not (first == second) and round(diff, places) != 0, msg, "%r == %r within %r places" % (first, second, places))

    def assertIs(self, expr1, expr2, msg=None):
        self._check(expr1 is expr2, msg, "%r is not %r" % (expr1, expr2))

    def assertIsNot(self, expr1, expr2, msg=None):
        self._check(expr1 is not expr2, msg, "unexpectedly identical: %r" % (expr1,))

    def assertIsNone(self, obj, msg=None):
        self._check(obj is None, msg, "%r is not None" % (obj,))

    def assertIsNotNone(self, obj, msg=None):
        self._check(obj is not None, msg, "unexpectedly None")

    def assertIn(self, member, container, msg=None):
        self._check(member in container, msg, "%r not found in %r" % (member, container))

    def assertNotIn(self, member, container, msg=None):
        self._check(member not in container, msg, "%r unexpectedly found in %r" % (member, container))

    def assertIsInstance(self, obj, cls, msg=None):
        self._check(isinstance(obj, cls), msg, "%r is not an instance of %r" % (obj, cls))

    def assertNotIsInstance(self, obj, cls, msg=None):
        self._check(not isinstance(obj, cls), msg, "%r is an instance of %r" % (obj, cls))

    def assertGreater(self, a, b, msg=None):
        self._check(a > b, msg, "%r not greater than %r" % (a, b))

    def assertGreaterEqual(self, a, b, msg=None):
        self._check(a >= b, msg, "%r not greater than or equal to %r" % (a, b))

    def assertLess(self, a, b, msg=None):
        self._check(a < b, msg, "%r not less than %r" % (a, b))

    def assertLessEqual(self, a, b, msg=None):
        self._check(a <= b, msg, "%r not less than or equal to %r" % (a, b))

    def assertCountEqual(self, first, second, msg=None):
        a = _count(list(first))
        b = _count(list(second))
        same = len(a) == len(b) and all(any(x == y and n == m for y, m in b) for x, n in a)
        self._check(same, msg, "Element counts were not equal")

    def assertRegex(self, text, regex, msg=None):
        import re

        self._check(re.search(regex, text), msg, "Regex didn't match: %r not found in %r" % (regex, text))

    def assertNotRegex(self, text, regex, msg=None):
        import re

        self._check(not re.search(regex, text), msg, "Regex matched: %r" % (regex,))

    def assertRaises(self, expected_exception, *args, **kwargs):
        context = _AssertRaisesContext(self, expected_exception, msg=kwargs.pop("msg", None))
        if not args:
            return context
        with context:
            args[0](*args[1:], **kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        context = _AssertRaisesContext(self, expected_exception, expected_regex, kwargs.pop("msg", None))
        if not args:
            return context
        with context:
            args[0](*args[1:], **kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        context = _AssertWarnsContext(self, expected_warning)
        if not args:
            return context
        with context:
            args[0](*args[1:], **kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        context = _AssertWarnsContext(self, expected_warning, expected_regex)
        if not args:
            return context
        with context:
            args[0](*args[1:], **kwargs)

    def assertLogs(self, logger=None, level=None):
        raise SkipTest("assertLogs is not in the harness's unittest")

    assertNoLogs = assertLogs

    # Deprecated spellings some older tests still use.
    assertEquals = failUnlessEqual = assertEqual
    assertNotEquals = failIfEqual = assertNotEqual
    assertAlmostEquals = assertAlmostEqual
    assertNotAlmostEquals = assertNotAlmostEqual
    assert_ = failUnless = assertTrue
    failIf = assertFalse
    assertRaisesRegexp = assertRaisesRegex
    assertRegexpMatches = assertRegex


class IsolatedAsyncioTestCase(TestCase):
    """Test methods may be coroutines: the harness runs them to the end."""


class FunctionTestCase(TestCase):
    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        TestCase.__init__(self)
        self._testFunc = testFunc

    def runTest(self):
        self._testFunc()


class TestSuite:
    def __init__(self, tests=()):
        self._tests = list(tests)

    def addTest(self, test):
        self._tests.append(test)

    def addTests(self, tests):
        for t in tests:
            self.addTest(t)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        return len(self._tests)


class TestLoader:
    testMethodPrefix = "test"

    def getTestCaseNames(self, cls):
        return sorted(n for n in dir(cls) if n.startswith(self.testMethodPrefix) and callable(getattr(cls, n)))

    def loadTestsFromTestCase(self, cls):
        return TestSuite(cls(n) for n in self.getTestCaseNames(cls))

    def loadTestsFromModule(self, module, pattern=None):
        suite = TestSuite()
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, TestCase):
                suite.addTests(self.loadTestsFromTestCase(obj))
        return suite


defaultTestLoader = TestLoader()


def main(*args, **kwargs):
    raise SystemExit("run CPython's test modules with tests/cpython/run")


# unittest.mock (and the unittest.util it imports): CPython's own, found
# in its unittest folder. Only CPython reads the shim: whirl ships its own
# unittest, mock included.
import os as _os  # noqa: E402

__path__.append(_os.path.join(_os.path.dirname(_os.__file__), "unittest"))
