"""_strptime: parse a string by a strftime-style format (C locale), for
time.strptime and datetime.strptime (whirl's own; CPython has a module of
this name that datetime calls, `_strptime_datetime`)."""

import re as _re

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")

_PATTERNS = {
    "d": r"(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])",
    "f": r"(?P<f>[0-9]{1,6})",
    "H": r"(?P<H>2[0-3]|[0-1]\d|\d)",
    "I": r"(?P<I>1[0-2]|0[1-9]|[1-9])",
    "j": r"(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    "m": r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    "M": r"(?P<M>[0-5]\d|\d)",
    "S": r"(?P<S>6[0-1]|[0-5]\d|\d)",
    "U": r"(?P<U>5[0-3]|[0-4]\d|\d)",
    "W": r"(?P<W>5[0-3]|[0-4]\d|\d)",
    "w": r"(?P<w>[0-6])",
    "u": r"(?P<u>[1-7])",
    "y": r"(?P<y>\d\d)",
    "Y": r"(?P<Y>\d\d\d\d)",
    "z": r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
    "a": r"(?P<a>" + "|".join(d[:3] for d in _DAYS) + ")",
    "A": r"(?P<A>" + "|".join(_DAYS) + ")",
    "b": r"(?P<b>" + "|".join(m[:3] for m in _MONTHS) + ")",
    "B": r"(?P<B>" + "|".join(_MONTHS) + ")",
    "p": r"(?P<p>am|pm)",
    "%": "%",
}
_PATTERNS["G"] = r"(?P<G>\d\d\d\d)"
_PATTERNS["V"] = r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)"
_PATTERNS["h"] = _PATTERNS["b"].replace("<b>", "<h>")
# Composite directives of the C locale (CPython's strptime knows these three).
_COMPOSITE = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}


def _zone_pattern():
    import time
    names = {"utc", "gmt"}
    for n in time.tzname:
        if n:
            names.add(n.lower())
    return "(?P<Z>" + "|".join(_re.escape(n) for n in sorted(names, key=len, reverse=True)) + ")"


def _expand(format):
    out = []
    i = 0
    while i < len(format):
        if format[i] == "%" and i + 1 < len(format) and format[i + 1] in _COMPOSITE:
            out.append(_COMPOSITE[format[i + 1]])
            i += 2
        elif format[i] == "%" and i + 1 < len(format):
            out.append(format[i:i + 2])
            i += 2
        else:
            out.append(format[i])
            i += 1
    return "".join(out)


def _compile(format):
    fmt = _expand(format)
    pattern = []
    seen = set()
    i = 0
    while i < len(fmt):
        ch = fmt[i]
        if ch == "%":
            if i + 1 >= len(fmt):
                raise ValueError("stray %% in format '%s'" % format) from None
            code = fmt[i + 1]
            if code == "Z":
                pat = _zone_pattern()
            elif code in _PATTERNS:
                pat = _PATTERNS[code]
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (code, format)) from None
            if code in seen and code != "%":
                # A repeated directive must match the same text again.
                pat = "(?P=%s)" % code
            seen.add(code)
            pattern.append(pat)
            i += 2
        elif ch.isspace():
            pattern.append(r"\s+")
            while i < len(fmt) and fmt[i].isspace():
                i += 1
        else:
            pattern.append(_re.escape(ch))
            i += 1
    return _re.compile("(?i)" + "".join(pattern))


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _ordinal(y, m, d):
    """Days since 0001-01-01 (day 1) as datetime's toordinal counts."""
    y1 = y - 1
    before = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)[m - 1] + (m > 2 and _is_leap(y))
    return y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400 + before + d


