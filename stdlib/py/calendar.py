"""calendar: the proleptic Gregorian calendar as text and HTML.

Calendar computes the weeks of a month (Monday is day 0; firstweekday
says which day starts a week), TextCalendar and HTMLCalendar lay them out,
and the module-level functions use one shared TextCalendar. Run as
`whirl -m calendar [year [month]]` it prints a calendar."""

import datetime
import locale as _locale
import sys
from itertools import repeat

__all__ = [
    "IllegalMonthError",
    "IllegalWeekdayError",
    "setfirstweekday",
    "firstweekday",
    "isleap",
    "leapdays",
    "weekday",
    "monthrange",
    "monthcalendar",
    "prmonth",
    "month",
    "prcal",
    "calendar",
    "timegm",
    "month_name",
    "month_abbr",
    "day_name",
    "day_abbr",
    "Calendar",
    "TextCalendar",
    "HTMLCalendar",
    "LocaleTextCalendar",
    "LocaleHTMLCalendar",
    "weekheader",
    "MONDAY",
    "TUESDAY",
    "WEDNESDAY",
    "THURSDAY",
    "FRIDAY",
    "SATURDAY",
    "SUNDAY",
]

error = ValueError


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return "bad month number %r; must be 1-12" % self.month


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return "bad weekday number %r; must be 0 (Monday) to 6 (Sunday)" % self.weekday


January = 1
February = 2

# Days in each month of a common year; index 0 is unused.
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


class _localized_month:
    """Month names (index 1-12, 0 is '') in the current LC_TIME locale,
    rendered by strftime with `format` each time they are read."""

    # None stands for the empty name of month 0.
    _dates = [None] + [datetime.date(2001, i, 1) for i in range(1, 13)]

    def __init__(self, format):
        self.format = format

    def _name(self, date):
        return "" if date is None else date.strftime(self.format)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self._name(d) for d in self._dates[i]]
        return self._name(self._dates[i])

    def __len__(self):
        return 13


class _localized_day:
    """Weekday names, Monday first, in the current LC_TIME locale."""

    # 2001-01-01 was a Monday.
    _dates = [datetime.date(2001, 1, i) for i in range(1, 8)]

    def __init__(self, format):
        self.format = format

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [d.strftime(self.format) for d in self._dates[i]]
        return self._dates[i].strftime(self.format)

    def __len__(self):
        return 7


day_name = _localized_day("%A")
day_abbr = _localized_day("%a")
month_name = _localized_month("%B")
month_abbr = _localized_month("%b")

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)


def isleap(year):
    """Whether `year` is a leap year."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def leapdays(y1, y2):
    """The number of leap years in [y1, y2)."""
    y1 -= 1
    y2 -= 1
    return (y2 // 4 - y1 // 4) - (y2 // 100 - y1 // 100) + (y2 // 400 - y1 // 400)


def weekday(year, month, day):
    """The day of the week (0 is Monday) of the date; years outside
    datetime's range are taken modulo the 400-year cycle."""
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        year = 2000 + year % 400
    return datetime.date(year, month, day).weekday()


