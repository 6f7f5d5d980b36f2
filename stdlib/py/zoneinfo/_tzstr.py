"""POSIX TZ strings (the rule a TZif file ends with, for times after its
last transition): "EST5EDT,M3.2.0,M11.1.0" and the like, with RFC 8536's
extension of negative times of day. What is accepted, and the errors,
follow CPython's zoneinfo."""

from datetime import date, timedelta

_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_DIGITS = frozenset("0123456789")
_QUOTABLE = _LETTERS | _DIGITS | frozenset("+-")


class TTInfo:
    """A local time type: offset from UTC, DST part of it, abbreviation."""

    __slots__ = ("utcoff", "dstoff", "tzname", "utcoff_seconds")

    def __init__(self, utcoff_seconds, dstoff_seconds, tzname):
        self.utcoff_seconds = utcoff_seconds
        self.utcoff = timedelta(seconds=utcoff_seconds)
        self.dstoff = timedelta(seconds=dstoff_seconds)
        self.tzname = tzname

    def __eq__(self, other):
        if not isinstance(other, TTInfo):
            return NotImplemented
        return (self.utcoff, self.dstoff, self.tzname) == (
            other.utcoff, other.dstoff, other.tzname)

    def __hash__(self):
        return hash((self.utcoff, self.dstoff, self.tzname))

    def __repr__(self):
        return "TTInfo(%r, %r, %r)" % (self.utcoff, self.dstoff, self.tzname)


class _Scanner:
    """Reads a TZ string from left to right; each read_* gives None (and
    moves nothing) when the text there is not what it reads."""

    def __init__(self, text):
        self.text = text
        self.at = 0

    def done(self):
        return self.at >= len(self.text)

    def peek(self):
        return self.text[self.at] if self.at < len(self.text) else ""

    def digits(self, most):
        start = self.at
        while self.at < len(self.text) and self.at - start < most and self.text[self.at] in _DIGITS:
            self.at += 1
        if self.at == start:
            return None
        return int(self.text[start:self.at])

    def exactly_two_digits(self):
        part = self.text[self.at:self.at + 2]
        if len(part) == 2 and part[0] in _DIGITS and part[1] in _DIGITS:
            self.at += 2
            return int(part)
        return None

    def read_name(self):
        """An abbreviation: letters, or <letters, digits, + and -> quoted."""
        text = self.text
        start = self.at
        if self.peek() == "<":
            end = text.find(">", start)
            if end < 0:
                return None
            inner = text[start + 1:end]
            if not all(c in _QUOTABLE for c in inner):
                return None
            self.at = end + 1
            return inner
        while self.at < len(text) and text[self.at] in _LETTERS:
            self.at += 1
        if self.at == start:
            return None
        return text[start:self.at]

    def read_seconds(self, max_hours=None):
        """[+-]h[h][:mm[:ss]] in seconds."""
        start = self.at
        sign = 1
        if self.peek() in ("+", "-"):
            sign = -1 if self.peek() == "-" else 1
            self.at += 1
        hours = self.digits(2)
        if hours is None or (max_hours is not None and hours > max_hours):
            self.at = start
            return None
        total = hours * 3600
        for scale in (60, 1):
            if self.peek() != ":":
                break
            self.at += 1
            part = self.exactly_two_digits()
            if part is None:
                self.at = start
                return None
            total += part * scale
        return sign * total

    def read_rule(self):
        """A date rule (Jn, n or Mm.w.d) and an optional /time."""
        start = self.at
        first = self.peek()
        if first == "J":
            self.at += 1
            day = self.digits(3)
            rule = _DayRule("J", day) if day is not None and 1 <= day <= 365 else None
        elif first == "M":
            self.at += 1
            month = self.digits(2)
            week = day = None
            if month is not None and self.peek() == ".":
                self.at += 1
                week = self.digits(1)
                if week is not None and self.peek() == ".":
                    self.at += 1
                    day = self.digits(1)
            ok = (day is not None and 1 <= month <= 12 and 1 <= week <= 5 and day <= 6)
            rule = _DayRule("M", month, week, day) if ok else None
        else:
            day = self.digits(3)
            rule = _DayRule("N", day) if day is not None and day <= 365 else None
        if rule is not None and self.peek() == "/":
            self.at += 1
            rule.time = self.read_seconds()
            if rule.time is None:
                rule = None
        if rule is None:
            self.at = start
        return rule


