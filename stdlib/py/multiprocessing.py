"""whirl's `multiprocessing`: whirl runs one process with one thread, so
this module gives what a single process can honestly answer (the current
process, the CPU count, in-process queues and locks) and says clearly that
it cannot start child processes or pools."""

import os as _os
import queue as _queue
import threading as _threading

__all__ = [
    "Process", "current_process", "parent_process", "active_children",
    "cpu_count", "Queue", "SimpleQueue", "JoinableQueue", "Lock", "RLock",
    "Event", "Condition", "Semaphore", "BoundedSemaphore", "Pool", "Pipe",
    "Manager", "ProcessError", "TimeoutError", "AuthenticationError",
    "get_start_method", "set_start_method", "get_all_start_methods",
    "get_context", "freeze_support",
]


class ProcessError(Exception):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


def _unsupported(what):
    return NotImplementedError(
        "whirl's multiprocessing cannot %s: whirl runs a single process" % what
    )


class BaseProcess:
    _counter = 0

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None,
                 *, daemon=None):
        if group is not None:
            raise AssertionError("group argument must be None for now")
        BaseProcess._counter += 1
        self._identity = (BaseProcess._counter,)
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs or {})
        self._name = name or "Process-%d" % BaseProcess._counter
        self._daemon = bool(daemon)
        self._started = False

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        raise _unsupported("start a child process")

    def join(self, timeout=None):
        raise AssertionError("can only join a started process")

    def is_alive(self):
        return False

    def terminate(self):
        pass

    kill = terminate

    def close(self):
        pass

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        if not isinstance(value, str):
            raise AssertionError("name must be a string")
        self._name = value

    @property
    def daemon(self):
        return self._daemon

    @daemon.setter
    def daemon(self, value):
        self._daemon = bool(value)

    @property
    def pid(self):
        return None

    ident = pid

    @property
    def exitcode(self):
        return None

    def __repr__(self):
        return "<%s name=%r parent=%d initial>" % (
            type(self).__name__, self._name, _os.getpid())


Process = BaseProcess


class _MainProcess(BaseProcess):
    def __init__(self):
        self._identity = ()
        self._name = "MainProcess"
        self._daemon = False
        self._target = None
        self._args = ()
        self._kwargs = {}

    @property
    def pid(self):
        return _os.getpid()

    ident = pid

    def is_alive(self):
        return True

    def __repr__(self):
        return "<_MainProcess name='MainProcess' parent=None started>"


_current = _MainProcess()


def current_process():
    return _current


def parent_process():
    return None


def active_children():
    return []


def cpu_count():
    n = _os.cpu_count()
    if n is None:
        raise NotImplementedError("cannot determine number of cpus")
    return n


def freeze_support():
    pass


def get_start_method(allow_none=False):
    return None if allow_none else "fork"


def set_start_method(method, force=False):
    if method not in get_all_start_methods():
        raise ValueError("cannot find context for %r" % method)


def get_all_start_methods():
    return ["fork", "spawn", "forkserver"]


class Queue(_queue.Queue):
    """An in-process queue: puts and gets within this one process."""

    def __init__(self, maxsize=0, *, ctx=None):
        super().__init__(maxsize)

    def close(self):
        pass

    def join_thread(self):
        pass

    def cancel_join_thread(self):
        pass


JoinableQueue = Queue


class SimpleQueue(_queue.SimpleQueue):
    def close(self):
        pass


Lock = _threading.Lock
RLock = _threading.RLock
Event = _threading.Event
Condition = _threading.Condition
Semaphore = _threading.Semaphore
BoundedSemaphore = _threading.BoundedSemaphore


def Pool(*args, **kwargs):
    raise _unsupported("start a process pool")


def Pipe(duplex=True):
    raise _unsupported("make a pipe between processes")


def Manager():
    raise _unsupported("start a manager process")


class _Context:
    Process = Process

    def __getattr__(self, name):
        return globals()[name]

    def get_start_method(self, allow_none=False):
        return get_start_method(allow_none)


def get_context(method=None):
    if method is not None and method not in get_all_start_methods():
        raise ValueError("cannot find context for %r" % method)
    return _Context()
