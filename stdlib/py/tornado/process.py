"""tornado.process: several worker processes sharing listening sockets
(fork natively, `_tornado.fork`/`_tornado.wait_child`), as Tornado's."""

import sys
import _tornado

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
        if signal is not None:
            sys.stderr.write("child %d (pid %d) killed by signal %d, restarting\n" % (id, pid, signal))
        elif code != 0:
            sys.stderr.write("child %d (pid %d) exited with status %d, restarting\n" % (id, pid, code))
        else:
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
