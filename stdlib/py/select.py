"""select: waiting for I/O on several descriptors (select, poll), both
over poll(2) from `_syscalls`. epoll is not provided: selectors'
DefaultSelector is the poll-based one."""

import _syscalls as _sc

POLLIN = 1
POLLPRI = 2
POLLOUT = 4
POLLERR = 8
POLLHUP = 16
POLLNVAL = 32
POLLRDNORM = 64
POLLRDBAND = 128
POLLWRNORM = 256
POLLWRBAND = 512
POLLMSG = 1024
POLLRDHUP = 8192
PIPE_BUF = 4096

error = OSError


def _fileno(obj):
    if isinstance(obj, int):
        fd = obj
    else:
        meth = getattr(obj, "fileno", None)
        if meth is None:
            raise TypeError("argument must be an int, or have a fileno() method.")
        fd = meth()
        if not isinstance(fd, int):
            raise TypeError("fileno() returned a non-integer")
    if fd < 0:
        raise ValueError(f"file descriptor cannot be a negative integer ({fd})")
    return int(fd)


def _timeout_ms(timeout, what="timeout must be a float or None"):
    if timeout is None:
        return -1
    if not isinstance(timeout, (int, float)):
        raise TypeError(what)
    if timeout < 0:
        raise ValueError("timeout must be non-negative")
    ms = timeout * 1000
    whole = int(ms)
    return whole + 1 if ms > whole else whole


def select(rlist, wlist, xlist, timeout=None, /):
    ms = _timeout_ms(timeout)
    lists = [list(rlist), list(wlist), list(xlist)]
    wanted = {}
    fds = []
    for which, (objs, bit) in enumerate(zip(lists, (POLLIN, POLLOUT, POLLPRI))):
        for obj in objs:
            fd = _fileno(obj)
            fds.append((which, fd, obj))
            wanted[fd] = wanted.get(fd, 0) | bit
    ready = dict(_sc.poll(list(wanted.items()), ms))
    for fd, ev in ready.items():
        if ev & POLLNVAL:
            _sc.raise_errno(9)
    out = ([], [], [])
    masks = (POLLIN | POLLHUP | POLLERR, POLLOUT | POLLERR, POLLPRI)
    for which, fd, obj in fds:
        if ready.get(fd, 0) & masks[which]:
            out[which].append(obj)
    return out


class poll:
    def __init__(self):
        self._fds = {}

    def register(self, fd, eventmask=POLLIN | POLLPRI | POLLOUT, /):
        self._fds[_fileno(fd)] = eventmask & 0xffff

    def modify(self, fd, eventmask, /):
        fd = _fileno(fd)
        if fd not in self._fds:
            _sc.raise_errno(2)
        self._fds[fd] = eventmask & 0xffff

    def unregister(self, fd, /):
        fd = _fileno(fd)
        if fd not in self._fds:
            raise KeyError(fd)
        del self._fds[fd]

    def poll(self, timeout=None, /):
        if timeout is None:
            ms = -1
        elif not isinstance(timeout, (int, float)):
            raise TypeError("timeout must be an integer or None")
        else:
            ms = int(timeout) if timeout >= 0 else -1
        return _sc.poll(list(self._fds.items()), ms)
