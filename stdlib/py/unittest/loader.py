"""TestLoader: builds suites from TestCase classes, modules, dotted names
and directories (discover, with the load_tests protocol)."""

import os
import re
import sys
import functools
from unittest import case, suite, util

__unittest = True

VALID_MODULE_NAME = re.compile(r"[_a-z]\w*\.py$", re.IGNORECASE)


class _FailedTest(case.TestCase):
    _testMethodName = None

    def __init__(self, method_name, exception):
        self._exception = exception
        super().__init__(method_name)

    def __getattr__(self, name):
        if name != self._testMethodName:
            return super().__getattribute__(name)

        def testFailure():
            raise self._exception
        return testFailure


def _failed_test(name, exception, suite_class, message):
    test = _FailedTest(name, exception)
    return suite_class((test,)), message


def _make_failed_import_test(name, suite_class):
    import traceback
    message = "Failed to import test module: %s\n%s" % (name, traceback.format_exc())
    return _failed_test(name, ImportError(message), suite_class, message)


def _make_failed_load_tests(name, exception, suite_class):
    import traceback
    message = "Failed to call load_tests:\n%s" % (traceback.format_exc(),)
    return _failed_test(name, exception, suite_class, message)


def _make_skipped_test(methodname, exception, suite_class):
    @case.skip(str(exception))
    def testSkipped(self):
        pass
    attrs = {methodname: testSkipped}
    TestClass = type("ModuleSkipped", (case.TestCase,), attrs)
    return suite_class((TestClass(methodname),))


def _jython_aware_splitext(path):
    return os.path.splitext(path)[0]


def _fnmatch(name, pattern):
    """Shell-style matching (*, ?, [seq]) of a file name."""
    out = []
    i = 0
    n = len(pattern)
    while i < n:
        c = pattern[i]
        i += 1
        if c == "*":
            out.append(".*")
        elif c == "?":
            out.append(".")
        elif c == "[":
            j = pattern.find("]", i + 1 if i < n and pattern[i] == "!" else i)
            if j < 0:
                out.append("\\[")
            else:
                body = pattern[i:j]
                if body.startswith("!"):
                    body = "^" + body[1:]
                out.append("[" + body.replace("\\", "\\\\") + "]")
                i = j + 1
        else:
            out.append(re.escape(c))
    return re.match("(?s:" + "".join(out) + r")\Z", name) is not None


