"""TestResult: what a run of tests came to (failures, errors, skips, ...),
with each error's traceback formatted as CPython's unittest prints it:
the frames of unittest itself left out."""

import io
import sys
import traceback
from functools import wraps

__unittest = True

STDOUT_LINE = "\nStdout:\n%s"
STDERR_LINE = "\nStderr:\n%s"


def failfast(method):
    @wraps(method)
    def inner(self, *args, **kw):
        if getattr(self, "failfast", False):
            self.stop()
        return method(self, *args, **kw)
    return inner


def _unittest_files():
    files = set()
    for name, module in list(sys.modules.items()):
        if name == "unittest" or name.startswith("unittest."):
            f = getattr(module, "__file__", None)
            if f:
                files.add(f)
    return files


def _split_frames(lines):
    """Splits the lines of one traceback section into (head, frames, tail):
    frames are lists of lines starting with '  File '."""
    head = []
    frames = []
    tail = []
    i = 0
    n = len(lines)
    while i < n and not lines[i].startswith("  File "):
        head.append(lines[i])
        i += 1
    while i < n and lines[i].startswith("  File "):
        frame = [lines[i]]
        i += 1
        while i < n and lines[i].startswith("    "):
            frame.append(lines[i])
            i += 1
        frames.append(frame)
    tail = lines[i:]
    return head, frames, tail


def _frame_file(frame):
    first = frame[0]
    start = first.find('"')
    end = first.find('", line ', start + 1)
    if start < 0 or end < 0:
        return None
    return first[start + 1:end]


def _strip_unittest_frames(text, is_failure):
    files = _unittest_files()
    out = []
    # The text is one or more tracebacks joined by the chaining sentences;
    # each starts with "Traceback (most recent call last):".
    sections = []
    current = []
    for line in text.splitlines(True):
        if line.startswith("Traceback (most recent call last):") and current:
            sections.append(current)
            current = []
        current.append(line)
    if current:
        sections.append(current)
    for section in sections:
        head, frames, tail = _split_frames(section)
        while frames and _frame_file(frames[0]) in files:
            frames.pop(0)
        if is_failure:
            while frames and _frame_file(frames[-1]) in files:
                frames.pop()
        if not frames:
            head = [h for h in head if not h.startswith("Traceback (most recent call last):")]
        out.extend(head)
        for f in frames:
            out.extend(f)
        out.extend(tail)
    return "".join(out)


class TestResult:
    """Holds the outcome of a test run."""

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self._stdout_buffer = None
        self._stderr_buffer = None
        self._original_stdout = sys.stdout
        self._original_stderr = sys.stderr
        self._mirrorOutput = False

    def printErrors(self):
        pass

    def startTest(self, test):
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def _setupStdout(self):
        if self.buffer:
            if self._stderr_buffer is None:
                self._stderr_buffer = io.StringIO()
                self._stdout_buffer = io.StringIO()
            sys.stdout = self._stdout_buffer
            sys.stderr = self._stderr_buffer

    def startTestRun(self):
        pass

    def stopTest(self, test):
        self._restoreStdout()
        self._mirrorOutput = False

    def _restoreStdout(self):
        if self.buffer:
            if self._mirrorOutput:
                output = sys.stdout.getvalue()
                error = sys.stderr.getvalue()
                if output:
                    if not output.endswith("\n"):
                        output += "\n"
                    self._original_stdout.write(STDOUT_LINE % output)
                if error:
                    if not error.endswith("\n"):
                        error += "\n"
                    self._original_stderr.write(STDERR_LINE % error)
            sys.stdout = self._original_stdout
            sys.stderr = self._original_stderr
            self._stdout_buffer.seek(0)
            self._stdout_buffer.truncate()
            self._stderr_buffer.seek(0)
            self._stderr_buffer.truncate()

    def stopTestRun(self):
        pass

    @failfast
    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    @failfast
    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if getattr(self, "failfast", False):
                self.stop()
            if issubclass(err[0], test.failureException):
                errors = self.failures
            else:
                errors = self.errors
            errors.append((subtest, self._exc_info_to_string(err, test)))
            self._mirrorOutput = True

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        return (len(self.failures) == len(self.errors) == 0
                and (not hasattr(self, "unexpectedSuccesses") or len(self.unexpectedSuccesses) == 0))

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        exctype, value, tb = err
        if value is None:
            value = exctype()
        text = "".join(traceback.format_exception(value))
        is_failure = exctype is not None and issubclass(exctype, getattr(test, "failureException", None) or ())
        text = _strip_unittest_frames(text, is_failure)
        if self.buffer:
            output = sys.stdout.getvalue()
            error = sys.stderr.getvalue()
            if output:
                if not output.endswith("\n"):
                    output += "\n"
                text += STDOUT_LINE % output
            if error:
                if not error.endswith("\n"):
                    error += "\n"
                text += STDERR_LINE % error
        return text

    def __repr__(self):
        return "<%s.%s run=%i errors=%i failures=%i>" % (
            type(self).__module__, type(self).__qualname__, self.testsRun, len(self.errors), len(self.failures))
