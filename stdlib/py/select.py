"""select: waiting for I/O on several descriptors: select() and poll()
over poll(2), epoll over the kernel's epoll (all through `_syscalls`)."""

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


_TOKEN = object()


class _Poll:
    """What poll() returns (not instantiable directly, as in CPython)."""

    def __init__(self, token=None):
        if token is not _TOKEN:
            raise TypeError("cannot create 'select.poll' instances")
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


_Poll.__name__ = _Poll.__qualname__ = "poll"


def poll():
    """A polling object: register descriptors, then poll() them."""
    return _Poll(_TOKEN)


EPOLLIN = 1
EPOLLPRI = 2
EPOLLOUT = 4
EPOLLERR = 8
EPOLLHUP = 16
EPOLLRDNORM = 64
EPOLLRDBAND = 128
EPOLLWRNORM = 256
EPOLLWRBAND = 512
EPOLLMSG = 1024
EPOLLRDHUP = 8192
EPOLLEXCLUSIVE = 1 << 28
EPOLLONESHOT = 1 << 30
EPOLLET = 1 << 31
EPOLL_CLOEXEC = 524288

_EPOLL_CTL_ADD = 1
_EPOLL_CTL_DEL = 2
_EPOLL_CTL_MOD = 3
_FD_SETSIZE = 1024


class epoll:
    """An epoll object: a kernel epoll descriptor."""

    def __init__(self, sizehint=-1, flags=0):
        if sizehint == -1:
            sizehint = _FD_SETSIZE - 1
        elif sizehint <= 0:
            raise ValueError("negative sizehint")
        self._epfd = _sc.epoll_create()

    @classmethod
    def fromfd(cls, fd, /):
        self = cls.__new__(cls)
        self._epfd = fd
        return self

    @property
    def closed(self):
        return self._epfd < 0

    def _check(self):
        if self._epfd < 0:
            raise ValueError("I/O operation on closed epoll object")

    def close(self):
        fd, self._epfd = self._epfd, -1
        if fd >= 0:
            _sc.close(fd)

    def fileno(self):
        self._check()
        return self._epfd

    def register(self, fd, eventmask=EPOLLIN | EPOLLPRI | EPOLLOUT):
        self._check()
        _sc.epoll_ctl(self._epfd, _EPOLL_CTL_ADD, _fileno(fd), eventmask & 0xffffffff)

    def modify(self, fd, eventmask):
        self._check()
        _sc.epoll_ctl(self._epfd, _EPOLL_CTL_MOD, _fileno(fd), eventmask & 0xffffffff)

    def unregister(self, fd):
        self._check()
        _sc.epoll_ctl(self._epfd, _EPOLL_CTL_DEL, _fileno(fd), 0)

    def poll(self, timeout=None, maxevents=-1):
        self._check()
        if timeout is None:
            ms = -1
        elif not isinstance(timeout, (int, float)):
            raise TypeError("timeout must be an integer or None")
        elif timeout < 0:
            ms = -1
        else:
            ms = timeout * 1000
            whole = int(ms)
            ms = whole + 1 if ms > whole else whole
        if maxevents == -1:
            maxevents = _FD_SETSIZE - 1
        elif maxevents < 1:
            raise ValueError(f"maxevents must be greater than 0, got {maxevents}")
        return _sc.epoll_wait(self._epfd, maxevents, ms)

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass
