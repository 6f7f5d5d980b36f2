# zoneinfo: zones built in memory from TZif data -- POSIX TZ rules (the
# footer) with gaps, folds, southern and negative DST and all-year DST;
# version 1 files; invalid TZ strings; TZPATH and reset_tzpath;
# PYTHONTZPATH; available_timezones.
import io
import os
import struct
import warnings
from datetime import datetime, timedelta, timezone

import zoneinfo
from zoneinfo import ZoneInfo


def tzif(tz_str, transitions=(), types=((0, 0, "STD"),), version=b"3"):
    """A TZif file: transitions as (utc seconds, type index), types as
    (utc offset, isdst, abbreviation), and a footer rule."""
    abbrs = b""
    where = []
    for _, _, name in types:
        where.append(len(abbrs))
        abbrs += name.encode() + b"\0"

    def block(size):
        code = ">q" if size == 8 else ">l"
        out = struct.pack(">6l", 0, 0, 0, len(transitions), len(types), len(abbrs))
        for t, _ in transitions:
            out += struct.pack(code, t)
        for _, i in transitions:
            out += bytes([i])
        for (off, dst, _), at in zip(types, where):
            out += struct.pack(">lbb", off, dst, at)
        return out + abbrs

    if version == b"\0":
        return b"TZif" + version + b" " * 15 + block(4)
    data = b"TZif" + version + b" " * 15 + block(4)
    data += b"TZif" + version + b" " * 15 + block(8)
    return data + b"\n" + tz_str.encode() + b"\n"


def zone(tz_str, **kw):
    return ZoneInfo.from_file(io.BytesIO(tzif(tz_str, **kw)), key=tz_str)


def describe(dt):
    return "%s %s %s %s" % (dt.replace(tzinfo=None), dt.utcoffset(), dt.dst(), dt.tzname())


rules = {
    "EST5EDT,M3.2.0/4:00,M11.1.0/3:00": [
        datetime(2019, 3, 10, 3, 59), datetime(2019, 3, 10, 4, 0),
        datetime(2019, 3, 10, 4, 30, fold=1), datetime(2019, 11, 3, 1, 59, fold=1),
        datetime(2019, 11, 3, 2, 30), datetime(2019, 11, 3, 2, 30, fold=1),
        datetime(2019, 11, 3, 3, 0)],
    "GMT0BST-1,M3.5.0/1:00,M10.5.0/2:00": [
        datetime(2019, 3, 31, 0, 59), datetime(2019, 3, 31, 1, 30),
        datetime(2019, 10, 27, 1, 30), datetime(2019, 10, 27, 1, 30, fold=1)],
    "AEST-10AEDT,M10.1.0,M4.1.0/3": [
        datetime(2019, 1, 1), datetime(2019, 7, 1), datetime(2019, 4, 7, 2, 30),
        datetime(2019, 4, 7, 2, 30, fold=1), datetime(2019, 10, 6, 2, 30)],
    "IST-1GMT0,M10.5.0,M3.5.0/1": [
        datetime(2019, 1, 1), datetime(2019, 7, 1), datetime(2019, 10, 27, 1, 30),
        datetime(2019, 10, 27, 1, 30, fold=1)],
    "<-03>3<-02>,M3.5.0/-2,M10.5.0/-1": [
        datetime(2019, 3, 30, 21, 59), datetime(2019, 3, 30, 22, 30), datetime(2019, 7, 1)],
    "STD0DST-1,0/0,J365/25": [datetime(2019, 1, 1), datetime(2040, 1, 1), datetime(2040, 7, 1)],
    "AAA3BBB,J60/12,J300/12": [datetime(2019, 3, 1, 11), datetime(2019, 3, 1, 13),
                               datetime(2020, 2, 29, 13), datetime(2020, 3, 1, 13)],
    "AAA3BBB,59/12,300/12": [datetime(2019, 3, 1, 11), datetime(2019, 3, 1, 13)],
    "<+0530>-5:30": [datetime(2019, 1, 1)],
    "UTC0": [datetime(2019, 1, 1)],
}
for tz_str, dts in rules.items():
    z = zone(tz_str)
    print(tz_str)
    for dt in dts:
        local = dt.replace(tzinfo=z)
        utc = local.astimezone(timezone.utc)
        back = utc.astimezone(z)
        print("   %s fold=%d | %s | back %s fold=%d" % (describe(local), dt.fold, utc.isoformat(),
                                                       back.replace(tzinfo=None), back.fold))

