"""doctest, whirl's own: finds the interactive examples (`>>> ...`) in
docstrings and text files, runs them and compares what they print with
what the text expects, reporting as CPython's doctest does.

Examples run with compile(source, "<doctest name[n]>", "single") when the
interpreter has compile(); otherwise an expression is evaluated and its
repr printed, anything else executed."""

__all__ = ["register_optionflag", "DONT_ACCEPT_TRUE_FOR_1", "DONT_ACCEPT_BLANKLINE",
           "NORMALIZE_WHITESPACE", "ELLIPSIS", "SKIP", "IGNORE_EXCEPTION_DETAIL",
           "COMPARISON_FLAGS", "REPORT_UDIFF", "REPORT_CDIFF", "REPORT_NDIFF",
           "REPORT_ONLY_FIRST_FAILURE", "REPORTING_FLAGS", "FAIL_FAST", "Example", "DocTest",
           "DocTestParser", "DocTestFinder", "DocTestRunner", "OutputChecker",
           "DocTestFailure", "UnexpectedException", "DebugRunner", "testmod", "testfile",
           "run_docstring_examples", "DocTestSuite", "DocFileSuite", "set_unittest_reportflags",
           "script_from_examples", "testsource", "debug_src", "debug"]

import sys
import os
import re
import io
import traceback
import difflib
from collections import namedtuple

TestResults = namedtuple("TestResults", "failed attempted")

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    return OPTIONFLAGS_BY_NAME.setdefault(name, 1 << len(OPTIONFLAGS_BY_NAME))


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag("DONT_ACCEPT_TRUE_FOR_1")
DONT_ACCEPT_BLANKLINE = register_optionflag("DONT_ACCEPT_BLANKLINE")
NORMALIZE_WHITESPACE = register_optionflag("NORMALIZE_WHITESPACE")
ELLIPSIS = register_optionflag("ELLIPSIS")
SKIP = register_optionflag("SKIP")
IGNORE_EXCEPTION_DETAIL = register_optionflag("IGNORE_EXCEPTION_DETAIL")
COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE | NORMALIZE_WHITESPACE
                    | ELLIPSIS | SKIP | IGNORE_EXCEPTION_DETAIL)
REPORT_UDIFF = register_optionflag("REPORT_UDIFF")
REPORT_CDIFF = register_optionflag("REPORT_CDIFF")
REPORT_NDIFF = register_optionflag("REPORT_NDIFF")
REPORT_ONLY_FIRST_FAILURE = register_optionflag("REPORT_ONLY_FIRST_FAILURE")
FAIL_FAST = register_optionflag("FAIL_FAST")
REPORTING_FLAGS = REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF | REPORT_ONLY_FIRST_FAILURE | FAIL_FAST

BLANKLINE_MARKER = "<BLANKLINE>"
ELLIPSIS_MARKER = "..."


def _indent(s, indent=4):
    pad = " " * indent
    return "".join(pad + line if line.strip("\n") or line not in ("\n",) and line else line
                   for line in s.splitlines(True))


def _exception_traceback(exc_info):
    return "".join(traceback.format_exception(exc_info[1]))


class _SpoofOut(io.StringIO):
    def getvalue(self):
        result = io.StringIO.getvalue(self)
        if result and not result.endswith("\n"):
            result += "\n"
        return result

    def truncate(self, size=None):
        self.seek(size or 0)
        io.StringIO.truncate(self)


def _ellipsis_match(want, got):
    if ELLIPSIS_MARKER not in want:
        return want == got
    pieces = want.split(ELLIPSIS_MARKER)
    head, tail = pieces[0], pieces[-1]
    if not got.startswith(head):
        return False
    start = len(head)
    end = len(got)
    if tail:
        if not got.endswith(tail) or len(got) - len(tail) < start:
            return False
        end = len(got) - len(tail)
    for piece in pieces[1:-1]:
        at = got.find(piece, start, end)
        if at < 0:
            return False
        start = at + len(piece)
    return True


def _comment_line(line):
    line = line.rstrip()
    return "# " + line if line else "#"


def _strip_exception_details(msg):
    # "pkg.mod.Error: detail" -> "Error"
    start, end = 0, len(msg)
    i = msg.find("\n")
    if i >= 0:
        end = i
    i = msg.find(":", 0, end)
    if i >= 0:
        end = i
    i = msg.rfind(".", 0, end)
    if i >= 0:
        start = i + 1
    return msg[start:end]