def _from_ordinal(n):
    y = max(1, (n * 400) // 146097 - 1)
    while _ordinal(y + 1, 1, 1) <= n:
        y += 1
    while _ordinal(y, 1, 1) > n:
        y -= 1
    m = 1
    while m < 12 and _ordinal(y, m + 1, 1) <= n:
        m += 1
    return y, m, n - _ordinal(y, m, 1) + 1


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """((year, month, day, hour, minute, second, weekday, julian, tz,
    tzname, gmtoff), fraction, gmtoff_fraction)"""
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument %d must be str, not %s" % (index, type(arg)))
    found = _compile(format).match(data_string)
    if not found:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if len(data_string) != found.end():
        raise ValueError("unconverted data remains: %s" % data_string[found.end():])
    g = {k: v for k, v in found.groupdict().items() if v is not None}
    year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = None
    gmtoff_fraction = 0
    tzname = None
    weekday = julian = None
    week = None
    if "Y" in g:
        year = int(g["Y"])
    elif "y" in g:
        year = int(g["y"])
        year += 2000 if year <= 68 else 1900
    if "m" in g:
        month = int(g["m"])
    elif "B" in g:
        month = [n.lower() for n in _MONTHS].index(g["B"].lower()) + 1
    elif "b" in g or "h" in g:
        month = [n[:3].lower() for n in _MONTHS].index(g.get("b", g.get("h")).lower()) + 1
    if "d" in g:
        day = int(g["d"])
    if "H" in g:
        hour = int(g["H"])
    elif "I" in g:
        hour = int(g["I"])
        ampm = g.get("p", "").lower()
        if ampm in ("", "am"):
            if hour == 12:
                hour = 0
        elif hour != 12:
            hour += 12
    if "M" in g:
        minute = int(g["M"])
    if "S" in g:
        second = int(g["S"])
    if "f" in g:
        fraction = int(g["f"] + "0" * (6 - len(g["f"])))
    if "A" in g:
        weekday = [n.lower() for n in _DAYS].index(g["A"].lower())
    elif "a" in g:
        weekday = [n[:3].lower() for n in _DAYS].index(g["a"].lower())
    elif "w" in g:
        weekday = (int(g["w"]) + 6) % 7
    elif "u" in g:
        weekday = int(g["u"]) - 1
    if "j" in g:
        julian = int(g["j"])
    if "U" in g or "W" in g:
        week_starts_monday = "W" in g
        week = int(g["W" if week_starts_monday else "U"])
    if "z" in g:
        z = g["z"]
        if z in ("Z", "z"):
            gmtoff = 0
        else:
            if z[3] == ":":
                z = z[:3] + z[4:]
                if len(z) > 5:
                    if z[5] != ":":
                        raise ValueError("Inconsistent use of : in %s" % g["z"])
                    z = z[:5] + z[6:]
            hours, minutes, seconds = int(z[1:3]), int(z[3:5]), int(z[5:7] or 0)
            gmtoff = hours * 3600 + minutes * 60 + seconds
            frac = z[8:]
            gmtoff_fraction = int(frac + "0" * (6 - len(frac))) if frac else 0
            if z[0] == "-":
                gmtoff = -gmtoff
                gmtoff_fraction = -gmtoff_fraction
    if "Z" in g:
        import time
        name = g["Z"].lower()
        tzname = g["Z"]
        if name in ("utc", "gmt"):
            tz = 0
        elif time.tzname[0] == time.tzname[1] and time.daylight:
            tz = -1
        elif name == time.tzname[0].lower():
            tz = 0
        elif name == time.tzname[1].lower():
            tz = 1
    iso_year = int(g["G"]) if "G" in g else None
    iso_week = int(g["V"]) if "V" in g else None
    weekday_help = "a weekday directive ('%A', '%a', '%w', or '%u')."
    if iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive '%V' and "
                             + weekday_help)
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year directive "
                             "'%G'. Use '%Y' instead.")
    elif iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive '%G' and "
                             + weekday_help)
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                         "Use the ISO year '%G' instead.")
    if iso_year is not None:
        jan4 = _ordinal(iso_year, 1, 4)
        week1_monday = jan4 - (jan4 + 6) % 7
        year, month, day = _from_ordinal(week1_monday + (iso_week - 1) * 7 + weekday)
        # Counted from the ISO year's January 1st, as CPython does; days
        # before it count in the year before (the ISO year's first days
        # may belong to it).
        julian = _ordinal(year, month, day) - _ordinal(iso_year, 1, 1) + 1
        if julian <= 0:
            julian += 366 if _is_leap(iso_year - 1) else 365
    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904  # a leap year, so that Feb 29 is valid
        leap_year_fix = True
    elif year is None:
        year = 1900
    if julian is None and weekday is not None and week is not None:
        first = _ordinal(year, 1, 1)
        first_wd = (first + 6) % 7
        if week_starts_monday:
            off = (7 - first_wd) % 7
            julian = 1 + off + (week - 1) * 7 + weekday
        else:
            first_sun = (6 - first_wd) % 7
            julian = 1 + first_sun + (week - 1) * 7 + (weekday + 1) % 7
        if julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
        elif julian > (366 if _is_leap(year) else 365):
            julian -= 366 if _is_leap(year) else 365
            year += 1
    if julian is None:
        try:
            julian = _ordinal(year, month, day) - _ordinal(year, 1, 1) + 1
        except IndexError:
            julian = 1
        if not 1 <= month <= 12 or not 1 <= day <= (31, 29 if _is_leap(year) else 28, 31, 30, 31, 30, 31,
                                                     31, 30, 31, 30, 31)[month - 1]:
            raise ValueError("day is out of range for month")
    elif iso_year is None:
        year, month, day = _from_ordinal(_ordinal(year, 1, 1) + julian - 1)
    if weekday is None:
        weekday = (_ordinal(year, month, day) + 6) % 7
    if leap_year_fix:
        year = 1900
    return ((year, month, day, hour, minute, second, weekday, julian, tz, tzname, gmtoff),
            fraction, gmtoff_fraction)


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    import time
    tt = _strptime(data_string, format)[0]
    return time.struct_time(tt[:9] + tt[9:])


def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    import datetime
    tt, fraction, gmtoff_fraction = _strptime(data_string, format)
    tzname, gmtoff = tt[-2:]
    args = tt[:6] + (fraction,)
    if gmtoff is not None:
        delta = datetime.timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        tz = datetime.timezone(delta, tzname) if tzname else datetime.timezone(delta)
        args += (tz,)
    return cls(*args)
