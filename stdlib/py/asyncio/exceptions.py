"""asyncio's exceptions (the cancellation and state errors are the native
loop's own, shared with Tornado)."""

import _tornado

__all__ = (
    "BrokenBarrierError",
    "CancelledError",
    "InvalidStateError",
    "TimeoutError",
    "IncompleteReadError",
    "LimitOverrunError",
    "SendfileNotAvailableError",
)

CancelledError = _tornado.CancelledError
InvalidStateError = _tornado.InvalidStateError
TimeoutError = TimeoutError


class SendfileNotAvailableError(RuntimeError):
    """sendfile() cannot be used for this transport or file."""


class IncompleteReadError(EOFError):
    """The stream ended before `expected` bytes were read; `partial` holds
    what was."""

    def __init__(self, partial, expected):
        what = "undefined" if expected is None else repr(expected)
        super().__init__("%d bytes read on a total of %s expected bytes" % (len(partial), what))
        self.partial = partial
        self.expected = expected

    def __reduce__(self):
        return type(self), (self.partial, self.expected)


class LimitOverrunError(Exception):
    """The separator was not found within the buffer limit."""

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed

    def __reduce__(self):
        return type(self), (self.args[0], self.consumed)


class BrokenBarrierError(RuntimeError):
    """A Barrier was reset or broken while a task waited on it."""