class Example:
    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        if not source.endswith("\n"):
            source += "\n"
        if want and not want.endswith("\n"):
            want += "\n"
        if exc_msg is not None and not exc_msg.endswith("\n"):
            exc_msg += "\n"
        self.source = source
        self.want = want
        self.lineno = lineno
        self.indent = indent
        self.options = options if options is not None else {}
        self.exc_msg = exc_msg

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.source == other.source and self.want == other.want and self.lineno == other.lineno
                and self.indent == other.indent and self.options == other.options
                and self.exc_msg == other.exc_msg)

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent, self.exc_msg))


class DocTest:
    def __init__(self, examples, globs, name, filename, lineno, docstring):
        assert not isinstance(examples, str), "DocTest no longer accepts str; use DocTestParser instead"
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        n = len(self.examples)
        if n == 0:
            count = "no examples"
        elif n == 1:
            count = "1 example"
        else:
            count = "%d examples" % n
        return "<%s %s from %s:%s (%s)>" % (self.__class__.__name__, self.name, self.filename, self.lineno, count)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.examples == other.examples and self.docstring == other.docstring
                and self.globs == other.globs and self.name == other.name
                and self.filename == other.filename and self.lineno == other.lineno)

    def __hash__(self):
        return hash((self.docstring, self.name, self.filename, self.lineno))

    def _key(self):
        return (self.name, self.filename or "", -1 if self.lineno is None else self.lineno, id(self))

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        return self._key() < other._key()


_DIRECTIVE = re.compile(r"#\s*doctest:\s*([^\n'\"]*)$", re.MULTILINE)
_TRACEBACK_HEADERS = ("Traceback (most recent call last):", "Traceback (innermost last):")


class DocTestParser:
    """Splits a docstring into text and Examples."""

    def parse(self, string, name="<string>"):
        string = string.expandtabs()
        lines = string.split("\n")
        min_indent = None
        for line in lines:
            if line.strip():
                n = len(line) - len(line.lstrip(" "))
                if min_indent is None or n < min_indent:
                    min_indent = n
        if min_indent:
            lines = [line[min_indent:] for line in lines]
        output = []
        text = []
        i = 0
        n = len(lines)
        while i < n:
            line = lines[i]
            stripped = line.lstrip(" ")
            if not stripped.startswith(">>>"):
                text.append(line)
                i += 1
                continue
            indent = len(line) - len(stripped)
            start = i
            source_lines = [line]
            i += 1
            while i < n:
                nxt = lines[i]
                s = nxt.lstrip(" ")
                if s.startswith("...") and len(nxt) - len(s) >= indent and nxt[:indent].strip() == "":
                    source_lines.append(nxt)
                    i += 1
                else:
                    break
            want_lines = []
            while i < n:
                nxt = lines[i]
                if not nxt.strip() or nxt.lstrip(" ").startswith(">>>"):
                    break
                want_lines.append(nxt)
                i += 1
            output.append("\n".join(text) + ("\n" if text else ""))
            text = []
            output.append(self._make_example(source_lines, want_lines, indent, start, name, lines))
        output.append("\n".join(text))
        return output

    def _make_example(self, source_lines, want_lines, indent, lineno, name, lines):
        for k, sl in enumerate(source_lines):
            marker = sl[indent:indent + 4]
            if len(sl) > indent + 3 and marker[3] != " ":
                raise ValueError("line %r of the docstring for %s lacks blank after %s: %r"
                                 % (lineno + k + 1, name, sl[indent:indent + 3], sl))
        for k, wl in enumerate(want_lines):
            if wl[:indent].strip():
                raise ValueError("line %r of the docstring for %s has inconsistent leading whitespace: %r"
                                 % (lineno + len(source_lines) + k + 1, name, wl))
        source = "\n".join(sl[indent + 4:] for sl in source_lines)
        want_list = [wl[indent:] for wl in want_lines]
        want = "\n".join(want_list)
        if want_list and not want_list[-1].strip():
            want = "\n".join(want_list[:-1])
        exc_msg = None
        if want_list and want_list[0].strip() in _TRACEBACK_HEADERS:
            k = 1
            while k < len(want_list) and (want_list[k][:1] in (" ", "\t") or want_list[k].strip() == "..."):
                k += 1
            exc_msg = "\n".join(want_list[k:]) + "\n" if k < len(want_list) else None
        options = self._find_options(source, name, lineno)
        if options and self._is_only_comments(source):
            raise ValueError("line %r of the doctest for %s has an option directive on a line with no example: %r"
                             % (lineno, name, source))
        return Example(source, want, exc_msg, lineno=lineno, indent=indent, options=options)

    def _is_only_comments(self, source):
        return all(not line.strip() or line.strip().startswith("#") for line in source.split("\n"))

    def _find_options(self, source, name, lineno):
        options = {}
        for m in _DIRECTIVE.finditer(source):
            for option in m.group(1).replace(",", " ").split():
                if option[:1] not in "+-" or option[1:] not in OPTIONFLAGS_BY_NAME:
                    raise ValueError("line %r of the doctest for %s has an invalid option: %r"
                                     % (lineno + 1, name, option))
                options[OPTIONFLAGS_BY_NAME[option[1:]]] = option[0] == "+"
        return options

    def get_examples(self, string, name="<string>"):
        return [x for x in self.parse(string, name) if isinstance(x, Example)]

    def get_doctest(self, string, globs, name, filename, lineno):
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno, string)


