"""Synchronization for coroutines of one loop: Lock, Event, Condition,
Semaphore, BoundedSemaphore, Barrier. Waiters are native futures, so they
work under asyncio's loop and Tornado's alike."""

from tornado.concurrent import Future as _NativeFuture
from asyncio.exceptions import BrokenBarrierError, CancelledError

__all__ = ("Lock", "Event", "Condition", "Semaphore", "BoundedSemaphore", "Barrier")


def _wake_first(waiters):
    """Wakes the first waiter still waiting."""
    while waiters:
        fut = waiters.pop(0)
        if not fut.done():
            fut.set_result(True)
            break


class _AcquireContext:
    """`async with` for what has acquire() and release()."""

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


def _repr(obj, state):
    return "<%s [%s]>" % (object.__repr__(obj)[1:-1], state)


class Event:
    def __init__(self):
        self._value = False
        self._waiters = []

    def __repr__(self):
        state = "set" if self._value else "unset"
        if self._waiters:
            state += ", waiters:%d" % len(self._waiters)
        return _repr(self, state)

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            waiters, self._waiters = self._waiters, []
            for fut in waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = _NativeFuture()
        self._waiters.append(fut)
        try:
            await fut
        finally:
            if fut in self._waiters:
                self._waiters.remove(fut)
        return True


class Lock(_AcquireContext):
    def __init__(self):
        self._locked = False
        self._waiters = []

    def __repr__(self):
        state = "locked" if self._locked else "unlocked"
        if self._waiters:
            state += ", waiters:%d" % len(self._waiters)
        return _repr(self, state)

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and not any(not w.done() for w in self._waiters):
            self._locked = True
            return True
        fut = _NativeFuture()
        self._waiters.append(fut)
        try:
            await fut
        except CancelledError:
            # Woken and cancelled at once: pass the turn on.
            if not self._locked:
                _wake_first(self._waiters)
            raise
        finally:
            if fut in self._waiters:
                self._waiters.remove(fut)
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError("Lock is not acquired.")
        self._locked = False
        _wake_first(self._waiters)


class Semaphore(_AcquireContext):
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._value = value
        self._waiters = []

    def __repr__(self):
        state = "locked" if self.locked() else "unlocked, value:%d" % self._value
        if self._waiters:
            state += ", waiters:%d" % len(self._waiters)
        return _repr(self, state)

    def locked(self):
        return self._value == 0

    async def acquire(self):
        while self._value <= 0:
            fut = _NativeFuture()
            self._waiters.append(fut)
            try:
                await fut
            except CancelledError:
                if self._value > 0:
                    _wake_first(self._waiters)
                raise
            finally:
                if fut in self._waiters:
                    self._waiters.remove(fut)
        self._value -= 1
        return True

    def release(self):
        self._value += 1
        _wake_first(self._waiters)


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError("BoundedSemaphore released too many times")
        super().release()


class Condition(_AcquireContext):
    """Coroutines wait() until notified; each holds the lock around it."""

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __repr__(self):
        state = "locked" if self.locked() else "unlocked"
        if self._waiters:
            state += ", waiters:%d" % len(self._waiters)
        return _repr(self, state)

    async def wait(self):
        if not self.locked():
            raise RuntimeError("cannot wait on un-acquired lock")
        self.release()
        try:
            fut = _NativeFuture()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                if fut in self._waiters:
                    self._waiters.remove(fut)
        finally:
            # The lock is taken back even when the wait was cancelled.
            cancelled = None
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError as exc:
                    cancelled = exc
            if cancelled is not None:
                raise cancelled

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError("cannot notify on un-acquired lock")
        woken = 0
        for fut in self._waiters:
            if woken >= n:
                break
            if not fut.done():
                woken += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


_FILLING, _DRAINING, _RESETTING, _BROKEN = "filling", "draining", "resetting", "broken"


class Barrier:
    """`parties` tasks wait() until all of them have; each gets its index."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._cond = Condition()
        self._parties = parties
        self._state = _FILLING
        self._count = 0

    def __repr__(self):
        state = self._state
        if not self.broken:
            state += ", waiters:%d/%d" % (self.n_waiting, self._parties)
        return _repr(self, state)

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        async with self._cond:
            await self._cond.wait_for(lambda: self._state not in (_DRAINING, _RESETTING))
            if self._state == _BROKEN:
                raise BrokenBarrierError("Barrier aborted")
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    self._state = _DRAINING
                    self._cond.notify_all()
                else:
                    await self._cond.wait_for(lambda: self._state != _FILLING)
                    if self._state in (_BROKEN, _RESETTING):
                        raise BrokenBarrierError("Abort or reset of barrier")
                return index
            finally:
                self._count -= 1
                if self._count == 0 and self._state in (_RESETTING, _DRAINING):
                    self._state = _FILLING
                self._cond.notify_all()

    async def reset(self):
        async with self._cond:
            if self._count > 0:
                if self._state != _RESETTING:
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    async def abort(self):
        async with self._cond:
            self._state = _BROKEN
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._state == _FILLING else 0

    @property
    def broken(self):
        return self._state == _BROKEN