print("transitions and a rule after them")
z = ZoneInfo.from_file(io.BytesIO(tzif(
    "EST5EDT,M3.2.0,M11.1.0",
    transitions=((0, 1), (86400 * 100, 2), (86400 * 300, 1)),
    types=((-17762, 0, "LMT"), (-18000, 0, "EST"), (-14400, 1, "EDT")))))
for dt in (datetime(1960, 1, 1), datetime(1970, 1, 1), datetime(1970, 6, 1),
           datetime(1970, 12, 1), datetime(2020, 7, 1)):
    print("  ", describe(dt.replace(tzinfo=z)))
print(z.utcoffset(None), z.key)

print("version 1 file")
v1 = ZoneInfo.from_file(io.BytesIO(tzif(
    "", transitions=((0, 1), (86400 * 100, 0)),
    types=((3600, 0, "ONE"), (7200, 1, "TWO")), version=b"\0")))
for dt in (datetime(1969, 1, 1), datetime(1970, 2, 1), datetime(2000, 1, 1)):
    print("  ", describe(dt.replace(tzinfo=v1)))

print("fixed offset")
fixed = zone("<+0530>-5:30")
print(fixed.utcoffset(None), fixed.dst(None), fixed.tzname(None))
print(zone("EST5EDT,M3.2.0,M11.1.0").utcoffset(None))

print("invalid TZ strings")
for bad in ("PST8PDT", "+11", "GMT,M3.2.0/2,M11.1.0/3", "GMT0+11,M3.2.0/2,M11.1.0/3",
            "PST8PDT,M3.2.0/2", "STD+25", "STD-25", "STD+374", "AAA4BBB,M13.1.1/2,M1.1.1/2",
            "AAA4BBB,M1.6.1/2,M1.1.1/2", "AAA4BBB,M1.1.7/2,M2.1.1/2", "AAA4BBB,-1/2,20/2",
            "AAA4BBB,367,20/2", "AAA4BBB,J0/2,J20/2", "AAA4BBB,J20/2,J366/2"):
    try:
        zone(bad)
        print(bad, "accepted")
    except ValueError as e:
        print("ValueError", e)

print("TZPATH")
print(zoneinfo.TZPATH)
for bad in ("/usr/share/zoneinfo", b"/x", ["rel/path", "/abs", "also/rel"]):
    try:
        zoneinfo.reset_tzpath(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
zoneinfo.reset_tzpath(["/nonexistent"])
print(zoneinfo.TZPATH)
try:
    ZoneInfo.no_cache("UTC")
except zoneinfo.ZoneInfoNotFoundError as e:
    print("ZoneInfoNotFoundError", e)
zoneinfo.reset_tzpath(to=("/usr/share/zoneinfo",))
print(zoneinfo.TZPATH, ZoneInfo.no_cache("UTC").key)
os.environ["PYTHONTZPATH"] = os.pathsep.join(["relative", "/usr/share/zoneinfo", "other"])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    zoneinfo.reset_tzpath()
print([(w.category.__name__, str(w.message)) for w in caught])
print(zoneinfo.TZPATH)
os.environ["PYTHONTZPATH"] = ""
zoneinfo.reset_tzpath()
print(zoneinfo.TZPATH)
del os.environ["PYTHONTZPATH"]
zoneinfo.reset_tzpath()
print(zoneinfo.TZPATH)

print("available_timezones")
zones = zoneinfo.available_timezones()
print(type(zones).__name__, len(zones) > 400)
for key in ("UTC", "America/New_York", "Europe/London", "Asia/Tokyo", "Etc/GMT+5"):
    print(key, key in zones)
for key in ("posixrules", "right/UTC", "posix/UTC", "zone.tab", "tzdata.zi", "America"):
    print(key, key in zones)
print("TZPATH" in dir(zoneinfo), sorted(set(zoneinfo.__all__) - set(dir(zoneinfo))))
try:
    zoneinfo.NOATTRIBUTE
except AttributeError as e:
    print("AttributeError", e)
