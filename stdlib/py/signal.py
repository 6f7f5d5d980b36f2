"""signal: Python handlers for POSIX signals.

A signal with a Python handler is caught by a C handler that only records
it (`_syscalls`, `whirl_vm::interrupt`); the interpreter runs the Python
handler at its next safe point (a loop's back edge, a blocking call woken
by the signal, or the return of `raise_signal`/`os.kill` to ourselves),
through `_dispatch`. SIGINT starts out with `default_int_handler`, which
raises KeyboardInterrupt."""

import _syscalls
from enum import IntEnum as _IntEnum

_SIGNALS = [
    ('SIGHUP', 1), ('SIGINT', 2), ('SIGQUIT', 3), ('SIGILL', 4), ('SIGTRAP', 5),
    ('SIGABRT', 6), ('SIGIOT', 6), ('SIGBUS', 7), ('SIGFPE', 8), ('SIGKILL', 9),
    ('SIGUSR1', 10), ('SIGSEGV', 11), ('SIGUSR2', 12), ('SIGPIPE', 13),
    ('SIGALRM', 14), ('SIGTERM', 15), ('SIGSTKFLT', 16), ('SIGCHLD', 17),
    ('SIGCLD', 17), ('SIGCONT', 18), ('SIGSTOP', 19), ('SIGTSTP', 20),
    ('SIGTTIN', 21), ('SIGTTOU', 22), ('SIGURG', 23), ('SIGXCPU', 24),
    ('SIGXFSZ', 25), ('SIGVTALRM', 26), ('SIGPROF', 27), ('SIGWINCH', 28),
    ('SIGIO', 29), ('SIGPOLL', 29), ('SIGPWR', 30), ('SIGSYS', 31),
    ('SIGRTMIN', 34), ('SIGRTMAX', 64),
]

Signals = _IntEnum('Signals', _SIGNALS)
Handlers = _IntEnum('Handlers', [('SIG_DFL', 0), ('SIG_IGN', 1)])
Sigmasks = _IntEnum('Sigmasks', [('SIG_BLOCK', 0), ('SIG_UNBLOCK', 1), ('SIG_SETMASK', 2)])

globals().update(Signals.__members__)
SIG_DFL = Handlers.SIG_DFL
SIG_IGN = Handlers.SIG_IGN
SIG_BLOCK = Sigmasks.SIG_BLOCK
SIG_UNBLOCK = Sigmasks.SIG_UNBLOCK
SIG_SETMASK = Sigmasks.SIG_SETMASK
NSIG = 65
ITIMER_REAL = 0
ITIMER_VIRTUAL = 1
ITIMER_PROF = 2


class ItimerError(OSError):
    pass


class _NativeLike:
    """A function that, like CPython's builtin functions, stays unbound
    when it is a class attribute (`int_handler = signal.default_int_handler`
    in a class body, then `self.int_handler(signum, frame)`)."""

    def __init__(self, func):
        self._func = func
        self.__name__ = self.__qualname__ = func.__name__
        self.__doc__ = func.__doc__
        self.__module__ = "_signal"

    def __call__(self, *args, **kwargs):
        return self._func(*args, **kwargs)

    def __repr__(self):
        return "<built-in function %s>" % self.__name__


def _default_int_handler(signalnum, frame, /):
    """The default handler for SIGINT installed by Python.

It raises KeyboardInterrupt."""
    raise KeyboardInterrupt


_default_int_handler.__name__ = "default_int_handler"
default_int_handler = _NativeLike(_default_int_handler)


# The Python-level handler of each signal set through `signal()`.
_handlers = {2: default_int_handler}


def _enum(value, enum_class):
    try:
        return enum_class(value)
    except ValueError:
        return value


def _signum(signalnum):
    if not isinstance(signalnum, int):
        raise TypeError(f"'{type(signalnum).__name__}' object cannot be interpreted as an integer")
    if not 1 <= signalnum < NSIG:
        raise ValueError("signal number out of range")
    return int(signalnum)


def getsignal(signalnum, /):
    signum = _signum(signalnum)
    if signum in _handlers:
        return _handlers[signum]
    kind = _syscalls.signal_get(signum)
    if kind == 0:
        return SIG_DFL
    if kind == 1:
        return SIG_IGN
    return None


def signal(signalnum, handler, /):
    signum = _signum(signalnum)
    if handler is SIG_DFL or (type(handler) is int and handler == 0):
        kind = 0
    elif handler is SIG_IGN or (type(handler) is int and handler == 1):
        kind = 1
    elif callable(handler):
        kind = 2
    else:
        raise TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
    old = getsignal(signum)
    if signum in (9, 19):
        _syscalls.raise_errno(22)
    _syscalls.signal_set(signum, kind)
    if kind == 2:
        _handlers[signum] = handler
    else:
        _handlers[signum] = _enum(kind, Handlers)
    return old


def _dispatch(signum):
    """Runs the Python handler of a caught signal (called by the VM)."""
    handler = _handlers.get(signum)
    if callable(handler):
        handler(signum, None)


def alarm(seconds, /):
    return _syscalls.alarm(int(seconds))


def pause():
    import time
    while True:
        time.sleep(3600)


def raise_signal(signalnum, /):
    _syscalls.raise_signal(_signum(signalnum))


def pthread_kill(thread_id, signalnum, /):
    _syscalls.raise_signal(_signum(signalnum))


def strsignal(signalnum, /):
    return _syscalls.strsignal(_signum(signalnum))


def valid_signals():
    return {_enum(n, Signals) for n in range(1, NSIG) if n not in (32, 33)}


def set_wakeup_fd(fd, /, *, warn_on_full_buffer=True):
    if fd != -1 and _syscalls.get_blocking(fd):
        raise ValueError(f"the fd {fd} must be in non-blocking mode")
    return _syscalls.set_wakeup_fd(fd)


def setitimer(which, seconds, interval=0.0, /):
    if which not in (0, 1, 2):
        raise ItimerError(22, "Invalid argument")
    return _syscalls.setitimer(which, seconds, interval)


def getitimer(which, /):
    old = _syscalls.setitimer(which, 0, 0)
    if old[0] or old[1]:
        _syscalls.setitimer(which, old[0], old[1])
    return old


def siginterrupt(signalnum, flag, /):
    _signum(signalnum)
