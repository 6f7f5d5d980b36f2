"""tornado.process: several worker processes sharing listening sockets
(fork natively, `_tornado.fork`/`_tornado.wait_child`), as Tornado's."""

import sys
import _tornado
import subprocess

# Subprocess.wait_for_exit fails with it (Tornado's alias).
CalledProcessError = subprocess.CalledProcessError

_task_id = None


def cpu_count():
    """The number of processors on this machine."""
    return _tornado.cpu_count()


def fork_processes(num_processes, max_restarts=None):
    """Starts `num_processes` worker processes (one per CPU when None or
    <= 0). Each child returns its task id (0 to num_processes-1); the
    parent waits, restarts children that die abnormally, and exits when
    all children have exited cleanly."""
    global _task_id
    if max_restarts is None:
        max_restarts = 100
    assert _task_id is None
    if num_processes is None or num_processes <= 0:
        num_processes = cpu_count()
    from tornado.log import gen_log

    gen_log.info("Starting %d processes", num_processes)
    children = {}

    def start_child(i):
        global _task_id
        pid = _tornado.fork()
        if pid == 0:
            _task_id = i
            return i
        children[pid] = i
        return None

    for i in range(num_processes):
        id = start_child(i)
        if id is not None:
            return id
    num_restarts = 0
    while children:
        pid, code, signal = _tornado.wait_child()
        if pid not in children:
            continue
        id = children.pop(pid)
        # Reported on Tornado's general logger (warnings reach stderr even
        # with logging unconfigured).
        if signal is not None:
            gen_log.warning("child %d (pid %d) killed by signal %d, restarting", id, pid, signal)
        elif code != 0:
            gen_log.warning("child %d (pid %d) exited with status %d, restarting", id, pid, code)
        else:
            gen_log.info("child %d (pid %d) exited normally", id, pid)
            continue
        num_restarts += 1
        if num_restarts > max_restarts:
            raise RuntimeError("Too many child restarts, giving up")
        new_id = start_child(id)
        if new_id is not None:
            return new_id
    sys.exit(0)


def task_id():
    """The task id of this process (None in the parent or without fork)."""
    return _task_id


class Subprocess:
    """A `subprocess.Popen` whose pipes may be IOStreams: pass
    `Subprocess.STREAM` as stdin, stdout or stderr to get a PipeIOStream
    there. `set_exit_callback` / `wait_for_exit` report the exit status.

    Tornado learns of exits through SIGCHLD; whirl's loop polls the
    children waited for (every `_POLL_INTERVAL` seconds while any is)."""

    STREAM = object()

    _initialized = False
    _waiting = {}
    _poll_timeout = None
    _POLL_INTERVAL = 0.01

    def __init__(self, *args, **kwargs):
        import os
        import subprocess
        from tornado.ioloop import IOLoop
        from tornado.iostream import PipeIOStream

        self.io_loop = IOLoop.current()
        pipe_fds = []
        to_close = []
        streams = {}
        if kwargs.get("stdin") is Subprocess.STREAM:
            r, w = os.pipe()
            kwargs["stdin"] = r
            pipe_fds += [r, w]
            to_close.append(r)
            streams["stdin"] = w
        for name in ("stdout", "stderr"):
            if kwargs.get(name) is Subprocess.STREAM:
                r, w = os.pipe()
                kwargs[name] = w
                pipe_fds += [r, w]
                to_close.append(w)
                streams[name] = r
        try:
            self.proc = subprocess.Popen(*args, **kwargs)
        except BaseException:
            for fd in pipe_fds:
                os.close(fd)
            raise
        for fd in to_close:
            os.close(fd)
        self.pid = self.proc.pid
        for name in ("stdin", "stdout", "stderr"):
            if name in streams:
                setattr(self, name, PipeIOStream(streams[name]))
            else:
                setattr(self, name, getattr(self.proc, name))
        self._exit_callback = None
        self.returncode = None

    def set_exit_callback(self, callback):
        """Calls `callback(returncode)` once the process has exited (a
        negative returncode: killed by that signal)."""
        self._exit_callback = callback
        Subprocess.initialize()
        Subprocess._waiting[self.pid] = self
        Subprocess._try_cleanup(self.pid)

    def wait_for_exit(self, raise_error=True):
        """A Future of the returncode; with `raise_error`, a non-zero one
        fails it with CalledProcessError."""
        import subprocess
        from tornado.concurrent import Future, future_set_result_unless_cancelled

        future = Future()

        def callback(ret):
            if ret != 0 and raise_error:
                if not future.done():
                    future.set_exception(subprocess.CalledProcessError(ret, "unknown"))
            else:
                future_set_result_unless_cancelled(future, ret)

        self.set_exit_callback(callback)
        return future

    @classmethod
    def initialize(cls):
        """Starts watching for exits (Tornado installs a SIGCHLD handler
        here)."""
        cls._initialized = True

    @classmethod
    def uninitialize(cls):
        cls._initialized = False
        if cls._poll_timeout is not None:
            from tornado.ioloop import IOLoop

            IOLoop.current().remove_timeout(cls._poll_timeout)
            cls._poll_timeout = None

    @classmethod
    def _schedule_poll(cls):
        from tornado.ioloop import IOLoop

        if cls._poll_timeout is None and cls._waiting:
            cls._poll_timeout = IOLoop.current().call_later(cls._POLL_INTERVAL, cls._poll)

    @classmethod
    def _poll(cls):
        cls._poll_timeout = None
        for pid in list(cls._waiting):
            cls._try_cleanup(pid)
        cls._schedule_poll()

    @classmethod
    def _try_cleanup(cls, pid):
        subproc = cls._waiting.get(pid)
        if subproc is None:
            return
        ret = subproc.proc.poll()
        if ret is None:
            cls._schedule_poll()
            return
        del cls._waiting[pid]
        subproc._set_returncode(ret)

    def _set_returncode(self, ret):
        self.returncode = ret
        if self._exit_callback:
            callback = self._exit_callback
            self._exit_callback = None
            self.io_loop.add_callback(callback, ret)
