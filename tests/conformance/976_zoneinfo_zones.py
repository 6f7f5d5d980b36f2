# zoneinfo: zones from the system's TZif files -- offsets, DST and names
# through history and into the future (the POSIX rule), folds and gaps,
# conversions from UTC, fixed-offset zones with time objects, repr/str,
# key checks and their messages, caching, from_file, pickling.
import io
import pickle
from datetime import date, datetime, time, timedelta, timezone

import zoneinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

print(zoneinfo.__all__)
print(issubclass(ZoneInfoNotFoundError, KeyError),
      issubclass(zoneinfo.InvalidTZPathWarning, RuntimeWarning))


def describe(dt):
    return "%s %s %s %s fold=%d" % (dt.isoformat(), dt.utcoffset(), dt.dst(), dt.tzname(), dt.fold)


cases = {
    "America/New_York": [datetime(1850, 1, 1), datetime(1918, 7, 1), datetime(2020, 1, 1),
                         datetime(2020, 7, 1), datetime(2020, 3, 8, 2, 30),
                         datetime(2020, 3, 8, 2, 30, fold=1), datetime(2020, 11, 1, 1, 30),
                         datetime(2020, 11, 1, 1, 30, fold=1), datetime(2077, 7, 4, 12),
                         datetime(2077, 11, 7, 1, 30, fold=1)],
    "Europe/London": [datetime(1900, 1, 1), datetime(1941, 7, 1), datetime(1970, 1, 1),
                      datetime(2023, 3, 26, 1, 30), datetime(2023, 10, 29, 1, 30),
                      datetime(2023, 10, 29, 1, 30, fold=1), datetime(2050, 6, 1)],
    "Europe/Dublin": [datetime(2023, 1, 15), datetime(2023, 7, 15), datetime(2060, 1, 15)],
    "Australia/Lord_Howe": [datetime(2023, 1, 15), datetime(2023, 7, 15),
                            datetime(2023, 4, 2, 1, 45), datetime(2023, 4, 2, 1, 45, fold=1)],
    "Asia/Kolkata": [datetime(1900, 1, 1), datetime(1942, 9, 1), datetime(2000, 1, 1)],
    "Pacific/Apia": [datetime(2011, 12, 29, 12), datetime(2011, 12, 31, 12)],
    "UTC": [datetime(1, 1, 1), datetime(9999, 12, 31, 23, 59)],
    "Etc/GMT+5": [datetime(2000, 1, 1)],
}
for key, dts in cases.items():
    z = ZoneInfo(key)
    print(key, repr(z), str(z), z.key)
    for dt in dts:
        print("  ", describe(dt.replace(tzinfo=z)))

print("from UTC")
ny = ZoneInfo("America/New_York")
start = datetime(2020, 11, 1, 4, 30, tzinfo=timezone.utc)
for i in range(5):
    local = (start + timedelta(minutes=30 * i)).astimezone(ny)
    print("  ", describe(local), local.astimezone(timezone.utc).isoformat())
start = datetime(2020, 3, 8, 6, 30, tzinfo=timezone.utc)
for i in range(3):
    print("  ", describe((start + timedelta(minutes=30 * i)).astimezone(ny)))
future = datetime(2090, 11, 5, 5, 30, tzinfo=timezone.utc)
for i in range(3):
    print("  ", describe((future + timedelta(minutes=30 * i)).astimezone(ny)))

print("arithmetic across a change")
d = datetime(2020, 3, 7, 12, tzinfo=ny)
print(describe(d + timedelta(days=1)), (d + timedelta(days=1)) - d)

print("time objects")
for key in ("UTC", "Etc/GMT-3", "America/New_York"):
    t = time(12, 30, tzinfo=ZoneInfo(key))
    print(key, t.utcoffset(), t.dst(), t.tzname())

print("keys")
for key in ("/etc/localtime", "America/New_York/", "../zoneinfo/UTC", "America/../UTC",
            "America/./New_York", "Nowhere/Zone", "America", "BZQ", "America.New_York"):
    try:
        ZoneInfo(key)
        print(key, "found")
    except ZoneInfoNotFoundError as e:
        print(key, "ZoneInfoNotFoundError", e)
    except ValueError as e:
        print(key, "ValueError", e)
try:
    ZoneInfo(5)
except TypeError as e:
    print("TypeError")

print("fromutc errors")
for value in (0, "2020", date(2020, 1, 1), datetime(2020, 1, 1),
              datetime(2020, 1, 1, tzinfo=timezone.utc)):
    try:
        ny.fromutc(value)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print("caching")
a = ZoneInfo("Europe/Paris")
print(a is ZoneInfo("Europe/Paris"), a is ZoneInfo.no_cache("Europe/Paris"),
      ZoneInfo.no_cache("Europe/Paris") is ZoneInfo.no_cache("Europe/Paris"))
ZoneInfo.clear_cache(only_keys=["Europe/Berlin"])
print(a is ZoneInfo("Europe/Paris"))
ZoneInfo.clear_cache(only_keys=["Europe/Paris"])
print(a is ZoneInfo("Europe/Paris"))
b = ZoneInfo("Europe/Paris")
ZoneInfo.clear_cache()
print(b is ZoneInfo("Europe/Paris"))
try:
    a.key = "Other"
except AttributeError:
    print("key is read-only")


class MyZone(ZoneInfo):
    pass


m = MyZone("Asia/Tokyo")
print(repr(m), m is MyZone("Asia/Tokyo"), m is ZoneInfo("Asia/Tokyo"), type(m).__name__)

print("from_file")
with open("/usr/share/zoneinfo/Asia/Tokyo", "rb") as f:
    data = f.read()
ff = ZoneInfo.from_file(io.BytesIO(data), key="Tokyo-copy")
print(repr(ff), str(ff), ff.key, describe(datetime(2000, 1, 1, tzinfo=ff)))
nokey = ZoneInfo.from_file(io.BytesIO(data))
print(nokey.key, str(nokey) == repr(nokey), repr(nokey).startswith("zoneinfo.ZoneInfo.from_file("))
for bad in (b"", b"AAAA3" + b" " * 40):
    try:
        ZoneInfo.from_file(io.BytesIO(bad))
    except ValueError as e:
        print("ValueError")

print("pickle")
for z in (ZoneInfo("America/New_York"), ZoneInfo.no_cache("America/New_York")):
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(z, proto))
        print(proto, back is z, back is ZoneInfo("America/New_York"), back.key)
try:
    pickle.dumps(ff)
except pickle.PicklingError as e:
    print("PicklingError", e)
