import os, time
for tz in ['UTC', 'America/New_York', 'Europe/Berlin', 'Asia/Kolkata', 'Australia/Sydney']:
    os.environ['TZ'] = tz
    time.tzset()
    print(tz, time.tzname, time.timezone, time.altzone, time.daylight)
    for t in [0, 1e9, 1700000000, 1720000000.7, -86400*400]:
        lt = time.localtime(t)
        print(lt, lt.tm_zone, lt.tm_gmtoff)
        print(time.strftime('%Y-%m-%d %H:%M:%S %Z %z %a %A %b %B %j %U %W %c %x %X %p %I %e %G %V %u %w %%', lt))
        print(time.asctime(lt), time.ctime(t), time.mktime(lt))
    print(time.gmtime(1e9), time.gmtime(1e9).tm_zone)
print(time.strptime('2024-03-05 10:20:30', '%Y-%m-%d %H:%M:%S'))
print(time.strptime('Tue Mar  5 10:20:30 2024'))
print(time.strptime('2024 10 1', '%Y %W %w'), time.strptime('2024 10 1', '%Y %U %w'))
print(time.strptime('+0530', '%z'))
import datetime
print(datetime.datetime.strptime('2024-03-05 10:20:30 +0100', '%Y-%m-%d %H:%M:%S %z'))
print(datetime.datetime.fromtimestamp(1e9), datetime.datetime(2020,6,1,12).timestamp())
print(datetime.datetime(2020,6,1,12).astimezone())
st = time.struct_time(range(9)); print(st, st.tm_zone, len(st), st[3:5], type(st).__name__)
print(time.get_clock_info('monotonic').monotonic, time.process_time() >= 0, type(time.monotonic_ns()).__name__)
print(time.CLOCK_MONOTONIC, time.CLOCK_REALTIME)
