"""Runs one of CPython's test modules and prints one line per test:

    RESULT <pass|fail|error|skip|xfail|xpass> <test id>

Usage: harness.py <dir holding test/> <module>, e.g. test_grammar.

tests/cpython/run starts it under CPython and under whirl with the same
stand-ins for unittest, doctest and test.support (tests/cpython/shim), and
compares the two. It collects the module's TestCase classes and doctests
itself rather than through unittest's loader, and prints each result at
once, so a crash or a timeout loses only the tests not yet run.
Test ids: `Class.method` for test methods, `doctest:<name>:<n>` for the
n-th example of a doctest.
"""

import sys

ROOT = sys.argv[1]
MODULE = sys.argv[2]
# The modules whose own tests these are: under CPython the real module is
# tested, so the shim's stand-in must not hide it (whirl finds its shipped
# one first anyway).
TESTS_OF_HARNESS_MODULES = ("test_unittest", "test_doctest")
sys.path.insert(0, ROOT)
if MODULE not in TESTS_OF_HARNESS_MODULES:
    sys.path.insert(0, ROOT + "/shim")

import re  # noqa: E402
import unittest  # noqa: E402  (the shim, found first on sys.path)

OUT = sys.stdout


def report(status, test_id, detail=""):
    OUT.write("RESULT %s %s\n" % (status, test_id))
    OUT.flush()
    if detail and status in ("fail", "error"):
        sys.stderr.write("%s %s: %s\n" % (status.upper(), test_id, detail))


def describe(e):
    try:
        text = str(e)
    except BaseException:
        text = "<str() failed>"
    return "%s: %s" % (type(e).__name__, text.splitlines()[0] if text else "")


class _Missing:
    """Stands in for a module whirl does not have yet, so that a test module
    importing it still loads and only the tests using it fail."""

    def __init__(self, name):
        self.__name__ = name

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        return _Missing(self.__name__ + "." + attr)

    def __call__(self, *args, **kwargs):
        raise ImportError("harness: %s is missing" % self.__name__)

    def __iter__(self):
        raise ImportError("harness: %s is missing" % self.__name__)

    # Module-level arithmetic such as `range(pickle.HIGHEST_PROTOCOL + 1)`
    # must not stop the whole module: it gives one round (1), whose use of
    # the missing module then fails the tests that need it.
    def __add__(self, other):
        return 1

    __radd__ = __sub__ = __rsub__ = __add__


def test_module_file(name):
    """The file of module `test.x.y` under ROOT, or None."""
    import os

    base = os.path.join(ROOT, *name.split("."))
    for path in (base + ".py", os.path.join(base, "__init__.py")):
        if os.path.isfile(path):
            return path
    return None


def stub_missing_imports(path, seen=None):
    """Imports every module the test module names at the start of a line;
    those that fail get a stand-in (under CPython none fail). The helper
    modules it imports from `test` are looked through the same way."""
    if seen is None:
        seen = set()
    if path in seen:
        return
    seen.add(path)
    # Only import lines are read: a module in another encoding (see its
    # coding cookie) reads well enough as Latin-1.
    with open(path, encoding="latin-1") as f:
        source = f.read()
    names = []
    for line in source.splitlines():
        if line.startswith("import "):
            for part in line[len("import "):].split(","):
                words = part.split()
                if words:
                    names.append(words[0])
        elif line.startswith("from ") and not line.startswith("from ."):
            names.append(line.split()[1])
    stubbed = []
    for name in names:
        if name.split(".")[0] == "test":
            helper = test_module_file(name)
            if helper is not None and name != "test.support" and not name.startswith("test.support."):
                stub_missing_imports(helper, seen)
            continue
        if name in sys.modules:
            continue
        try:
            __import__(name)
        except BaseException:
            sys.modules[name] = _Missing(name)
            stubbed.append(name)
    if stubbed:
        sys.stderr.write("harness: stand-ins for missing modules: %s\n" % ", ".join(stubbed))


def is_test_case_class(obj):
    try:
        return isinstance(obj, type) and issubclass(obj, unittest.TestCase)
    except BaseException:
        return False


# Tests that take minutes on Debian's CPython 3.11.2 itself, so that on a
# loaded machine the CPython side times out and the module's count means
# nothing: skipped on both sides.
TOO_SLOW_ON_CPYTHON = {
    # gh-109638: the sniffer's regex backtracks for minutes before 3.11.7.
    "test_csv": {"TestSniffer.test_sniff_regex_backtracking"},
}


