"""_thread: the low-level thread primitives of an interpreter that runs
Python code in one thread only.

Locks work; what would need a second thread to make progress -- blocking
on a lock that is held, starting a thread -- raises RuntimeError saying
so, rather than hanging for ever or pretending to run in parallel. A
timed wait sleeps for its timeout (a signal handler is the one thing that
can run meanwhile) and reports failure."""

import time as _time

error = RuntimeError
TIMEOUT_MAX = 9223372036.0
_MAIN_IDENT = 1

_NO_THREADS = ("can't start new thread: whirl runs Python code in a single "
               "thread, so a thread cannot run concurrently")


def _deadlock(what):
    return RuntimeError(
        f"{what} would block for ever: whirl runs a single thread, so no "
        "other thread can release it")


def get_ident():
    return _MAIN_IDENT


def get_native_id():
    import _syscalls
    return _syscalls.getpid()


def start_new_thread(function, args, kwargs=None):
    raise RuntimeError(_NO_THREADS)


start_new = start_new_thread


def _count():
    return 0


def stack_size(size=0):
    if size != 0 and size < 32768:
        raise ValueError("size not valid: %d bytes" % size)
    return 0


def interrupt_main(signum=2):
    import signal
    signal.raise_signal(signum)


def _check_timeout(blocking, timeout):
    if timeout != -1 and not blocking:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout < 0 and timeout != -1:
        raise ValueError("timeout value must be positive")
    if timeout > TIMEOUT_MAX:
        raise OverflowError("timeout value is too large")


def _wait_in_vain(timeout, what):
    """A wait nothing else can end: sleeps for the timeout, or raises."""
    if timeout == -1:
        raise _deadlock(what)
    _time.sleep(timeout)


class lock:
    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        _check_timeout(blocking, timeout)
        if not self._locked:
            self._locked = True
            return True
        if not blocking:
            return False
        _wait_in_vain(timeout, "acquiring a held lock")
        if not self._locked:
            self._locked = True
            return True
        return False

    acquire_lock = acquire

    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    release_lock = release

    def locked(self):
        return self._locked

    locked_lock = locked

    def _at_fork_reinit(self):
        self._locked = False

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        state = "locked" if self._locked else "unlocked"
        return f"<{state} _thread.lock object at {id(self):#x}>"


LockType = lock
allocate_lock = lock
allocate = lock


class RLock:
    def __init__(self):
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        _check_timeout(blocking, timeout)
        self._owner = _MAIN_IDENT
        self._count += 1
        return True

    def release(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = None

    def _is_owned(self):
        return self._count > 0

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count, self._owner = 0, None
        return state

    def _acquire_restore(self, state):
        self._count, self._owner = state

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        state = "locked" if self._count else "unlocked"
        return (f"<{state} {type(self).__module__}.{type(self).__qualname__} object "
                f"owner={self._owner or 0} count={self._count} at {id(self):#x}>")


class _local:
    """Thread-local data: with one thread, ordinary attributes."""


_local.__name__ = "_local"