def _is_function(obj):
    return type(obj).__name__ == "function"


def _is_routine(obj):
    return type(obj).__name__ in ("function", "builtin_function_or_method", "method", "builtin_function")


class DocTestFinder:
    """Collects the DocTests of an object and what it defines."""

    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True, exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        if name is None:
            name = getattr(obj, "__name__", None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given when obj.__name__ doesn't exist: %r"
                                 % (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = _module_of(obj)
        source_lines = None
        filename = None
        if module is not None:
            filename = getattr(module, "__file__", None)
            if filename and not filename.startswith("<"):
                if filename.endswith((".pyc", ".pyo")):
                    filename = filename[:-1]
                try:
                    with open(filename) as f:
                        source_lines = f.read().splitlines(True)
                except (OSError, UnicodeDecodeError):
                    source_lines = None
        if globs is None:
            globs = {} if module is None else module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        if "__name__" not in globs:
            globs["__name__"] = "__main__"
        tests = []
        self._find(tests, obj, name, module, source_lines, globs, {}, filename)
        tests.sort()
        return tests

    def _from_module(self, module, obj):
        if module is None:
            return True
        if _is_function(obj):
            g = getattr(obj, "__globals__", None)
            if g is not None:
                return module.__dict__ is g
            return getattr(obj, "__module__", None) == module.__name__
        if isinstance(obj, type):
            return module.__name__ == getattr(obj, "__module__", None)
        if type(obj).__name__ == "module":
            return False
        mod = getattr(obj, "__module__", None)
        if mod is not None:
            return module.__name__ == mod
        return True

    def _find(self, tests, obj, name, module, source_lines, globs, seen, filename):
        if self._verbose:
            print("Finding tests in %s" % name)
        if id(obj) in seen:
            return
        seen[id(obj)] = 1
        test = self._get_test(obj, name, module, globs, source_lines, filename)
        if test is not None:
            tests.append(test)
        if not self._recurse:
            return
        if type(obj).__name__ == "module":
            for valname, val in list(obj.__dict__.items()):
                valname = "%s.%s" % (name, valname)
                if (_is_routine(val) or isinstance(val, type)) and self._from_module(module, val):
                    self._find(tests, val, valname, module, source_lines, globs, seen, filename)
            for valname, val in getattr(obj, "__test__", {}).items():
                if not isinstance(valname, str):
                    raise ValueError("DocTestFinder.find: __test__ keys must be strings: %r" % (type(valname),))
                if not (_is_routine(val) or isinstance(val, type) or type(val).__name__ == "module"
                        or isinstance(val, str)):
                    raise ValueError("DocTestFinder.find: __test__ values must be strings, functions, methods, "
                                     "classes, or modules: %r" % (type(val),))
                valname = "%s.__test__.%s" % (name, valname)
                self._find(tests, val, valname, module, source_lines, globs, seen, filename)
        if isinstance(obj, type):
            for valname, val in list(obj.__dict__.items()):
                if isinstance(val, (staticmethod, classmethod)):
                    val = val.__func__
                if ((_is_routine(val) or isinstance(val, type) or isinstance(val, property))
                        and self._from_module(module, val if not isinstance(val, property) else obj)):
                    valname = "%s.%s" % (name, valname)
                    self._find(tests, val, valname, module, source_lines, globs, seen, filename)

    def _get_test(self, obj, name, module, globs, source_lines, filename):
        if isinstance(obj, str):
            docstring = obj
        else:
            try:
                docstring = obj.__doc__
                if docstring is None:
                    docstring = ""
                elif not isinstance(docstring, str):
                    docstring = str(docstring)
            except (TypeError, AttributeError):
                docstring = ""
        lineno = self._find_lineno(obj, source_lines)
        if self._exclude_empty and not docstring:
            return None
        return self._parser.get_doctest(docstring, globs, name, filename, lineno)

    def _find_lineno(self, obj, source_lines):
        lineno = None
        if type(obj).__name__ == "module":
            lineno = 0
        if isinstance(obj, type) and source_lines is not None:
            pat = re.compile(r"^\s*class\s*%s\b" % getattr(obj, "__name__", "-"))
            for i, line in enumerate(source_lines):
                if pat.match(line):
                    lineno = i
                    break
        if type(obj).__name__ == "method":
            obj = obj.__func__
        code = getattr(obj, "__code__", None)
        if code is not None and _is_function(obj):
            first = getattr(code, "co_firstlineno", None)
            if first is not None:
                lineno = first - 1
        if lineno is not None:
            if source_lines is None:
                return lineno + 1
            pat = re.compile(r"(^|.*:)\s*\w*(\"|')")
            for k in range(lineno, len(source_lines)):
                if pat.match(source_lines[k]):
                    return k
        return None


def _module_of(obj):
    if type(obj).__name__ == "module":
        return obj
    name = getattr(obj, "__module__", None)
    if name is not None:
        return sys.modules.get(name)
    return None


class OutputChecker:
    def _to_text(self, s):
        return s

    def check_output(self, want, got, optionflags):
        if got == want:
            return True
        if not optionflags & DONT_ACCEPT_TRUE_FOR_1:
            if (got, want) in (("True\n", "1\n"), ("False\n", "0\n")):
                return True
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            want = "\n".join("" if line.rstrip() == BLANKLINE_MARKER and line.startswith(BLANKLINE_MARKER)
                             else line for line in want.split("\n"))
            got = "\n".join("" if not line.strip() else line for line in got.split("\n"))
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got = " ".join(got.split())
            want = " ".join(want.split())
            if got == want:
                return True
        if optionflags & ELLIPSIS:
            if _ellipsis_match(want, got):
                return True
        return False

    def _do_a_fancy_diff(self, want, got, optionflags):
        if not optionflags & (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF):
            return False
        if optionflags & REPORT_NDIFF:
            return True
        return want.count("\n") > 2 and got.count("\n") > 2

    def output_difference(self, example, got, optionflags):
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            got = "".join(BLANKLINE_MARKER + "\n" if line.strip(" ") == "\n" else line
                          for line in got.splitlines(True))
        if self._do_a_fancy_diff(want, got, optionflags):
            want_lines = want.splitlines(True)
            got_lines = got.splitlines(True)
            if optionflags & REPORT_UDIFF:
                diff = list(difflib.unified_diff(want_lines, got_lines, n=2))[2:]
                kind = "unified diff with -expected +actual"
            elif optionflags & REPORT_CDIFF:
                diff = list(difflib.unified_diff(want_lines, got_lines, n=2))[2:]
                kind = "context diff with expected followed by actual"
            else:
                diff = list(difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK).compare(want_lines, got_lines))
                kind = "ndiff with -expected +actual"
            diff = [line.rstrip() + "\n" for line in diff]
            return "Differences (%s):\n" % kind + _indent("".join(diff))
        if want and got:
            return "Expected:\n%sGot:\n%s" % (_indent(want), _indent(got))
        if want:
            return "Expected:\n%sGot nothing\n" % _indent(want)
        if got:
            return "Expected nothing\nGot:\n%s" % _indent(got)
        return "Expected nothing\nGot nothing\n"


def _run_source(source, filename, globs):
    compile_ = getattr(__import__("builtins"), "compile", None)
    if compile_ is not None:
        exec(compile_(source, filename, "single", 0, True), globs)
        return
    # No compile(): an expression is echoed as the prompt would.
    try:
        value = eval(source, globs)
    except SyntaxError:
        exec(source, globs)
        return
    if value is not None:
        import builtins
        builtins._ = value
        print(repr(value))


class DocTestRunner:
    DIVIDER = "*" * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        if verbose is None:
            verbose = "-v" in sys.argv
        self._verbose = verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self._name2ft = {}
        self._fakeout = _SpoofOut()

    def report_start(self, out, test, example):
        if self._verbose:
            if example.want:
                out("Trying:\n" + _indent(example.source) + "Expecting:\n" + _indent(example.want))
            else:
                out("Trying:\n" + _indent(example.source) + "Expecting nothing\n")

    def report_success(self, out, test, example, got):
        if self._verbose:
            out("ok\n")

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example) + self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) + "Exception raised:\n" + _indent(_exception_traceback(exc_info)))

    def _failure_header(self, test, example):
        out = [self.DIVIDER]
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                lineno = test.lineno + example.lineno + 1
            else:
                lineno = "?"
            out.append('File "%s", line %s, in %s' % (test.filename, lineno, test.name))
        else:
            out.append("Line %s, in %s" % (example.lineno + 1, test.name))
        out.append("Failed example:")
        out.append(_indent(example.source))
        return "\n".join(out)

    def _run_examples(self, test, compileflags, out):
        failures = tries = 0
        original = self.optionflags
        for number, example in enumerate(test.examples):
            quiet = self.optionflags & REPORT_ONLY_FIRST_FAILURE and failures > 0
            self.optionflags = original
            for flag, on in example.options.items():
                if on:
                    self.optionflags |= flag
                else:
                    self.optionflags &= ~flag
            if self.optionflags & SKIP:
                continue
            tries += 1
            if not quiet:
                self.report_start(out, test, example)
            filename = "<doctest %s[%d]>" % (test.name, number)
            try:
                _run_source(example.source, filename, test.globs)
                exception = None
            except KeyboardInterrupt:
                raise
            except BaseException as e:
                exception = (type(e), e, e.__traceback__)
            got = self._fakeout.getvalue()
            self._fakeout.truncate(0)
            ok = False
            boom = False
            if exception is None:
                ok = self._checker.check_output(example.want, got, self.optionflags)
            else:
                lines = traceback.format_exception_only(exception[0], exception[1])
                if issubclass(exception[0], SyntaxError):
                    prefixes = (exception[0].__qualname__ + ":",
                                "%s.%s:" % (exception[0].__module__, exception[0].__qualname__))
                    for k, line in enumerate(lines):
                        if line.startswith(prefixes):
                            lines = lines[k:]
                            break
                exc_msg = "".join(lines)
                if not quiet:
                    got += _exception_traceback(exception)
                if example.exc_msg is None:
                    boom = True
                elif self._checker.check_output(example.exc_msg, exc_msg, self.optionflags):
                    ok = True
                elif self.optionflags & IGNORE_EXCEPTION_DETAIL:
                    ok = self._checker.check_output(_strip_exception_details(example.exc_msg),
                                                    _strip_exception_details(exc_msg), self.optionflags)
            if ok:
                if not quiet:
                    self.report_success(out, test, example, got)
            elif boom:
                if not quiet:
                    self.report_unexpected_exception(out, test, example, exception)
                failures += 1
            else:
                if not quiet:
                    self.report_failure(out, test, example, got)
                failures += 1
            if failures and self.optionflags & FAIL_FAST:
                break
        self.optionflags = original
        self._record(test, failures, tries)
        return TestResults(failures, tries)

    def _record(self, test, failures, tries):
        f, t = self._name2ft.get(test.name, (0, 0))
        self._name2ft[test.name] = (f + failures, t + tries)
        self.failures += failures
        self.tries += tries

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        self.test = test
        saved_stdout = sys.stdout
        if out is None:
            out = saved_stdout.write
        sys.stdout = self._fakeout
        try:
            return self._run_examples(test, compileflags, out)
        finally:
            sys.stdout = saved_stdout
            if clear_globs:
                test.globs.clear()
                import builtins
                builtins._ = None

    def summarize(self, verbose=None):
        if verbose is None:
            verbose = self._verbose
        empty, passed, failed = [], [], []
        total_tries = total_failures = 0
        for name, (f, t) in self._name2ft.items():
            total_tries += t
            total_failures += f
            if t == 0:
                empty.append(name)
            elif f == 0:
                passed.append((name, t))
            else:
                failed.append((name, (f, t)))
        if verbose:
            if empty:
                print(len(empty), "items had no tests:")
                for name in sorted(empty):
                    print("   ", name)
            if passed:
                print(len(passed), "items passed all tests:")
                for name, count in sorted(passed):
                    print(" %3d tests in %s" % (count, name))
        if failed:
            print(self.DIVIDER)
            print(len(failed), "items had failures:")
            for name, (f, t) in sorted(failed):
                print(" %3d of %3d in %s" % (f, t, name))
        if verbose:
            print(total_tries, "tests in", len(self._name2ft), "items.")
            print(total_tries - total_failures, "passed and", total_failures, "failed.")
        if total_failures:
            print("***Test Failed***", total_failures, "failures.")
        elif verbose:
            print("Test passed.")
        return TestResults(total_failures, total_tries)

    def merge(self, other):
        for name, (f, t) in other._name2ft.items():
            if name in self._name2ft:
                f0, t0 = self._name2ft[name]
                f, t = f + f0, t + t0
            self._name2ft[name] = (f, t)


