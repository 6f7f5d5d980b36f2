# time.strftime over fixed time tuples (whirl: local time is UTC).
import time
tms = [time.gmtime(0), time.gmtime(1764072000), time.gmtime(951782400), time.gmtime(1000000000), (2024, 12, 31, 23, 59, 58, 1, 366, 0), (2023, 1, 1, 0, 0, 0, 6, 1, 0)]
fmts = ["%Y-%m-%d %H:%M:%S", "%y%m%d %H:%M:%S", "%a %A %b %B", "%c", "%x %X", "%j %U %W %w %u", "%I %p %e %D %F %T %R %r", "%%d %C", "100%", "%q"]
for tm in tms:
    for f in fmts:
        print(repr(f), time.strftime(f, tm))