def monthrange(year, month):
    """(weekday of the first day, number of days) of the month."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _monthlen(year, month)


def _monthlen(year, month):
    return mdays[month] + (month == February and isleap(year))


def _prevmonth(year, month):
    return (year - 1, 12) if month == 1 else (year, month - 1)


def _nextmonth(year, month):
    return (year + 1, 1) if month == 12 else (year, month + 1)


class Calendar:
    """The weeks of months and years, starting on `firstweekday`."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def getfirstweekday(self):
        return self._firstweekday % 7

    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        """The seven weekday numbers in the order of a week."""
        for i in range(self.firstweekday, self.firstweekday + 7):
            yield i % 7

    def itermonthdates(self, year, month):
        """datetime.date of every day of the weeks of the month, with the
        days of the months before and after that fill its first and last
        weeks."""
        for y, m, d in self.itermonthdays3(year, month):
            yield datetime.date(y, m, d)

    def itermonthdays(self, year, month):
        """Day numbers of the month's weeks, 0 for days of other months."""
        day1, ndays = monthrange(year, month)
        before = (day1 - self.firstweekday) % 7
        yield from repeat(0, before)
        yield from range(1, ndays + 1)
        yield from repeat(0, (self.firstweekday - day1 - ndays) % 7)

    def itermonthdays2(self, year, month):
        """(day number, weekday) for the month's weeks."""
        for i, d in enumerate(self.itermonthdays(year, month), self.firstweekday):
            yield d, i % 7

    def itermonthdays3(self, year, month):
        """(year, month, day) for every day of the month's weeks."""
        day1, ndays = monthrange(year, month)
        before = (day1 - self.firstweekday) % 7
        after = (self.firstweekday - day1 - ndays) % 7
        y, m = _prevmonth(year, month)
        end = _monthlen(y, m) + 1
        for d in range(end - before, end):
            yield y, m, d
        for d in range(1, ndays + 1):
            yield year, month, d
        y, m = _nextmonth(year, month)
        for d in range(1, after + 1):
            yield y, m, d

    def itermonthdays4(self, year, month):
        """(year, month, day, weekday) for every day of the month's weeks."""
        for i, (y, m, d) in enumerate(self.itermonthdays3(year, month)):
            yield y, m, d, (self.firstweekday + i) % 7

    @staticmethod
    def _weeks(days):
        days = list(days)
        return [days[i : i + 7] for i in range(0, len(days), 7)]

    def monthdatescalendar(self, year, month):
        """The month's weeks as lists of seven datetime.date."""
        return self._weeks(self.itermonthdates(year, month))

    def monthdays2calendar(self, year, month):
        """The month's weeks as lists of seven (day, weekday)."""
        return self._weeks(self.itermonthdays2(year, month))

    def monthdayscalendar(self, year, month):
        """The month's weeks as lists of seven day numbers."""
        return self._weeks(self.itermonthdays(year, month))

    @staticmethod
    def _rows(months, width):
        return [months[i : i + width] for i in range(0, len(months), width)]

    def yeardatescalendar(self, year, width=3):
        """The year as rows of `width` months of monthdatescalendar."""
        return self._rows([self.monthdatescalendar(year, m) for m in range(1, 13)], width)

    def yeardays2calendar(self, year, width=3):
        return self._rows([self.monthdays2calendar(year, m) for m in range(1, 13)], width)

    def yeardayscalendar(self, year, width=3):
        return self._rows([self.monthdayscalendar(year, m) for m in range(1, 13)], width)


class TextCalendar(Calendar):
    """Calendars as plain text: w is the width of a day column, l the
    number of lines a week takes, c the spacing between months and m the
    number of months in a row."""

    def prweek(self, theweek, width):
        print(self.formatweek(theweek, width), end="")

    def formatday(self, day, weekday, width):
        return ("" if day == 0 else "%2i" % day).center(width)

    def formatweek(self, theweek, width):
        return " ".join(self.formatday(d, wd, width) for d, wd in theweek)

    def formatweekday(self, day, width):
        names = day_name if width >= 9 else day_abbr
        return names[day][:width].center(width)

    def formatweekheader(self, width):
        return " ".join(self.formatweekday(i, width) for i in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        s = month_name[themonth]
        if withyear:
            s = "%s %r" % (s, theyear)
        return s.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        print(self.formatmonth(theyear, themonth, w, l), end="")

    def formatmonth(self, theyear, themonth, w=0, l=0):
        w = max(2, w)
        l = max(1, l)
        gap = "\n" * l
        parts = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1).rstrip(), gap]
        parts += [self.formatweekheader(w).rstrip(), gap]
        for week in self.monthdays2calendar(theyear, themonth):
            parts += [self.formatweek(week, w).rstrip(), gap]
        return "".join(parts)

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        w = max(2, w)
        l = max(1, l)
        c = max(2, c)
        gap = "\n" * l
        colwidth = (w + 1) * 7 - 1
        parts = [repr(theyear).center(colwidth * m + c * (m - 1)).rstrip(), gap]
        header = self.formatweekheader(w)
        for i, row in enumerate(self.yeardays2calendar(theyear, m)):
            months = range(m * i + 1, min(m * (i + 1) + 1, 13))
            parts.append(gap)
            names = (self.formatmonthname(theyear, k, colwidth, False) for k in months)
            parts += [formatstring(names, colwidth, c).rstrip(), gap]
            parts += [formatstring((header for k in months), colwidth, c).rstrip(), gap]
            for j in range(max(len(cal) for cal in row)):
                weeks = [self.formatweek(cal[j], w) if j < len(cal) else "" for cal in row]
                parts += [formatstring(weeks, colwidth, c).rstrip(), gap]
        return "".join(parts)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        print(self.formatyear(theyear, w, l, c, m), end="")


