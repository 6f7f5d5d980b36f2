DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def days_in_month(y, m):
    return 29 if m == 2 and is_leap(y) else DAYS_IN_MONTH[m - 1]


def to_ordinal(y, m, d):
    days = d
    for yy in range(1, y):
        days += 366 if is_leap(yy) else 365
    for mm in range(1, m):
        days += days_in_month(y, mm)
    return days


def from_ordinal(n):
    y = 1
    while n > (366 if is_leap(y) else 365):
        n -= 366 if is_leap(y) else 365
        y += 1
    m = 1
    while n > days_in_month(y, m):
        n -= days_in_month(y, m)
        m += 1
    return y, m, n


def weekday(y, m, d):
    return NAMES[(to_ordinal(y, m, d) - 1) % 7]


for date in [(2024, 2, 29), (2000, 1, 1), (1999, 12, 31), (2023, 7, 4), (1970, 1, 1)]:
    print("%04d-%02d-%02d" % date, weekday(*date), to_ordinal(*date))
print([y for y in range(1896, 1912) if is_leap(y)], is_leap(2000), is_leap(1900))
start = to_ordinal(2024, 1, 15)
for delta in [0, 30, 45, 365, 1000]:
    print(delta, "%04d-%02d-%02d" % from_ordinal(start + delta))
print(to_ordinal(2024, 12, 25) - to_ordinal(2024, 1, 1), "days from new year to christmas 2024")
cal = [[0] * 7 for _ in range(6)]
first = (to_ordinal(2024, 5, 1) - 1) % 7
for d in range(1, days_in_month(2024, 5) + 1):
    idx = first + d - 1
    cal[idx // 7][idx % 7] = d
print("Mo Tu We Th Fr Sa Su")
for week in cal:
    if any(week):
        print(" ".join("%2s" % (d or "") for d in week))
