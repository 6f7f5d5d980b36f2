"""itertools: functions creating iterators for efficient looping."""


def _is_number(x):
    if isinstance(x, (int, float)):
        return True
    t = type(x)
    return hasattr(t, '__index__') or hasattr(t, '__int__') or hasattr(t, '__float__')


def count(start=0, step=1):
    if not _is_number(start) or not _is_number(step):
        raise TypeError("a number is required")
    return _count(start, step)


def _count(start, step):
    n = start
    while True:
        yield n
        n += step


def cycle(iterable):
    return _cycle(iter(iterable))


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


class repeat:
    def __init__(self, object, times=None):
        self._object = object
        if times is None:
            self._times = None
        else:
            self._times = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return "repeat(%r)" % (self._object,)
        return "repeat(%r, %r)" % (self._object, self._times)


def _chain(iterables):
    for it in iterables:
        for element in it:
            yield element


class chain:
    def __init__(self, *iterables):
        self._gen = _chain(iterables)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)

    @classmethod
    def from_iterable(cls, iterables):
        c = cls()
        c._gen = _chain(iterables)
        return c


_MAXSIZE = 9223372036854775807


def _as_index(x):
    # like PyNumber_AsSsize_t with errors turned into -1; an int beyond a
    # C ssize_t is such an error (islice(it, 10**20) must not be taken as
    # a stop so far away that it never comes)
    if x is True or x is False:
        return int(x)
    if isinstance(x, int):
        if x > _MAXSIZE or x < -_MAXSIZE - 1:
            return -1
        return x
    return -1


def _islice(it, start, stop, step):
    # follows CPython's islice_next; stop is -1 for "no stop"
    cnt = 0
    nxt = start
    while True:
        while cnt < nxt:
            try:
                next(it)
            except StopIteration:
                return
            cnt += 1
        if stop != -1 and cnt >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        cnt += 1
        nxt += step
        if stop != -1 and nxt > stop:
            nxt = stop
        yield item


def islice(*args):
    if len(args) < 2:
        raise TypeError("islice expected at least 2 arguments, got %d" % len(args))
    if len(args) > 4:
        raise TypeError("islice expected at most 4 arguments, got %d" % len(args))
    iterable = args[0]
    msg_stop = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
    start = 0
    stop = -1
    step = 1
    if len(args) == 2:
        a1 = args[1]
        if a1 is not None:
            stop = _as_index(a1)
            if stop == -1:
                raise ValueError(msg_stop)
    else:
        a1 = args[1]
        a2 = args[2]
        if a1 is not None:
            start = _as_index(a1)
        if a2 is not None:
            stop = _as_index(a2)
            if stop == -1:
                raise ValueError(msg_stop)
    if start < 0 or stop < -1:
        raise ValueError("Indices for islice() must be None or an integer: "
                         "0 <= x <= sys.maxsize.")
    if len(args) == 4:
        a3 = args[3]
        if a3 is not None:
            step = _as_index(a3)
    if step < 1:
        raise ValueError("Step for islice() must be a positive integer or None.")
    return _islice(iter(iterable), start, stop, step)


def product(*args, repeat=1):
    if isinstance(repeat, int) and (repeat > _MAXSIZE or repeat < -_MAXSIZE - 1):
        raise OverflowError("Python int too large to convert to C ssize_t")
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    if args and repeat > _MAXSIZE // len(args):
        raise OverflowError("repeat argument too large")
    pools = [tuple(pool) for pool in args]
    if pools:
        pools *= repeat
    return _product(pools)


def _product(pools):
    for pool in pools:
        if not pool:
            return
    n = len(pools)
    indices = [0] * n
    yield tuple([pool[0] for pool in pools])
    while True:
        i = n - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
            i -= 1
        if i < 0:
            return
        yield tuple([pools[k][indices[k]] for k in range(n)])


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r < 0:
        raise ValueError("r must be non-negative")
    return _permutations(pool, n, r)


def _permutations(pool, n, r):
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple([pool[i] for i in indices[:r]])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple([pool[i] for i in indices[:r]])
                break
        else:
            return


def combinations(iterable, r):
    pool = tuple(iterable)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple([pool[i] for i in indices])
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple([pool[i] for i in indices])


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _cwr(pool, r)