class HTMLCalendar(Calendar):
    """Calendars as HTML tables; the CSS class names are attributes."""

    cssclasses = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    cssclasses_weekday_head = cssclasses
    cssclass_noday = "noday"
    cssclass_month_head = "month"
    cssclass_month = "month"
    cssclass_year_head = "year"
    cssclass_year = "year"

    def formatday(self, day, weekday):
        if day == 0:
            return '<td class="%s">&nbsp;</td>' % self.cssclass_noday
        return '<td class="%s">%d</td>' % (self.cssclasses[weekday], day)

    def formatweek(self, theweek):
        return "<tr>%s</tr>" % "".join(self.formatday(d, wd) for d, wd in theweek)

    def formatweekday(self, day):
        return '<th class="%s">%s</th>' % (self.cssclasses_weekday_head[day], day_abbr[day])

    def formatweekheader(self):
        return "<tr>%s</tr>" % "".join(self.formatweekday(i) for i in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, withyear=True):
        if withyear:
            s = "%s %s" % (month_name[themonth], theyear)
        else:
            s = "%s" % month_name[themonth]
        return '<tr><th colspan="7" class="%s">%s</th></tr>' % (self.cssclass_month_head, s)

    def formatmonth(self, theyear, themonth, withyear=True):
        parts = [
            '<table border="0" cellpadding="0" cellspacing="0" class="%s">' % self.cssclass_month,
            "\n",
            self.formatmonthname(theyear, themonth, withyear=withyear),
            "\n",
            self.formatweekheader(),
            "\n",
        ]
        for week in self.monthdays2calendar(theyear, themonth):
            parts += [self.formatweek(week), "\n"]
        parts += ["</table>", "\n"]
        return "".join(parts)

    def formatyear(self, theyear, width=3):
        width = max(width, 1)
        parts = [
            '<table border="0" cellpadding="0" cellspacing="0" class="%s">' % self.cssclass_year,
            "\n",
            '<tr><th colspan="%d" class="%s">%s</th></tr>' % (width, self.cssclass_year_head, theyear),
        ]
        for i in range(1, 13, width):
            parts.append("<tr>")
            for m in range(i, min(i + width, 13)):
                parts += ["<td>", self.formatmonth(theyear, m, withyear=False), "</td>"]
            parts.append("</tr>")
        parts.append("</table>")
        return "".join(parts)

    def formatyearpage(self, theyear, width=3, css="calendar.css", encoding=None):
        """A whole XHTML page with the year's calendar, as bytes."""
        if encoding is None:
            encoding = sys.getdefaultencoding()
        parts = [
            '<?xml version="1.0" encoding="%s"?>\n' % encoding,
            '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"'
            ' "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n',
            "<html>\n",
            "<head>\n",
            '<meta http-equiv="Content-Type" content="text/html; charset=%s" />\n' % encoding,
        ]
        if css is not None:
            parts.append('<link rel="stylesheet" type="text/css" href="%s" />\n' % css)
        parts += [
            "<title>Calendar for %d</title>\n" % theyear,
            "</head>\n",
            "<body>\n",
            self.formatyear(theyear, width),
            "</body>\n",
            "</html>\n",
        ]
        return "".join(parts).encode(encoding, "xmlcharrefreplace")


class different_locale:
    """Sets LC_TIME to `locale` for the duration of a with block."""

    def __init__(self, locale):
        self.locale = locale
        self.oldlocale = None

    def __enter__(self):
        self.oldlocale = _locale.setlocale(_locale.LC_TIME, None)
        _locale.setlocale(_locale.LC_TIME, self.locale)

    def __exit__(self, *args):
        _locale.setlocale(_locale.LC_TIME, self.oldlocale)


def _get_default_locale():
    name = _locale.setlocale(_locale.LC_TIME, None)
    if name == "C":
        name = _locale.setlocale(_locale.LC_TIME, "")
        _locale.setlocale(_locale.LC_TIME, "C")
    return name


class LocaleTextCalendar(TextCalendar):
    """A TextCalendar whose month and day names come from `locale`."""

    def __init__(self, firstweekday=0, locale=None):
        TextCalendar.__init__(self, firstweekday)
        if locale is None:
            locale = _get_default_locale()
        self.locale = locale

    def formatweekday(self, day, width):
        with different_locale(self.locale):
            return super().formatweekday(day, width)

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        with different_locale(self.locale):
            return super().formatmonthname(theyear, themonth, width, withyear)


