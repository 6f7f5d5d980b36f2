import os, time, datetime, logging, io
for tz in ['UTC', 'America/New_York', 'Europe/Berlin', 'Asia/Kolkata']:
    os.environ['TZ'] = tz
    time.tzset()
    print(tz)
    for ts in [0, 1e9, 1700000000.25, 1720000000]:
        d = datetime.datetime.fromtimestamp(ts)
        print(d, d.timestamp(), d.astimezone(), repr(d.astimezone().tzinfo))
        print(datetime.datetime.fromtimestamp(ts, datetime.timezone.utc).astimezone())
        print(datetime.date.fromtimestamp(ts), d.timetuple(), d.utctimetuple())
    aware = datetime.datetime(2024, 7, 1, 12, tzinfo=datetime.timezone.utc)
    print(aware.astimezone(), aware.astimezone().tzname())
    print(datetime.datetime(2024, 3, 10, 2, 30).timestamp(), datetime.datetime(2024, 11, 3, 1, 30).timestamp())
    print(datetime.datetime(2024, 3, 31, 2, 30).timestamp(), datetime.datetime(2024, 10, 27, 2, 30).timestamp())
    r = logging.LogRecord('x', logging.INFO, 'p', 1, 'hi', None, None)
    r.created = 1700000000.5; r.msecs = 500
    f = logging.Formatter('%(asctime)s %(message)s')
    print(f.format(r))
    f.converter = time.gmtime
    print(f.format(r), f.formatTime(r, '%H:%M %Z'))
print(datetime.datetime.strptime('2024-03-05 10:20:30 +0100', '%Y-%m-%d %H:%M:%S %z'))
print(repr(datetime.datetime.strptime('2024-03-05 10:20:30.5 UTC', '%Y-%m-%d %H:%M:%S.%f %Z')))
print(repr(datetime.datetime.strptime('2024-03-05 10:20:30 -02:30 UTC', '%Y-%m-%d %H:%M:%S %z %Z')))
print(datetime.datetime.strptime('Tue Mar  5 10:20:30 2024', '%c'), datetime.date(2024,1,1).strftime('%c %Z %z'))
print(time.localtime, time.strftime.__name__, logging.Formatter.converter)
os.environ['TZ'] = 'America/New_York'
time.tzset()
for fold in (0, 1):
    for args in [(2024, 3, 10, 2, 30), (2024, 11, 3, 1, 30), (2024, 11, 3, 0, 30)]:
        d = datetime.datetime(*args, fold=fold)
        print(fold, d, d.timestamp(), d.astimezone(datetime.timezone.utc))