class DocTestFailure(Exception):
    def __init__(self, test, example, got):
        self.test = test
        self.example = example
        self.got = got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    def __init__(self, test, example, exc_info):
        self.test = test
        self.example = example
        self.exc_info = exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    def run(self, test, compileflags=None, out=None, clear_globs=True):
        r = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return r

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)


master = None


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0, extraglobs=None,
            raise_on_error=False, exclude_empty=False):
    """Runs the examples in the docstrings of module m (__main__ by default)."""
    global master
    if m is None:
        m = sys.modules.get("__main__")
    if type(m).__name__ != "module":
        raise TypeError("testmod: module required; %r" % (m,))
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    if raise_on_error:
        runner = DebugRunner(verbose=verbose, optionflags=optionflags)
    else:
        runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(runner.failures, runner.tries)


def _relative_to_caller(filename, package=None, depth=2):
    if package is not None:
        if isinstance(package, str):
            __import__(package)
            package = sys.modules[package]
        base = os.path.dirname(getattr(package, "__file__", "") or "")
    else:
        # Relative to the module that called into doctest (its __file__),
        # or the working directory when it has none.
        frame = sys._getframe(1)
        while frame is not None and frame.f_globals is globals():
            frame = frame.f_back
        name = frame.f_globals.get("__name__") if frame is not None else "__main__"
        caller = sys.modules.get(name)
        f = getattr(caller, "__file__", None)
        if f is None and frame is not None:
            f = frame.f_globals.get("__file__")
        base = os.path.dirname(f) if f else os.curdir
    return os.path.join(base, *filename.split("/"))


