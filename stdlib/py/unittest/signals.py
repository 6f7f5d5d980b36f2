"""Control-C during a test run: with the handler installed (`installHandler`,
`unittest.main(catchbreak=True)`, `-c`), the first SIGINT asks every
registered result to stop after the running test; a second one goes to the
handler that was there before."""

import signal
import weakref
from functools import wraps

__unittest = True

# Results to stop on Control-C, held weakly: a finished run's result must
# not be kept alive by having been registered.
_results = weakref.WeakKeyDictionary()
_interrupt_handler = None


class _InterruptHandler:
    def __init__(self, default_handler):
        self.called = False
        self.original_handler = default_handler
        if isinstance(default_handler, int):
            if default_handler == signal.SIG_DFL:
                # What Python does by default: KeyboardInterrupt.
                default_handler = signal.default_int_handler
            elif default_handler == signal.SIG_IGN:

                def default_handler(unused_signum, unused_frame):
                    pass

            else:
                raise TypeError(
                    "expected SIGINT signal handler to be "
                    "signal.SIG_IGN, signal.SIG_DFL, or a "
                    "callable object"
                )
        self.default_handler = default_handler

    def __call__(self, signum, frame):
        if signal.getsignal(signal.SIGINT) is not self:
            # Someone replaced this handler but still calls it: pass the
            # signal on rather than swallowing it.
            self.default_handler(signum, frame)
        if self.called:
            self.default_handler(signum, frame)
        self.called = True
        for result in list(_results.keys()):
            result.stop()


def registerResult(result):
    _results[result] = 1


def removeResult(result):
    return bool(_results.pop(result, None))


def installHandler():
    global _interrupt_handler
    if _interrupt_handler is None:
        default_handler = signal.getsignal(signal.SIGINT)
        _interrupt_handler = _InterruptHandler(default_handler)
        signal.signal(signal.SIGINT, _interrupt_handler)


def removeHandler(method=None):
    if method is not None:

        @wraps(method)
        def inner(*args, **kwargs):
            initial = signal.getsignal(signal.SIGINT)
            removeHandler()
            try:
                return method(*args, **kwargs)
            finally:
                signal.signal(signal.SIGINT, initial)

        return inner

    global _interrupt_handler
    if _interrupt_handler is not None:
        signal.signal(signal.SIGINT, _interrupt_handler.original_handler)