class LocaleHTMLCalendar(HTMLCalendar):
    """An HTMLCalendar whose month and day names come from `locale`."""

    def __init__(self, firstweekday=0, locale=None):
        HTMLCalendar.__init__(self, firstweekday)
        if locale is None:
            locale = _get_default_locale()
        self.locale = locale

    def formatweekday(self, day):
        with different_locale(self.locale):
            return super().formatweekday(day)

    def formatmonthname(self, theyear, themonth, withyear=True):
        with different_locale(self.locale):
            return super().formatmonthname(theyear, themonth, withyear)


c = TextCalendar()

firstweekday = c.getfirstweekday


def setfirstweekday(firstweekday):
    """Sets the first day of the week of the module-level functions."""
    if not MONDAY <= firstweekday <= SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday


monthcalendar = c.monthdayscalendar
prweek = c.prweek
week = c.formatweek
weekheader = c.formatweekheader
prmonth = c.prmonth
month = c.formatmonth
calendar = c.formatyear
prcal = c.pryear

_colwidth = 7 * 3 - 1
_spacing = 6


def format(cols, colwidth=_colwidth, spacing=_spacing):
    """Prints the strings of `cols` centred in columns."""
    print(formatstring(cols, colwidth, spacing))


def formatstring(cols, colwidth=_colwidth, spacing=_spacing):
    """The strings of `cols` centred in columns `spacing` apart."""
    return (" " * spacing).join(col.center(colwidth) for col in cols)


EPOCH = 1970
_EPOCH_ORD = datetime.date(EPOCH, 1, 1).toordinal()


def timegm(tuple):
    """Seconds since the epoch of a UTC time tuple (the inverse of
    time.gmtime)."""
    year, month, day, hour, minute, second = tuple[:6]
    days = datetime.date(year, month, 1).toordinal() - _EPOCH_ORD + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second


def main(args):
    import argparse

    parser = argparse.ArgumentParser()
    textgroup = parser.add_argument_group("text only arguments")
    htmlgroup = parser.add_argument_group("html only arguments")
    textgroup.add_argument("-w", "--width", type=int, default=2, help="width of date column (default 2)")
    textgroup.add_argument(
        "-l", "--lines", type=int, default=1, help="number of lines for each week (default 1)"
    )
    textgroup.add_argument(
        "-s", "--spacing", type=int, default=6, help="spacing between months (default 6)"
    )
    textgroup.add_argument("-m", "--months", type=int, default=3, help="months per row (default 3)")
    htmlgroup.add_argument("-c", "--css", default="calendar.css", help="CSS to use for page")
    parser.add_argument(
        "-L", "--locale", default=None, help="locale to be used from month and weekday names"
    )
    parser.add_argument("-e", "--encoding", default=None, help="encoding to use for output")
    parser.add_argument(
        "-t", "--type", default="text", choices=("text", "html"), help="output type (text or html)"
    )
    parser.add_argument("year", nargs="?", type=int, help="year number (1-9999)")
    parser.add_argument("month", nargs="?", type=int, help="month number (1-12, text only)")
    options = parser.parse_args(args[1:])
    if options.locale and not options.encoding:
        parser.error("if --locale is specified --encoding is required")
    locale = options.locale, options.encoding
    year = options.year if options.year is not None else datetime.date.today().year
    if options.type == "html":
        cal = LocaleHTMLCalendar(locale=locale) if options.locale else HTMLCalendar()
        encoding = options.encoding or sys.getdefaultencoding()
        if options.month is not None:
            parser.error("incorrect number of arguments")
        sys.stdout.buffer.write(cal.formatyearpage(year, encoding=encoding, css=options.css))
        return
    cal = LocaleTextCalendar(locale=locale) if options.locale else TextCalendar()
    optdict = dict(w=options.width, l=options.lines)
    if options.month is None:
        result = cal.formatyear(year, c=options.spacing, m=options.months, **optdict)
    else:
        result = cal.formatmonth(year, options.month, **optdict)
    if options.encoding:
        sys.stdout.buffer.write(result.encode(options.encoding))
    else:
        sys.stdout.write(result)


if __name__ == "__main__":
    main(sys.argv)