def _load_text(filename, module_relative, package, encoding):
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-relative paths.")
    if module_relative:
        path = _relative_to_caller(filename, package)
    else:
        path = filename
    with open(path, encoding=encoding or "utf-8") as f:
        return f.read(), path


def testfile(filename, module_relative=True, name=None, package=None, globs=None, verbose=None, report=True,
             optionflags=0, extraglobs=None, raise_on_error=False, parser=DocTestParser(), encoding=None):
    """Runs the examples in a text file."""
    global master
    text, filename = _load_text(filename, module_relative, package, encoding)
    if name is None:
        name = os.path.basename(filename)
    if globs is None:
        globs = {}
    else:
        globs = globs.copy()
    if extraglobs is not None:
        globs.update(extraglobs)
    if "__name__" not in globs:
        globs["__name__"] = "__main__"
    if raise_on_error:
        runner = DebugRunner(verbose=verbose, optionflags=optionflags)
    else:
        runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    test = parser.get_doctest(text, globs, name, filename, 0)
    runner.run(test)
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(runner.failures, runner.tries)


def run_docstring_examples(f, globs, verbose=False, name="NoName", compileflags=None, optionflags=0):
    """Runs the examples of f's docstring, reporting only failures."""
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)


_unittest_reportflags = 0


def set_unittest_reportflags(flags):
    global _unittest_reportflags
    if (flags & REPORTING_FLAGS) != flags:
        raise ValueError("Only reporting flags allowed", flags)
    old = _unittest_reportflags
    _unittest_reportflags = flags
    return old


def _unittest_base():
    import unittest
    return unittest


def _make_case_classes():
    unittest = _unittest_base()

    class DocTestCase(unittest.TestCase):
        def __init__(self, test, optionflags=0, setUp=None, tearDown=None, checker=None):
            unittest.TestCase.__init__(self)
            self._dt_optionflags = optionflags
            self._dt_checker = checker
            self._dt_globs = test.globs.copy()
            self._dt_test = test
            self._dt_setUp = setUp
            self._dt_tearDown = tearDown

        def setUp(self):
            if self._dt_setUp is not None:
                self._dt_setUp(self._dt_test)

        def tearDown(self):
            if self._dt_tearDown is not None:
                self._dt_tearDown(self._dt_test)
            self._dt_test.globs.clear()
            self._dt_test.globs.update(self._dt_globs)

        def runTest(self):
            test = self._dt_test
            out = io.StringIO()
            flags = self._dt_optionflags
            if not flags & REPORTING_FLAGS:
                flags |= _unittest_reportflags
            runner = DocTestRunner(optionflags=flags, checker=self._dt_checker, verbose=False)
            runner.DIVIDER = "-" * 70
            failures, tries = runner.run(test, out=out.write, clear_globs=False)
            if failures:
                raise self.failureException(self.format_failure(out.getvalue()))

        def format_failure(self, err):
            test = self._dt_test
            lineno = "unknown" if test.lineno is None else "%s" % (test.lineno,)
            lname = ".".join(test.name.split(".")[-1:])
            return "Failed doctest test for %s\n  File \"%s\", line %s, in %s\n\n%s" % (
                test.name, test.filename, lineno, lname, err)

        def debug(self):
            self.setUp()
            runner = DebugRunner(optionflags=self._dt_optionflags, checker=self._dt_checker, verbose=False)
            runner.run(self._dt_test, clear_globs=False)
            self.tearDown()

        def id(self):
            return self._dt_test.name

        def __eq__(self, other):
            if type(self) is not type(other):
                return NotImplemented
            return (self._dt_test == other._dt_test and self._dt_optionflags == other._dt_optionflags
                    and self._dt_setUp == other._dt_setUp and self._dt_tearDown == other._dt_tearDown
                    and self._dt_checker == other._dt_checker)

        def __hash__(self):
            return hash((self._dt_optionflags, self._dt_setUp, self._dt_tearDown, self._dt_checker))

        def __repr__(self):
            name = self._dt_test.name.split(".")
            return "%s (%s)" % (name[-1], ".".join(name[:-1]))

        __str__ = __repr__

        def shortDescription(self):
            return "Doctest: " + self._dt_test.name

    class SkipDocTestCase(DocTestCase):
        def __init__(self, module):
            self.module = module
            DocTestCase.__init__(self, None)

        def setUp(self):
            self.skipTest("DocTestSuite will not work with -O2 and above")

        def test_skip(self):
            pass

        def shortDescription(self):
            return "Skipping tests from %s" % self.module.__name__

        __str__ = shortDescription

    class DocFileCase(DocTestCase):
        def id(self):
            return "_".join(self._dt_test.name.split("."))

        def __repr__(self):
            return self._dt_test.filename

        __str__ = __repr__

        def format_failure(self, err):
            return "Failed doctest test for %s\n  File \"%s\", line 0\n\n%s" % (
                self._dt_test.name, self._dt_test.filename, err)

    class _DocTestSuite(unittest.TestSuite):
        # Keeps its tests after running them, so they can be listed.
        def _removeTestAtIndex(self, index):
            pass

    return DocTestCase, SkipDocTestCase, DocFileCase, _DocTestSuite


