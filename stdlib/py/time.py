"""time: whirl's own `time`, over the native `_time` (stdlib/src/time.rs,
time_local.rs). Local time comes from the C library (TZ, /etc/localtime),
as CPython's does; this file adds struct_time and the argument checks."""

import _time
from _time import (time, time_ns, perf_counter, sleep, monotonic, clock_gettime, clock_gettime_ns, clock_getres,
                   CLOCK_REALTIME, CLOCK_MONOTONIC, CLOCK_MONOTONIC_RAW, CLOCK_PROCESS_CPUTIME_ID,
                   CLOCK_THREAD_CPUTIME_ID, CLOCK_BOOTTIME, CLOCK_TAI)

class _builtin:
    """A function of this module that, like CPython's C functions, does
    not bind as a method when stored on a class (logging's
    `Formatter.converter = time.gmtime`)."""

    def __init__(self, func, lo=0, hi=0, few=None, many=None, kw=None):
        self._func = func
        self._lo = lo
        self._hi = hi
        self._few = few
        self._many = many
        self._kw = kw
        self.__name__ = self.__qualname__ = func.__name__
        self.__doc__ = func.__doc__
        self.__module__ = "time"

    def __call__(self, *args, **kwargs):
        # CPython's C-level argument messages.
        if kwargs:
            raise TypeError(self._kw)
        n = len(args)
        if n < self._lo:
            raise TypeError(self._few % n if "%d" in self._few else self._few)
        if n > self._hi:
            raise TypeError(self._many % n)
        return self._func(*args)

    def __repr__(self):
        return "<built-in function %s>" % self.__name__


def _native(lo, hi, few, many, kw):
    return lambda func: _builtin(func, lo, hi, few, many, kw)


_STRUCT_TM_ITEMS = 11