class TestLoader:
    testMethodPrefix = "test"
    sortTestMethodsUsing = staticmethod(util.three_way_cmp)
    testNamePatterns = None
    suiteClass = suite.TestSuite
    _top_level_dir = None

    def __init__(self):
        self.errors = []
        self._loading_packages = set()

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite. Maybe you meant to derive from TestCase?")
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, "runTest"):
            names = ["runTest"]
        return self.suiteClass([testCaseClass(n) for n in names])

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        if len(args) > 0 or "use_load_tests" in kws:
            import warnings
            warnings.warn("use_load_tests is deprecated and ignored", DeprecationWarning)
            kws.pop("use_load_tests", None)
        if len(args) > 1:
            raise TypeError("loadTestsFromModule() takes 1 positional argument but {} were given".format(len(args) + 1))
        if len(kws) != 0:
            raise TypeError("loadTestsFromModule() got an unexpected keyword argument '{}'".format(sorted(kws)[0]))
        tests = []
        for name in dir(module):
            obj = getattr(module, name, None)
            if isinstance(obj, type) and issubclass(obj, case.TestCase):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, "load_tests", None)
        tests = self.suiteClass(tests)
        if load_tests is not None:
            try:
                return load_tests(self, tests, pattern)
            except Exception as e:
                error_case, error_message = _make_failed_load_tests(module.__name__, e, self.suiteClass)
                self.errors.append(error_message)
                return error_case
        return tests

    def loadTestsFromName(self, name, module=None):
        parts = name.split(".")
        error_case, error_message = None, None
        if module is None:
            remaining = parts[:]
            while remaining:
                try:
                    module_name = ".".join(remaining)
                    module = __import__(module_name)
                    module = sys.modules[module_name]
                    break
                except ImportError:
                    next_attribute = remaining.pop()
                    error_case, error_message = _make_failed_import_test(next_attribute, self.suiteClass)
                    if not remaining:
                        self.errors.append(error_message)
                        return error_case
            parts = parts[1:] if False else parts[len(remaining):]
        obj = module
        parent = None
        for part in parts:
            try:
                parent, obj = obj, getattr(obj, part)
            except AttributeError as e:
                if getattr(obj, "__path__", None) is not None and error_case is not None:
                    self.errors.append(error_message)
                    return error_case
                error_case, error_message = _failed_test(
                    part, e, self.suiteClass,
                    "Failed to access attribute:\n%s" % (__import__("traceback").format_exc(),))
                self.errors.append(error_message)
                return error_case
        if type(obj).__name__ == "module":
            return self.loadTestsFromModule(obj)
        if isinstance(obj, type) and issubclass(obj, case.TestCase):
            return self.loadTestsFromTestCase(obj)
        function_type = type(_fnmatch)
        if isinstance(obj, function_type) and isinstance(parent, type) and issubclass(parent, case.TestCase):
            name = parts[-1]
            inst = parent(name)
            # A test method (bound on the instance); a static method stays a
            # function and is called below for the tests it returns.
            if not isinstance(getattr(inst, name), function_type):
                return self.suiteClass([inst])
        elif isinstance(obj, suite.TestSuite):
            return obj
        if callable(obj):
            test = obj()
            if isinstance(test, suite.TestSuite):
                return test
            if isinstance(test, case.TestCase):
                return self.suiteClass([test])
            raise TypeError("calling %s returned %s, not a test" % (obj, test))
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    def getTestCaseNames(self, testCaseClass):
        prefix = self.testMethodPrefix
        patterns = self.testNamePatterns

        def wanted(name):
            if not name.startswith(prefix):
                return False
            if not callable(getattr(testCaseClass, name)):
                return False
            if patterns is None:
                return True
            full = "%s.%s.%s" % (testCaseClass.__module__, testCaseClass.__qualname__, name)
            return any(_fnmatch(full, p) for p in patterns)

        names = [n for n in dir(testCaseClass) if wanted(n)]
        if self.sortTestMethodsUsing:
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names

    def discover(self, start_dir, pattern="test*.py", top_level_dir=None):
        set_implicit_top = False
        if top_level_dir is None and self._top_level_dir is not None:
            top_level_dir = self._top_level_dir
        elif top_level_dir is None:
            set_implicit_top = True
            top_level_dir = start_dir
        top_level_dir = os.path.abspath(top_level_dir)
        if top_level_dir not in sys.path:
            sys.path.insert(0, top_level_dir)
        self._top_level_dir = top_level_dir
        if os.path.isdir(os.path.abspath(start_dir)):
            start_dir = os.path.abspath(start_dir)
            if start_dir != top_level_dir:
                if not os.path.isfile(os.path.join(start_dir, "__init__.py")):
                    raise ImportError("Start directory is not importable: %r" % start_dir)
        else:
            try:
                __import__(start_dir)
            except ImportError:
                raise ImportError("Start directory is not importable: %r" % start_dir)
            module = sys.modules[start_dir]
            path = getattr(module, "__file__", None)
            if path is None:
                if module.__name__ in sys.builtin_module_names:
                    raise TypeError("Can not use builtin modules as dotted module names")
                raise TypeError("don't know how to discover from {!r}".format(module))
            start_dir = os.path.abspath(os.path.dirname(path))
            if set_implicit_top:
                self._top_level_dir = top_level_dir = os.path.dirname(start_dir)
                sys.path.remove(top_level_dir) if False else None
        tests = list(self._find_tests(start_dir, pattern))
        self._top_level_dir = None
        return self.suiteClass(tests)

    def _module_name(self, path):
        path = _jython_aware_splitext(os.path.normpath(path))
        rel = os.path.relpath(path, self._top_level_dir) if hasattr(os.path, "relpath") else _relpath(path, self._top_level_dir)
        if os.path.isabs(rel):
            raise ValueError("Path must be within the project")
        if rel.startswith(".."):
            raise ValueError("Path must be within the project")
        return rel.replace(os.sep, ".")

    def _import(self, name):
        __import__(name)
        return sys.modules[name]

    def _find_tests(self, start_dir, pattern):
        name = self._module_name(start_dir) if start_dir != self._top_level_dir else "."
        if name != "." and name not in self._loading_packages:
            tests, should_recurse = self._find_test_path(start_dir, pattern)
            if tests is not None:
                yield tests
            if not should_recurse:
                return
        for entry in sorted(os.listdir(start_dir)):
            full = os.path.join(start_dir, entry)
            tests, should_recurse = self._find_test_path(full, pattern)
            if tests is not None:
                yield tests
            if should_recurse:
                name = self._module_name(full)
                self._loading_packages.add(name)
                try:
                    yield from self._find_tests(full, pattern)
                finally:
                    self._loading_packages.discard(name)

    def _find_test_path(self, full, pattern):
        base = os.path.basename(full)
        if os.path.isfile(full):
            if not VALID_MODULE_NAME.match(base):
                return None, False
            if not _fnmatch(base, pattern):
                return None, False
            name = self._module_name(full)
            try:
                module = self._import(name)
            except case.SkipTest as e:
                return _make_skipped_test(name, e, self.suiteClass), False
            except Exception:
                error_case, error_message = _make_failed_import_test(name, self.suiteClass)
                self.errors.append(error_message)
                return error_case, False
            return self.loadTestsFromModule(module, pattern=pattern), False
        if os.path.isdir(full):
            if not os.path.isfile(os.path.join(full, "__init__.py")):
                return None, False
            name = self._module_name(full)
            try:
                package = self._import(name)
            except case.SkipTest as e:
                return _make_skipped_test(name, e, self.suiteClass), False
            except Exception:
                error_case, error_message = _make_failed_import_test(name, self.suiteClass)
                self.errors.append(error_message)
                return error_case, False
            load_tests = getattr(package, "load_tests", None)
            self._loading_packages.add(name)
            try:
                tests = self.loadTestsFromModule(package, pattern=pattern)
                if load_tests is not None:
                    return tests, False
                return tests, True
            finally:
                self._loading_packages.discard(name)
        return None, False