_case_classes = None


def _cases():
    global _case_classes
    if _case_classes is None:
        _case_classes = _make_case_classes()
        g = globals()
        g["DocTestCase"], g["SkipDocTestCase"], g["DocFileCase"], g["_DocTestSuite"] = _case_classes
    return _case_classes


def __getattr__(name):
    if name in ("DocTestCase", "SkipDocTestCase", "DocFileCase"):
        _cases()
        return globals()[name]
    raise AttributeError("module 'doctest' has no attribute %r" % name)


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None, **options):
    """A unittest suite with one test case for each docstring of module that
    has examples."""
    DocTestCase = _cases()[0]
    if test_finder is None:
        test_finder = DocTestFinder()
    if module is None:
        module = sys.modules["__main__"]
    elif isinstance(module, str):
        __import__(module)
        module = sys.modules[module]
    tests = test_finder.find(module, globs=globs, extraglobs=extraglobs)
    suite = _cases()[3]()
    for test in tests:
        if len(test.examples) == 0:
            continue
        if not test.filename:
            filename = getattr(module, "__file__", None)
            if filename and filename.endswith((".pyc", ".pyo")):
                filename = filename[:-1]
            test.filename = filename
        suite.addTest(DocTestCase(test, **options))
    return suite


def DocFileTest(path, module_relative=True, package=None, globs=None, parser=DocTestParser(), encoding=None,
                **options):
    DocFileCase = _cases()[2]
    if globs is None:
        globs = {}
    else:
        globs = globs.copy()
    text, path = _load_text(path, module_relative, package, encoding)
    if "__file__" not in globs:
        globs["__file__"] = path
    name = os.path.basename(path)
    test = parser.get_doctest(text, globs, name, path, 0)
    return DocFileCase(test, **options)