_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst")


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime(), and strptime()"""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, seq, dict=None):
        items = tuple(seq)
        if len(items) < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence (%d-sequence given)" % len(items))
        if len(items) > 11:
            raise TypeError("time.struct_time() takes an at most 11-sequence (%d-sequence given)" % len(items))
        self = tuple.__new__(cls, items[:9])
        extra = items[9:] + (None,) * (11 - len(items))
        self._zone = extra[0]
        self._gmtoff = extra[1]
        return self

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._zone)
    tm_gmtoff = property(lambda self: self._gmtoff)

    def __repr__(self):
        return "time.struct_time(%s)" % ", ".join("%s=%r" % (n, v) for n, v in zip(_FIELDS, self))

    def __reduce__(self):
        return (struct_time, (tuple(self), {"tm_zone": self._zone, "tm_gmtoff": self._gmtoff}))


struct_time.__module__ = "time"


def _seconds(secs):
    if secs is None:
        return int(_time.time() // 1)
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError("Invalid value NaN (not a number)")
        if secs in (float("inf"), float("-inf")) or abs(secs) >= 9.2e18:
            raise OverflowError("timestamp out of range for platform time_t")
        return int(secs // 1)
    if isinstance(secs, int):
        if not -(1 << 63) <= secs < (1 << 63):
            raise OverflowError("timestamp out of range for platform time_t")
        return int(secs)
    if hasattr(type(secs), "__index__"):
        return _seconds(secs.__index__())
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(secs).__name__)


@_native(0, 1, None, 'gmtime() takes at most 1 argument (%d given)', 'gmtime() takes no keyword arguments')
def gmtime(secs=None):
    t = _seconds(secs)
    fields = _time.gmtime(t)
    return struct_time(tuple(fields[:8]) + (0, "GMT", 0))


@_native(0, 1, None, 'localtime() takes at most 1 argument (%d given)', 'localtime() takes no keyword arguments')
def localtime(secs=None):
    return struct_time(_time._localtime(_seconds(secs)))


def _tuple_arg(t, fname):
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError("%s(): illegal time tuple argument" % fname)
    out = []
    for v in t:
        if isinstance(v, float):
            raise TypeError("'float' object cannot be interpreted as an integer")
        if not isinstance(v, int):
            if hasattr(type(v), "__index__"):
                v = v.__index__()
            else:
                raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
        if v >= (1 << 31):
            raise OverflowError("signed integer is greater than maximum")
        if v < -(1 << 31):
            raise OverflowError("signed integer is less than minimum")
        out.append(int(v))
    if out[0] - 1900 < -(1 << 31):
        raise OverflowError("year out of range")
    return out


def _checked(t, fname):
    """The nine fields of t normalised and range-checked as CPython's
    strftime and asctime do."""
    f = _tuple_arg(t, fname)
    if f[1] == 0:
        f[1] = 1
    if f[2] == 0:
        f[2] = 1
    if f[7] == 0:
        f[7] = 1
    if f[8] < -1:
        f[8] = -1
    elif f[8] > 1:
        f[8] = 1
    if not 1 <= f[1] <= 12:
        raise ValueError("month out of range")
    if not 1 <= f[2] <= 31:
        raise ValueError("day of month out of range")
    if not 0 <= f[3] <= 23:
        raise ValueError("hour out of range")
    if not 0 <= f[4] <= 59:
        raise ValueError("minute out of range")
    if not 0 <= f[5] <= 61:
        raise ValueError("seconds out of range")
    wd = f[6] + 1
    wd = wd - int(wd / 7) * 7  # C's remainder keeps the sign
    if wd < 0:
        raise ValueError("day of week out of range")
    f[6] = (wd + 6) % 7
    if not 1 <= f[7] <= 366:
        raise ValueError("day of year out of range")
    return f


@_native(1, 2, 'strftime() takes at least 1 argument (%d given)', 'strftime() takes at most 2 arguments (%d given)', 'strftime() takes no keyword arguments')
def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
    if t is None:
        t = localtime()
    f = _checked(t, "strftime")
    if "\0" in format:
        raise ValueError("embedded null character")
    if isinstance(t, struct_time):
        return _time._strftime(format, *f, t._zone, t._gmtoff)
    return _time._strftime(format, *f)


_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@_native(0, 1, None, 'asctime expected at most 1 argument, got %d', 'asctime() takes no keyword arguments')
def asctime(t=None):
    if t is None:
        t = localtime()
    f = _checked(t, "asctime")
    return "%s %s%3d %.2d:%.2d:%.2d %d" % (_DAYS[f[6]], _MONTHS[f[1] - 1], f[2], f[3], f[4], f[5], f[0])


@_native(0, 1, None, 'ctime() takes at most 1 argument (%d given)', 'ctime() takes no keyword arguments')
def ctime(secs=None):
    return asctime(localtime(secs))


@_native(1, 1, 'time.mktime() takes exactly one argument (%d given)', 'time.mktime() takes exactly one argument (%d given)', 'time.mktime() takes no keyword arguments')
def mktime(t):
    f = _tuple_arg(t, "mktime")
    return _time._mktime(*f)


@_native(1, 2, "_strptime_time() missing 1 required positional argument: 'data_string'", '_strptime_time() takes from 1 to 2 positional arguments but %d were given', 'strptime() takes no keyword arguments')
def strptime(string, format="%a %b %d %H:%M:%S %Y"):
    import _strptime
    return _strptime._strptime_time(string, format)


@_native(0, 0, None, 'time.tzset() takes no arguments (%d given)', 'time.tzset() takes no keyword arguments')
def tzset():
    global timezone, altzone, daylight, tzname
    _time._tzset()
    year = 365 * 24 * 3600 + 6 * 3600
    t = (int(_time.time()) // year) * year
    jan = _time._localtime(t)
    jul = _time._localtime(t + year // 2)
    janzone, julzone = -jan[10], -jul[10]
    janname, julname = jan[9], jul[9]
    if janzone < julzone:
        # Daylight saving in January: the southern hemisphere.
        timezone, altzone, tzname = julzone, janzone, (julname, janname)
    else:
        timezone, altzone, tzname = janzone, julzone, (janname, julname)
    daylight = int(janzone != julzone)


tzset()


@_native(0, 0, None, 'time.monotonic_ns() takes no arguments (%d given)', 'time.monotonic_ns() takes no keyword arguments')
def monotonic_ns():
    return int(monotonic() * 1e9)


perf_counter = _time.perf_counter
perf_counter_ns = _builtin(monotonic_ns._func, 0, 0, None, "time.perf_counter_ns() takes no arguments (%d given)",
                           "time.perf_counter_ns() takes no keyword arguments")
perf_counter_ns.__name__ = perf_counter_ns.__qualname__ = "perf_counter_ns"


@_native(0, 0, None, 'time.process_time() takes no arguments (%d given)', 'time.process_time() takes no keyword arguments')
def process_time():
    return clock_gettime(CLOCK_PROCESS_CPUTIME_ID)


@_native(0, 0, None, 'time.process_time_ns() takes no arguments (%d given)', 'time.process_time_ns() takes no keyword arguments')
def process_time_ns():
    return clock_gettime_ns(CLOCK_PROCESS_CPUTIME_ID)


@_native(0, 0, None, 'time.thread_time() takes no arguments (%d given)', 'time.thread_time() takes no keyword arguments')
def thread_time():
    return clock_gettime(CLOCK_THREAD_CPUTIME_ID)


@_native(0, 0, None, 'time.thread_time_ns() takes no arguments (%d given)', 'time.thread_time_ns() takes no keyword arguments')
def thread_time_ns():
    return clock_gettime_ns(CLOCK_THREAD_CPUTIME_ID)


class _ClockInfo:
    def __init__(self, implementation, monotonic, adjustable, resolution):
        self.implementation = implementation
        self.monotonic = monotonic
        self.adjustable = adjustable
        self.resolution = resolution

    def __repr__(self):
        return "namespace(implementation=%r, monotonic=%r, adjustable=%r, resolution=%r)" % (
            self.implementation, self.monotonic, self.adjustable, self.resolution)


_CLOCKS = {
    "time": ("clock_gettime(CLOCK_REALTIME)", False, True, CLOCK_REALTIME),
    "monotonic": ("clock_gettime(CLOCK_MONOTONIC)", True, False, CLOCK_MONOTONIC),
    "perf_counter": ("clock_gettime(CLOCK_MONOTONIC)", True, False, CLOCK_MONOTONIC),
    "process_time": ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", True, False, CLOCK_PROCESS_CPUTIME_ID),
    "thread_time": ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", True, False, CLOCK_THREAD_CPUTIME_ID),
}


@_native(1, 1, 'get_clock_info() takes exactly 1 argument (%d given)', 'get_clock_info() takes exactly 1 argument (%d given)', 'get_clock_info() takes no keyword arguments')
def get_clock_info(name):
    if not isinstance(name, str):
        raise TypeError("get_clock_info() argument 1 must be str, not %s" % type(name).__name__)
    if name not in _CLOCKS:
        raise ValueError("unknown clock")
    impl, mono, adj, clk = _CLOCKS[name]
    return _ClockInfo(impl, mono, adj, clock_getres(clk))
