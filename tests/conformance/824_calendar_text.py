# calendar's text output: month/prmonth/calendar/prcal with every width,
# line and spacing option, other first weekdays, TextCalendar methods.
import calendar

print(calendar.month(2024, 2))
print(calendar.month(2023, 12, 4, 2))
print(calendar.month(1, 1, 1, 1))
print(calendar.month(9999, 12, 10))
calendar.prmonth(2000, 2)
calendar.prmonth(2021, 8, w=3, l=1)
print(calendar.calendar(2024))
print(calendar.calendar(2023, w=3, l=2, c=4, m=4))
calendar.prcal(1900, m=2)
print(calendar.calendar(2025, 2, 1, 6, 6))
print(calendar.calendar(2026, m=5, c=1))

for fw in (6, 3):
    tc = calendar.TextCalendar(fw)
    print(tc.formatmonth(2024, 9))
    print(repr(tc.formatweekheader(2)), repr(tc.formatweekheader(9)), repr(tc.formatweekheader(1)))
tc = calendar.TextCalendar()
print(repr(tc.formatday(0, 0, 3)), repr(tc.formatday(7, 2, 5)), repr(tc.formatweekday(0, 12)))
print(repr(tc.formatmonthname(2024, 5, 20)), repr(tc.formatmonthname(2024, 5, 20, False)))
print(repr(tc.formatweek([(0, 0), (1, 1), (2, 2)], 2)))
tc.prweek([(30, 0), (31, 1), (0, 2)], 3)
print("|")
tc.pryear(2020, 2, 1, 6, 3)
print(repr(calendar.week([(1, 0), (0, 3)], 3)), repr(calendar.weekheader(4)))
print(repr(calendar.formatstring(["a", "bb", "ccc"], 5, 2)))
calendar.format(["x", "y"], 4, 1)
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday())
print(calendar.month(2024, 3))
print(calendar.monthcalendar(2024, 3))
calendar.setfirstweekday(0)
try:
    print(calendar.month(2024, 13))
except IndexError as e:
    print(type(e).__name__, e)