def _relpath(path, start):
    path = os.path.abspath(path)
    start = os.path.abspath(start)
    if path == start:
        return "."
    if path.startswith(start.rstrip(os.sep) + os.sep):
        return path[len(start.rstrip(os.sep)) + 1:]
    return os.path.join("..", path)


defaultTestLoader = TestLoader()


def _make_loader(prefix, sortUsing, suiteClass=None, testNamePatterns=None):
    loader = TestLoader()
    loader.sortTestMethodsUsing = sortUsing
    loader.testMethodPrefix = prefix
    loader.testNamePatterns = testNamePatterns
    if suiteClass:
        loader.suiteClass = suiteClass
    return loader


def _warn_obsolete(name, replacement):
    import warnings
    warnings.warn("unittest.%s() is deprecated and will be removed in Python 3.13. "
                  "Please use unittest.TestLoader.%s() instead." % (name, replacement),
                  DeprecationWarning, stacklevel=3)


def getTestCaseNames(testCaseClass, prefix, sortUsing=util.three_way_cmp, testNamePatterns=None):
    _warn_obsolete("getTestCaseNames", "getTestCaseNames")
    return _make_loader(prefix, sortUsing, testNamePatterns=testNamePatterns).getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix="test", sortUsing=util.three_way_cmp, suiteClass=suite.TestSuite):
    _warn_obsolete("makeSuite", "loadTestsFromTestCase")
    return _make_loader(prefix, sortUsing, suiteClass).loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix="test", sortUsing=util.three_way_cmp, suiteClass=suite.TestSuite):
    _warn_obsolete("findTestCases", "loadTestsFromModule")
    return _make_loader(prefix, sortUsing, suiteClass).loadTestsFromModule(module)