def run_test_method(cls, name):
    test_id = "%s.%s" % (cls.__qualname__, name)
    if test_id in TOO_SLOW_ON_CPYTHON.get(MODULE, ()):
        report("skip", test_id)
        return
    method = getattr(cls, name)
    expecting_failure = getattr(method, "__unittest_expecting_failure__", False)
    if getattr(method, "__unittest_skip__", False) and not callable(method):
        report("skip", test_id)
        return
    try:
        case = cls(name)
    except BaseException as e:
        report("error", test_id, describe(e))
        return
    outcome, detail = "pass", ""
    try:
        case.setUp()
        try:
            result = getattr(case, name)()
            if result is not None and hasattr(result, "send") and hasattr(result, "throw"):
                import asyncio

                asyncio.run(result)
        finally:
            case.tearDown()
            case.doCleanups()
        # The shim collects subtest failures; whirl's own unittest (shipped
        # in the binary, so found before the shim) lets the first one raise.
        subtest_failures = getattr(case, "_subtest_failures", None)
        if subtest_failures:
            outcome, detail = "fail", describe(subtest_failures[0][2])
    except unittest.SkipTest:
        outcome = "skip"
    except AssertionError as e:
        outcome, detail = "fail", describe(e)
    except KeyboardInterrupt:
        raise
    except BaseException as e:
        outcome, detail = "error", describe(e)
    if expecting_failure:
        outcome = "xfail" if outcome in ("fail", "error") else ("xpass" if outcome == "pass" else outcome)
    report(outcome, test_id, detail)


def run_test_class(cls):
    names = sorted(
        n for n in dir(cls) if n.startswith("test") and callable(getattr(cls, n, None))
    )
    if getattr(cls, "__unittest_skip__", False):
        for name in names:
            report("skip", "%s.%s" % (cls.__qualname__, name))
        return
    try:
        cls.setUpClass()
    except unittest.SkipTest:
        for name in names:
            report("skip", "%s.%s" % (cls.__qualname__, name))
        return
    except BaseException as e:
        for name in names:
            report("error", "%s.%s" % (cls.__qualname__, name), "setUpClass: " + describe(e))
        return
    for name in names:
        run_test_method(cls, name)
    try:
        cls.tearDownClass()
        cls.doClassCleanups()
    except BaseException as e:
        sys.stderr.write("tearDownClass of %s: %s\n" % (cls.__qualname__, describe(e)))


# ----- doctests -----

FLAGS = ("ELLIPSIS", "NORMALIZE_WHITESPACE", "IGNORE_EXCEPTION_DETAIL", "SKIP")


def parse_examples(text):
    """Splits a docstring into (source, want, options) examples as doctest
    does: `>>>` starts one, `...` continues it, and the expected output runs
    to the next blank line or prompt."""
    lines = text.split("\n")
    examples = []
    i = 0
    while i < len(lines):
        stripped = lines[i].lstrip()
        if not (stripped.startswith(">>> ") or stripped == ">>>"):
            i += 1
            continue
        indent = len(lines[i]) - len(stripped)
        source = [lines[i][indent + 4:]]
        i += 1
        while i < len(lines):
            s = lines[i][indent:]
            if lines[i][:indent].strip() == "" and (s.startswith("... ") or s == "..."):
                source.append(s[4:])
                i += 1
            else:
                break
        want = []
        while i < len(lines):
            line = lines[i]
            s = line.lstrip()
            if not s or s.startswith(">>>"):
                break
            want.append(line[indent:] if line[:indent].strip() == "" else s)
            i += 1
        src = "\n".join(source)
        if all(not line.strip() or line.strip().startswith("#") for line in source):
            continue  # doctest drops examples that are only blank or comments
        options = set()
        for line in source:
            directive = re.search(r"#\s*doctest:\s*([^\n'\"]*)$", line)
            if directive:
                for word in directive.group(1).replace(",", " ").split():
                    if word[:1] in "+-" and word[1:] in FLAGS:
                        if word[0] == "+":
                            options.add(word[1:])
                        else:
                            options.discard(word[1:])
        want_text = "\n".join("" if w == "<BLANKLINE>" else w for w in want)
        examples.append((src + "\n", want_text + ("\n" if want else ""), options))
    return examples