class _DayRule:
    """When in a year a change happens: a day rule and a time of day."""

    __slots__ = ("kind", "a", "b", "c", "time")

    def __init__(self, kind, a, b=None, c=None):
        self.kind = kind
        self.a = a
        self.b = b
        self.c = c
        self.time = 7200

    def local_seconds(self, year):
        """Seconds since the epoch (as local wall time) of the change in
        year, before adding the offset in force."""
        first = date(year, 1, 1).toordinal()
        # CPython counts both day forms from December 31 of the year
        # before and moves Julian days from J59 on in leap years; whirl
        # gives the same dates (the spec of record).
        if self.kind == "J":
            ordinal = first + self.a - 1
            if self.a >= 59 and _is_leap(year):
                ordinal += 1
        elif self.kind == "N":
            ordinal = first + self.a - 1
        else:
            month, week, weekday = self.a, self.b, self.c
            month_start = date(year, month, 1)
            # 0 is Sunday in TZ strings; Python's weekday() has Monday 0.
            first_weekday = (month_start.weekday() + 1) % 7
            day = 1 + (weekday - first_weekday) % 7 + (week - 1) * 7
            days = _days_in_month(year, month)
            while day > days:
                day -= 7
            ordinal = month_start.toordinal() + day - 1
        return (ordinal - _EPOCH_ORDINAL) * 86400 + self.time


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2:
        return 29 if _is_leap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


class DSTRule:
    """Standard time and daylight saving time, with the yearly changes
    between them."""

    def __init__(self, std, dst, start, end):
        self.std = std
        self.dst = dst
        self.start = start
        self.end = end

    def _changes(self, year):
        """(UTC second DST starts, UTC second DST ends) in year."""
        std_off = self.std.utcoff_seconds
        dst_off = self.dst.utcoff_seconds
        return (self.start.local_seconds(year) - std_off,
                self.end.local_seconds(year) - dst_off)

    def find_local(self, ts, year, fold):
        """The type in force at local wall time ts (seconds), fold 0 or 1
        choosing between the two offsets in a gap or a repeated hour."""
        std_off = self.std.utcoff_seconds
        dst_off = self.dst.utcoff_seconds
        start, end = self._changes(year)
        # A change with offsets a then b is at local time t + max(a, b)
        # for fold=0 (the earlier offset lasts through the anomaly) and
        # t + min(a, b) for fold=1.
        if fold:
            shift = min(std_off, dst_off)
        else:
            shift = max(std_off, dst_off)
        start += shift
        end += shift
        if start <= end:
            is_dst = start <= ts < end
        else:
            is_dst = not (end <= ts < start)
        return self.dst if is_dst else self.std

    def find_utc(self, ts, year):
        """(type, fold) at UTC second ts."""
        std_off = self.std.utcoff_seconds
        dst_off = self.dst.utcoff_seconds
        start, end = self._changes(year)
        if start <= end:
            is_dst = start <= ts < end
        else:
            is_dst = not (end <= ts < start)
        fold = 0
        if is_dst:
            # Repeated local times follow a change to a smaller offset.
            if dst_off < std_off and start <= ts < start + (std_off - dst_off):
                fold = 1
            return self.dst, fold
        if std_off < dst_off and end <= ts < end + (dst_off - std_off):
            fold = 1
        return self.std, fold


def parse_tz_str(tz_str):
    """A TTInfo (a zone without DST) or a DSTRule. The errors say what
    was wrong where CPython's say it."""
    shown = repr(tz_str.encode("latin-1", "backslashreplace"))

    def fail(what):
        raise ValueError(what % shown)

    scan = _Scanner(tz_str)
    std_name = scan.read_name()
    if std_name is None:
        fail("Invalid STD format in %s")
    std_off = scan.read_seconds(24)
    if std_off is None:
        fail("Invalid STD offset in %s")
    std = TTInfo(-std_off, 0, std_name)
    if scan.done():
        return std
    dst_name = scan.read_name()
    if dst_name is None:
        fail("Invalid DST format in %s")
    if scan.peek() != ",":
        dst_off = scan.read_seconds(24)
        if dst_off is None:
            fail("Invalid DST offset in %s")
    else:
        dst_off = std_off - 3600
    if scan.peek() != ",":
        fail("Missing transition rules in TZ string: %s")
    scan.at += 1
    start = scan.read_rule()
    if start is None:
        fail("Malformed transition rule in TZ string: %s")
    if scan.peek() != ",":
        fail("Missing transition rules in TZ string: %s")
    scan.at += 1
    end = scan.read_rule()
    if end is None:
        fail("Malformed transition rule in TZ string: %s")
    if not scan.done():
        fail("Extraneous characters at end of TZ string: %s")
    dst = TTInfo(-dst_off, std_off - dst_off, dst_name)
    return DSTRule(std, dst, start, end)
