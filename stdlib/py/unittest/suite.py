"""TestSuite: a collection of tests run in order; the top-level suite of
a run also runs the class and module fixtures (setUpClass, setUpModule and
their tear-downs and cleanups) when the tests' class or module changes."""

import sys
from unittest import case
from unittest.util import strclass

__unittest = True


class _ErrorHolder:
    """Stands for a fixture (setUpClass, setUpModule, ...) whose error is
    reported like a test's."""

    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __repr__(self):
        return "<ErrorHolder description=%r>" % (self.description,)

    def __str__(self):
        return self.id()

    def run(self, result):
        pass

    def __call__(self, result):
        return self.run(result)

    def countTestCases(self):
        return 0


class BaseTestSuite:
    _cleanup = True

    def __init__(self, tests=()):
        self._tests = []
        self._removed_tests = 0
        self.addTests(tests)

    def __repr__(self):
        return "<%s tests=%s>" % (strclass(self.__class__), list(self))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        n = self._removed_tests
        for test in self:
            if test:
                n += test.countTestCases()
        return n

    def addTest(self, test):
        if not callable(test):
            raise TypeError("{} is not callable".format(repr(test)))
        if isinstance(test, type) and issubclass(test, (case.TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def run(self, result):
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            test(result)
            if self._cleanup:
                self._removeTestAtIndex(index)
        return result

    def _removeTestAtIndex(self, index):
        try:
            test = self._tests[index]
        except TypeError:
            pass
        else:
            if hasattr(test, "countTestCases"):
                self._removed_tests += test.countTestCases()
            self._tests[index] = None

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        for test in self:
            test.debug()


def _is_suite(test):
    try:
        iter(test)
    except TypeError:
        return False
    return True


class TestSuite(BaseTestSuite):
    def run(self, result, debug=False):
        top = False
        if getattr(result, "_testRunEntered", False) is False:
            result._testRunEntered = top = True
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            if not _is_suite(test):
                self._tearDownPreviousClass(test, result)
                self._handleModuleFixture(test, result)
                self._handleClassSetUp(test, result)
                result._previousTestClass = test.__class__
                if getattr(test.__class__, "_classSetupFailed", False) or getattr(result, "_moduleSetUpFailed", False):
                    continue
            # (a nested suite is called too, so that a subclass's __call__ runs)
            if not debug:
                test(result)
            else:
                test.debug()
            if self._cleanup:
                self._removeTestAtIndex(index)
        if top:
            self._tearDownPreviousClass(None, result)
            self._handleModuleTearDown(result)
            result._testRunEntered = False
        return result

    def debug(self):
        self.run(_DebugResult(), True)

    def _handleClassSetUp(self, test, result):
        previous = getattr(result, "_previousTestClass", None)
        cls = test.__class__
        if cls == previous:
            return
        if result._moduleSetUpFailed:
            return
        if getattr(cls, "__unittest_skip__", False):
            return
        try:
            cls._classSetupFailed = False
        except TypeError:
            pass
        setup = getattr(cls, "setUpClass", None)
        do_cleanups = getattr(cls, "doClassCleanups", None)
        if setup is not None:
            _call_if_exists(result, "_setupStdout")
            try:
                try:
                    setup()
                except Exception as e:
                    if isinstance(result, _DebugResult):
                        raise
                    cls._classSetupFailed = True
                    self._report(result, e, "setUpClass", strclass(cls))
                    if do_cleanups is not None:
                        do_cleanups()
                        for exc_info in cls.tearDown_exceptions:
                            self._report(result, exc_info[1], "setUpClass", strclass(cls), exc_info)
            finally:
                _call_if_exists(result, "_restoreStdout")

    def _get_previous_module(self, result):
        previous = getattr(result, "_previousTestClass", None)
        if previous is not None:
            return previous.__module__
        return None

    def _handleModuleFixture(self, test, result):
        previous_module = self._get_previous_module(result)
        current = test.__class__.__module__
        if current == previous_module:
            return
        self._handleModuleTearDown(result)
        result._moduleSetUpFailed = False
        module = sys.modules.get(current)
        if module is None:
            return
        setup = getattr(module, "setUpModule", None)
        if setup is not None:
            _call_if_exists(result, "_setupStdout")
            try:
                try:
                    setup()
                except Exception as e:
                    if isinstance(result, _DebugResult):
                        raise
                    result._moduleSetUpFailed = True
                    self._report(result, e, "setUpModule", current)
                if result._moduleSetUpFailed:
                    try:
                        case.doModuleCleanups()
                    except Exception as e:
                        self._report(result, e, "setUpModule", current)
            finally:
                _call_if_exists(result, "_restoreStdout")

    def _report(self, result, exc, method_name, parent, info=None):
        holder = _ErrorHolder("%s (%s)" % (method_name, parent))
        add_skip = getattr(result, "addSkip", None)
        if add_skip is not None and isinstance(exc, case.SkipTest):
            add_skip(holder, str(exc))
        else:
            result.addError(holder, info or (type(exc), exc, exc.__traceback__))

    def _handleModuleTearDown(self, result):
        previous_module = self._get_previous_module(result)
        if previous_module is None:
            return
        if result._moduleSetUpFailed:
            return
        module = sys.modules.get(previous_module)
        if module is None:
            return
        teardown = getattr(module, "tearDownModule", None)
        _call_if_exists(result, "_setupStdout")
        try:
            if teardown is not None:
                try:
                    teardown()
                except Exception as e:
                    if isinstance(result, _DebugResult):
                        raise
                    self._report(result, e, "tearDownModule", previous_module)
            try:
                case.doModuleCleanups()
            except Exception as e:
                if isinstance(result, _DebugResult):
                    raise
                self._report(result, e, "tearDownModule", previous_module)
        finally:
            _call_if_exists(result, "_restoreStdout")

    def _tearDownPreviousClass(self, test, result):
        previous = getattr(result, "_previousTestClass", None)
        cls = test.__class__ if test is not None else None
        if cls == previous or previous is None:
            return
        if getattr(previous, "_classSetupFailed", False):
            return
        if getattr(result, "_moduleSetUpFailed", False):
            return
        if getattr(previous, "__unittest_skip__", False):
            return
        teardown = getattr(previous, "tearDownClass", None)
        do_cleanups = getattr(previous, "doClassCleanups", None)
        if teardown is None and do_cleanups is None:
            return
        _call_if_exists(result, "_setupStdout")
        try:
            if teardown is not None:
                try:
                    teardown()
                except Exception as e:
                    if isinstance(result, _DebugResult):
                        raise
                    self._report(result, e, "tearDownClass", strclass(previous))
            if do_cleanups is not None:
                do_cleanups()
                for exc_info in previous.tearDown_exceptions:
                    if isinstance(result, _DebugResult):
                        raise exc_info[1]
                    self._report(result, exc_info[1], "tearDownClass", strclass(previous), exc_info)
        finally:
            _call_if_exists(result, "_restoreStdout")


def _call_if_exists(parent, attr):
    func = getattr(parent, attr, None)
    if func is not None:
        func()


class _DebugResult:
    _previousTestClass = None
    _moduleSetUpFailed = False
    shouldStop = False