def ellipsis_match(want, got):
    pieces = want.split("...")
    if len(pieces) == 1:
        return want == got
    if not got.startswith(pieces[0]) or not got.endswith(pieces[-1]):
        return False
    at = len(pieces[0])
    end = len(got) - len(pieces[-1])
    for piece in pieces[1:-1]:
        found = got.find(piece, at, end)
        if found < 0:
            return False
        at = found + len(piece)
    return at <= end


def output_matches(want, got, options):
    if want == got:
        return True
    # doctest's default: "True"/"False" pass for an expected "1"/"0".
    if (want, got) in (("1\n", "True\n"), ("0\n", "False\n")):
        return True
    if "NORMALIZE_WHITESPACE" in options:
        want = " ".join(want.split())
        got = " ".join(got.split())
        if want == got:
            return True
    if "ELLIPSIS" in options:
        return ellipsis_match(want, got)
    return False


def exception_line(e):
    cls = type(e)
    name = cls.__qualname__
    module = getattr(cls, "__module__", "builtins")
    if module not in ("builtins", "__main__"):
        name = module + "." + name
    if isinstance(e, SyntaxError):
        text = getattr(e, "msg", None) or str(e)
    else:
        try:
            text = str(e)
        except BaseException:
            text = "<exception str() failed>"
    return "%s: %s\n" % (name, text) if text else name + "\n"


def expected_exception(want):
    """The message part of an expected traceback, or None."""
    lines = want.split("\n")
    if not lines or not lines[0].startswith(("Traceback (most recent call last):", "Traceback (innermost last):")):
        return None
    i = 1
    while i < len(lines) and (lines[i][:1] in (" ", "\t") or lines[i].startswith("...")):
        i += 1
    return "\n".join(lines[i:])


def strip_detail(msg):
    head = msg.split(":")[0].strip()
    return head.split(".")[-1]


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass

    def getvalue(self):
        return "".join(self.parts)


def run_example(source, globs, name):
    try:
        code = compile(source, name, "single")
    except NameError:
        code = None  # no compile() yet: exec the text (expressions echoed)
    if code is not None:
        exec(code, globs)
        return
    try:
        value = eval(source, globs)
    except SyntaxError:
        exec(source, globs)
        return
    if value is not None:
        print(repr(value))


def run_docstring(doc_name, text, module_globals):
    globs = dict(module_globals)
    for n, (source, want, options) in enumerate(parse_examples(text)):
        test_id = "doctest:%s:%d" % (doc_name, n)
        if "SKIP" in options:
            report("skip", test_id)
            continue
        capture = Capture()
        saved = sys.stdout
        sys.stdout = capture
        error = None
        try:
            run_example(source, globs, "<doctest %s[%d]>" % (doc_name, n))
        except KeyboardInterrupt:
            raise
        except BaseException as e:
            error = e
        finally:
            sys.stdout = saved
        got = capture.getvalue()
        if got and not got.endswith("\n"):
            got += "\n"  # as doctest: output always ends a line
        want_exc = expected_exception(want)
        if error is None:
            ok = want_exc is None and output_matches(want, got, options)
            detail = "got %r, want %r" % (got[:200], want[:200])
        elif want_exc is None:
            ok, detail = False, "raised " + describe(error)
        else:
            got_exc = exception_line(error)
            ok = output_matches(want_exc, got_exc, options)
            if not ok and "IGNORE_EXCEPTION_DETAIL" in options:
                ok = strip_detail(want_exc) == strip_detail(got_exc)
            detail = "raised %r, want %r" % (got_exc[:200], want_exc[:200])
        report("pass" if ok else "fail", test_id, "" if ok else detail)


