# calendar's functions, Calendar iterators, HTMLCalendar, the name lists
# and the errors.
import calendar
import datetime

print(calendar.isleap(1900), calendar.isleap(2000), calendar.isleap(2024), calendar.isleap(2023))
print(calendar.leapdays(1900, 2000), calendar.leapdays(2000, 1900), calendar.leapdays(1, 10000))
print(calendar.weekday(2024, 7, 4), calendar.weekday(1, 1, 1), calendar.weekday(10000, 1, 1), calendar.weekday(-400, 3, 1))
for y, m in [(2024, 2), (2023, 2), (1900, 2), (2024, 12), (1, 1), (9999, 12)]:
    print(y, m, calendar.monthrange(y, m))
for bad in (0, 13, -1):
    try:
        calendar.monthrange(2024, bad)
    except calendar.IllegalMonthError as e:
        print(type(e).__name__, e, isinstance(e, ValueError), e.month)
for bad in (7, -1):
    try:
        calendar.setfirstweekday(bad)
    except ValueError as e:
        print(type(e).__name__, e, e.weekday)
print(calendar.timegm((2024, 2, 29, 12, 30, 15, 0, 0, 0)), calendar.timegm((1970, 1, 1, 0, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59)))
print(calendar.timegm(datetime.datetime(2001, 9, 9, 1, 46, 40).utctimetuple()))
print(list(calendar.month_name), list(calendar.month_abbr))
print(list(calendar.day_name), list(calendar.day_abbr))
print(len(calendar.month_name), len(calendar.day_abbr), calendar.month_name[-1], calendar.day_name[-2], calendar.month_abbr[2:5], calendar.day_abbr[::3])
print(calendar.MONDAY, calendar.SUNDAY, calendar.January, calendar.February, calendar.EPOCH, calendar.mdays)
print(sorted(calendar.__all__))

c = calendar.Calendar()
print(c.firstweekday, list(c.iterweekdays()), c.getfirstweekday())
c.setfirstweekday(8)
print(c.firstweekday, list(c.iterweekdays()))
c = calendar.Calendar(firstweekday=6)
print(list(c.itermonthdays(2024, 2)))
print(list(c.itermonthdays2(2024, 2))[:9])
print(list(c.itermonthdays3(2024, 1))[:3], list(c.itermonthdays3(2024, 12))[-3:])
print(list(c.itermonthdays4(2024, 3))[:2])
print(list(c.itermonthdates(2024, 2))[:2], list(c.itermonthdates(2024, 2))[-1])
print(c.monthdayscalendar(2024, 6))
print(c.monthdays2calendar(2015, 2))
print(c.monthdatescalendar(2024, 2)[0])
print([len(row) for row in c.yeardayscalendar(2024, 5)], len(c.yeardays2calendar(2024)), len(c.yeardatescalendar(2024, 4)[0]))
print(calendar.Calendar().yeardayscalendar(2024, 2)[0][0])
try:
    list(calendar.Calendar().itermonthdates(9999, 12))
except ValueError as e:
    print(type(e).__name__, e)
print(list(calendar.Calendar().itermonthdays3(9999, 12))[-1])

h = calendar.HTMLCalendar()
print(h.formatmonth(2024, 2))
print(h.formatmonth(2024, 2, withyear=False))
print(h.formatyear(2023, width=4))
print(h.formatday(0, 3), h.formatday(15, 5), h.formatweekday(6), h.formatmonthname(2024, 1))
print(h.formatweekheader())
print(h.formatyearpage(2024, width=6, css=None, encoding="ascii").decode()[:400])
print(h.formatyearpage(2022)[:120])
print(calendar.HTMLCalendar(firstweekday=6).formatweekheader())


class Custom(calendar.HTMLCalendar):
    cssclasses = ["a", "b", "c", "d", "e", "f", "g"]
    cssclass_noday = "empty"
    cssclass_month = "m"
    cssclass_month_head = "mh"
    cssclass_year = "y"
    cssclass_year_head = "yh"


print(Custom().formatmonth(2024, 5))
print(Custom().formatyear(2024, 12)[:200])
lt = calendar.LocaleTextCalendar(locale="C")
print(lt.formatmonth(2024, 1))
print(calendar.LocaleHTMLCalendar(locale="C").formatmonthname(2024, 1))