def DocFileSuite(*paths, **kw):
    """A unittest suite with one test case for each text file."""
    suite = _cases()[3]()
    for path in paths:
        suite.addTest(DocFileTest(path, **kw))
    return suite


def script_from_examples(s):
    output = []
    for piece in DocTestParser().parse(s):
        if isinstance(piece, Example):
            output.append(piece.source[:-1])
            want = piece.want
            if want:
                output.append("# Expected:")
                output += ["## " + line for line in want.split("\n")[:-1]]
        else:
            output += [_comment_line(line) for line in piece.split("\n")[:-1]]
    while output and output[-1] == "#":
        output.pop()
    while output and output[0] == "#":
        output.pop(0)
    return "\n".join(output) + "\n"


def testsource(module, name):
    if isinstance(module, str):
        __import__(module)
        module = sys.modules[module]
    tests = DocTestFinder().find(module)
    test = [t for t in tests if t.name == name]
    if not test:
        raise ValueError(name, "not found in tests")
    return script_from_examples(test[0].docstring)


def debug_src(src, pm=False, globs=None):
    raise NotImplementedError("doctest.debug_src needs pdb, which whirl does not have")


def debug(module, name, pm=False):
    raise NotImplementedError("doctest.debug needs pdb, which whirl does not have")


def _main(argv):
    """`whirl -m doctest [-v] [-o FLAG] [-f] file...`"""
    verbose = False
    flags = 0
    files = []
    i = 0
    while i < len(argv):
        a = argv[i]
        i += 1
        if a in ("-v", "--verbose"):
            verbose = True
        elif a in ("-o", "--option"):
            if i >= len(argv):
                sys.stderr.write("usage: python -m doctest [-h] [-v] [-o OPTION] [-f] file [file ...]\n"
                                 "python -m doctest: error: argument -o/--option: expected one argument\n")
                return 2
            name = argv[i]
            i += 1
            if name not in OPTIONFLAGS_BY_NAME:
                sys.stderr.write("usage: python -m doctest [-h] [-v] [-o OPTION] [-f] file [file ...]\n"
                                 "python -m doctest: error: argument -o/--option: invalid choice: %r\n" % name)
                return 2
            flags |= OPTIONFLAGS_BY_NAME[name]
        elif a in ("-f", "--fail-fast"):
            flags |= FAIL_FAST
        else:
            files.append(a)
    if not files:
        sys.stderr.write("usage: python -m doctest [-h] [-v] [-o OPTION] [-f] file [file ...]\n"
                         "python -m doctest: error: the following arguments are required: file\n")
        return 2
    for filename in files:
        if filename.endswith(".py"):
            dirname, base = os.path.split(filename)
            sys.path.insert(0, os.path.abspath(dirname or "."))
            modname = base[:-3]
            __import__(modname)
            m = sys.modules[modname]
            del sys.path[0]
            failures, _ = testmod(m, verbose=verbose, optionflags=flags)
        else:
            failures, _ = testfile(filename, module_relative=False, verbose=verbose, optionflags=flags)
        if failures:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