def doctest_sources(module):
    """Where DocTestSuite looks: the module's docstring, `__test__`, and the
    docstrings of the functions and classes (and their methods) it defines."""
    found = []
    name = module.__name__.split(".")[-1]
    if isinstance(getattr(module, "__doc__", None), str):
        found.append((name, module.__doc__))
    tests = getattr(module, "__test__", None) or {}
    for key in sorted(tests):
        value = tests[key]
        text = value if isinstance(value, str) else getattr(value, "__doc__", None)
        if isinstance(text, str):
            found.append(("%s.__test__.%s" % (name, key), text))
    for attr in sorted(vars(module)):
        obj = vars(module)[attr]
        if getattr(obj, "__module__", None) != module.__name__:
            continue
        if callable(obj) and isinstance(getattr(obj, "__doc__", None), str):
            found.append(("%s.%s" % (name, attr), obj.__doc__))
        if isinstance(obj, type):
            for meth_name in sorted(vars(obj)):
                meth = getattr(vars(obj)[meth_name], "__func__", vars(obj)[meth_name])
                if callable(meth) and isinstance(getattr(meth, "__doc__", None), str):
                    found.append(("%s.%s.%s" % (name, attr, meth_name), meth.__doc__))
    return [(n, t) for n, t in found if ">>>" in t]


def package_modules(package, directory):
    """(module name, file) of a test package's test_* modules, subpackages'
    included, as unittest's discovery finds them."""
    import os

    found = []
    for entry in sorted(os.listdir(directory)):
        path = os.path.join(directory, entry)
        if entry.startswith("test") and entry.endswith(".py"):
            found.append((package + "." + entry[:-3], path))
        elif entry.startswith("test") and os.path.isfile(os.path.join(path, "__init__.py")):
            found.append((package + "." + entry, os.path.join(path, "__init__.py")))
            found.extend(package_modules(package + "." + entry, path))
    return found


def test_modules():
    """(module name, file, whether only its own classes count) of the
    modules whose tests make up MODULE. Most are one file; some are
    packages, and two load their tests from elsewhere in `load_tests`."""
    import os

    if MODULE == "test_unittest":
        # The tests live in unittest.test (3.11); they test the unittest
        # in use, whirl's own under whirl.
        unittest.__path__.append(os.path.join(ROOT, "unittest-tests"))
        directory = os.path.join(ROOT, "unittest-tests", "test")
        return [("unittest.test", os.path.join(directory, "__init__.py"), True)] + [
            (name, path, True) for name, path in package_modules("unittest.test", directory)
        ]
    if MODULE == "test_datetime":
        # test_datetime runs datetimetester against the pure-Python and the
        # C datetime; the harness runs it once, against the datetime in use.
        return [("test.datetimetester", os.path.join(ROOT, "test", "datetimetester.py"), False)]
    directory = os.path.join(ROOT, "test", MODULE)
    if os.path.isfile(os.path.join(directory, "__init__.py")):
        return [("test." + MODULE, os.path.join(directory, "__init__.py"), True)] + [
            (name, path, True) for name, path in package_modules("test." + MODULE, directory)
        ]
    return [("test." + MODULE, os.path.join(ROOT, "test", MODULE + ".py"), False)]


def main():
    modules = test_modules()
    seen = set()
    for _, path, _ in modules:
        stub_missing_imports(path, seen)
    loaded = []
    for name, path, own_only in modules:
        try:
            __import__(name)
            loaded.append((sys.modules[name], path, own_only))
        except BaseException as e:
            OUT.write("MODULE-ERROR %s: %s\n" % (name, describe(e)))
            OUT.flush()
            if len(modules) == 1:
                return
    for module, path, own_only in loaded:
        with open(path, encoding="latin-1") as f:
            uses_doctest = "DocTestSuite" in f.read()
        # Module fixtures, as unittest runs them around a module's tests
        # (test_zoneinfo writes its data files in setUpModule). One that
        # fails (often on a unittest or support name the shim lacks) is
        # noted and the tests run without it.
        set_up = getattr(module, "setUpModule", None)
        if set_up is not None:
            try:
                set_up()
            except BaseException as e:
                OUT.write("NOTE %s: setUpModule: %s\n" % (module.__name__, describe(e)))
                OUT.flush()
        for attr in sorted(vars(module)):
            obj = vars(module)[attr]
            if not is_test_case_class(obj) or obj.__module__ == "unittest":
                continue
            if own_only and obj.__module__ != module.__name__:
                continue  # imported from a sibling module, run there
            run_test_class(obj)
        if uses_doctest:
            for doc_name, text in doctest_sources(module):
                run_docstring(doc_name, text, vars(module))
        tear_down = getattr(module, "tearDownModule", None)
        if tear_down is not None:
            try:
                tear_down()
            except BaseException:
                pass
    OUT.write("DONE\n")
    OUT.flush()


main()
