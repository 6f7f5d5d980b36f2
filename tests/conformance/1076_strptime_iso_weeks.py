# time.strptime with ISO year/week/weekday (%G %V %u) and with week
# numbers (%U, %W) around the turn of the year: the date and the day of
# the year CPython gives (for ISO dates, counted from the ISO year).
import time

for year in range(2003, 2013):
    for week in (1, 2, 52, 53):
        for day in range(1, 8):
            text = "%d %d %d" % (year, week, day)
            try:
                t = time.strptime(text, "%G %V %u")
            except ValueError as e:
                print(text, "ValueError", e)
                continue
            print(text, tuple(t)[:8])
for year in (2014, 2015, 2016, 2020):
    for fmt in ("%Y %U %w", "%Y %W %w"):
        for day in range(7):
            text = "%d 0 %d" % (year, day)
            print(text, fmt, tuple(time.strptime(text, fmt))[:8])
