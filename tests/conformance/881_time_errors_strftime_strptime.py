import time, os, pickle, copy
os.environ['TZ'] = 'Europe/Berlin'; time.tzset()
cases = [lambda: time.strftime("%Y",(1,2)), lambda: time.strftime("%Y",[2000]*9), lambda: time.mktime((1,2)), lambda: time.mktime(5), lambda: time.asctime((1,2)), lambda: time.strftime("%Y", (2000,13,1,0,0,0,0,1,0)),lambda: time.struct_time((1,2)), lambda: time.struct_time(range(12)), lambda: time.localtime("x"), lambda: time.localtime(float("nan")), lambda: time.asctime((2000,1,1,0,0,0,0,1,0,5)), lambda: time.strftime("%Y %Z %z", (2000,1,1,0,0,0,0,1,0)),lambda: time.strftime(5), lambda: time.asctime((2000,1,1,0,0,0,-2,1,0)), lambda: time.struct_time(range(10)).tm_zone, lambda: time.struct_time(range(9)), lambda: time.struct_time(range(11))[9],
 lambda: time.strftime('%Y', (2000,1,1,24,0,0,0,1,0)), lambda: time.strftime('%Y', (2000,1,32,0,0,0,0,1,0)), lambda: time.strftime('%Y', (2000,1,1,0,60,0,0,1,0)), lambda: time.strftime('%Y', (2000,1,1,0,0,62,0,1,0)), lambda: time.strftime('%Y', (2000,1,1,0,0,0,0,367,0)),
 lambda: time.strftime('%Y-%m-%d %j', (2000,0,0,0,0,0,0,0,0)), lambda: time.strftime('%a', (2000,1,1,0,0,0,9,1,0)), lambda: time.strftime(''), lambda: time.strptime('x', '%Y'), lambda: time.strptime('2000x', '%Y'), lambda: time.strptime('2000', '%Q'), lambda: time.strptime('2000', '%'), lambda: time.strptime(5), lambda: time.strptime('2023-02-29', '%Y-%m-%d'),
 lambda: time.strptime('Feb 29', '%b %d'), lambda: time.strptime('12 PM', '%I %p'), lambda: time.strptime('12 AM', '%I %p'), lambda: time.strptime('CET', '%Z'), lambda: time.strptime('CEST', '%Z'), lambda: time.strptime('UTC', '%Z'), lambda: time.strptime('100', '%j'), lambda: time.strptime('10:30:00 +01:00', '%H:%M:%S %z'),
 lambda: time.mktime((2020,7,1,12,0,0,0,0,-1)), lambda: time.mktime((2020,1,1,12,0,0,0,0,0)), lambda: time.mktime(time.localtime(1e9)), lambda: time.localtime(1e9).tm_gmtoff, lambda: time.get_clock_info('x'), lambda: time.get_clock_info('time').adjustable,
 lambda: pickle.loads(pickle.dumps(time.localtime(0))), lambda: copy.copy(time.gmtime(0)) == time.gmtime(0), lambda: time.gmtime(0) == (1970,1,1,0,0,0,3,1,0), lambda: time.gmtime(0)[-1], lambda: time.gmtime(-1), lambda: time.localtime(1e20), lambda: time.gmtime(None) is not None, lambda: time.localtime(True),
 lambda: time.strftime('%s|%k|%l|%P|%C|%g|%n|%t|%h|%D|%T|%R|%F|%r|%E|%O|%q', (2021,3,4,5,6,7,3,63,0)),
 ]
for f in cases:
  try: print(repr(f()))
  except Exception as e: print(type(e).__name__, e)
print(time.strptime('2024 10 1', '%Y %W %w'), time.strptime('2024 0 3', '%Y %U %w'), time.strptime('2023 52 6', '%Y %W %w'))
print(time.strptime('Monday 2024', '%A %Y').tm_wday, time.strptime('5', '%u'), time.strptime('15 mar 99', '%d %b %y'))
print(time.strptime('1/2/03', '%x'), time.strptime('01:02:03', '%X'), time.strptime('1:02:03 pm', '%I:%M:%S %p'))
for fmt in ['%d/%m/%Y %H:%M', '%Y-%m-%dT%H:%M:%S%z', '%B %d, %Y']:
    for s in ['05/03/2024 10:20', '2024-03-05T10:20:30+0530', 'March 05, 2024', '2024-03-05T10:20:30-00:30']:
        try:
            st = time.strptime(s, fmt)
            print(s, fmt, st, st.tm_zone, st.tm_gmtoff)
        except ValueError as e:
            print(s, fmt, 'ValueError', e)
for s, fmt in [('2024 10 1', '%G %V %u'), ('2020 53 Sun', '%G %V %a'), ('2024 10', '%G %V'), ('2024 10 1', '%Y %V %u'),
               ('10 1', '%V %u'), ('2024 10 1', '%G %j %u'), ('5 3', '%e %m'), ('1:02:03 pm', '%r'), ('2024-01-01', '%F')]:
    try:
        print(time.strptime(s, fmt))
    except ValueError as e:
        print('ValueError', e)
for y in [2**31, -2**31 + 1900 - 1, -2**31 + 1900, 2**40]:
    for f in (time.asctime, time.strftime):
        try:
            print(f(*(('%Y',) if f is time.strftime else ()), (y,) + (1,) * 8))
        except Exception as e:
            print(type(e).__name__, e)
try:
    time.strptime('', '%D')
except ValueError as e:
    print(e, e.__suppress_context__)
try:
    time.strptime('19', '%Y %')
except ValueError as e:
    print(e, e.__suppress_context__)