def _cwr(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple([pool[i] for i in indices])
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        v = indices[i] + 1
        for j in range(i, r):
            indices[j] = v
        yield tuple([pool[i] for i in indices])


class _Grouper:
    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        p = self._parent
        if p._currgrouper is not self:
            raise StopIteration
        if p._currvalue is p._marker:
            p._step()
        if p._currvalue is p._marker:
            raise StopIteration
        if not (p._currkey == self._tgtkey):
            raise StopIteration
        value = p._currvalue
        p._currvalue = p._marker
        return value


class groupby:
    def __init__(self, iterable, key=None):
        self._marker = object()
        self._keyfunc = key
        self._it = iter(iterable)
        self._tgtkey = self._marker
        self._currkey = self._marker
        self._currvalue = self._marker
        self._currgrouper = None
        self._done = False

    def __iter__(self):
        return self

    def _step(self):
        try:
            value = next(self._it)
        except StopIteration:
            self._done = True
            self._currvalue = self._marker
            raise
        self._currvalue = value
        self._currkey = value if self._keyfunc is None else self._keyfunc(value)

    def __next__(self):
        self._currgrouper = None
        marker = self._marker
        while True:
            if self._currkey is marker:
                pass
            elif self._tgtkey is marker:
                break
            elif not (self._tgtkey == self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        grouper = _Grouper(self, self._tgtkey)
        self._currgrouper = grouper
        return (self._currkey, grouper)


def accumulate(iterable, func=None, *, initial=None):
    return _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        if func is None:
            total = total + element
        else:
            total = func(total, element)
        yield total


def zip_longest(*args, fillvalue=None):
    iterators = [iter(it) for it in args]
    return _zip_longest(iterators, fillvalue)


def _zip_longest(iterators, fillvalue):
    num_active = len(iterators)
    if not num_active:
        return
    while True:
        values = []
        for i in range(len(iterators)):
            it = iterators[i]
            if it is None:
                values.append(fillvalue)
                continue
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = None
                value = fillvalue
            values.append(value)
        yield tuple(values)


# tee: the iterators share a singly linked list of buffers of values read
# from the source; each holds its place (a buffer and an index in it).
# Buffers of many values keep the number of objects (and the collector's
# work) small for long lags.
_TEE_LINK_SIZE = 57


class _TeeLink:
    def __init__(self):
        self.values = []
        self.next = None


class _TeeData:
    def __init__(self, it):
        self.it = it
        self.running = False


_NO_ITERABLE = object()


class _tee:
    """Iterator wrapped to make it copyable."""

    def __new__(cls, iterable=_NO_ITERABLE, /):
        if iterable is _NO_ITERABLE:
            raise TypeError("_tee expected 1 argument, got 0")
        it = iter(iterable)
        if isinstance(it, _tee):
            return it.__copy__()
        self = object.__new__(cls)
        self._data = _TeeData(it)
        self._link = _TeeLink()
        self._index = 0
        return self

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        i = self._index
        if i == _TEE_LINK_SIZE:
            following = link.next
            if following is None:
                following = link.next = _TeeLink()
            link = self._link = following
            i = 0
        values = link.values
        if i == len(values):
            data = self._data
            if data.running:
                raise RuntimeError("cannot re-enter the tee iterator")
            data.running = True
            try:
                value = next(data.it)
            except BaseException:
                data.running = False
                raise
            data.running = False
            values.append(value)
        self._index = i + 1
        return values[i]

    def __copy__(self):
        twin = object.__new__(type(self))
        twin._data = self._data
        twin._link = self._link
        twin._index = self._index
        return twin


_tee.__module__ = "itertools"


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    first = it if hasattr(it, "__copy__") else _tee(it)
    return (first,) + tuple(first.__copy__() for _ in range(n - 1))


def starmap(function, iterable):
    return _starmap(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*args)


def takewhile(predicate, iterable):
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            break


def dropwhile(predicate, iterable):
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def filterfalse(predicate, iterable):
    return _filterfalse(predicate, iter(iterable))


def _filterfalse(predicate, it):
    for x in it:
        if predicate is None:
            if not x:
                yield x
        elif not predicate(x):
            yield x


def compress(data, selectors):
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def pairwise(iterable):
    return _pairwise(iter(iterable))


def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b
