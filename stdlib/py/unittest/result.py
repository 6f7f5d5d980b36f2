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
        tb = self._clean_tracebacks(exctype, value, tb, test)
        formatted = traceback.TracebackException(exctype, value, tb, capture_locals=self.tb_locals,
                                                 compact=True)
        text = "".join(formatted.format())
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

    def _is_relevant_tb_level(self, tb):
        """Whether the frame is unittest's own (its module sets __unittest):
        such frames are left out of the tracebacks reported."""
        return "__unittest" in tb.tb_frame.f_globals

    def _remove_unittest_tb_frames(self, tb):
        """Cuts the traceback where unittest's frames start again (the
        assert* method that raised a failure)."""
        last_kept = None
        while tb is not None and not self._is_relevant_tb_level(tb):
            last_kept = tb
            tb = tb.tb_next
        if last_kept is not None:
            last_kept.tb_next = None

    def _clean_tracebacks(self, exctype, value, tb, test):
        """The traceback of `value` without the runner's leading frames
        (and, for a failure, the assert* frames at the end); chained
        exceptions get theirs cleaned the same way."""
        cleaned = None
        pending = [(exctype, value, tb, True)]
        seen = {id(value)}
        while pending:
            exctype, value, tb, first = pending.pop()
            while tb is not None and self._is_relevant_tb_level(tb):
                tb = tb.tb_next
            if exctype is getattr(test, "failureException", None):
                self._remove_unittest_tb_frames(tb)
            if first:
                cleaned = tb
            else:
                value.__traceback__ = tb
            if value is not None:
                for linked in (value.__cause__, value.__context__):
                    if linked is not None and id(linked) not in seen:
                        seen.add(id(linked))
                        pending.append((type(linked), linked, linked.__traceback__, False))
        return cleaned

    def __repr__(self):
        return "<%s.%s run=%i errors=%i failures=%i>" % (
            type(self).__module__, type(self).__qualname__, self.testsRun, len(self.errors), len(self.failures))
