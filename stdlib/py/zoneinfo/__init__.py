"""zoneinfo: IANA time zones (ZoneInfo) read from the system's TZif files
(the directories of TZPATH) or, failing those, the `tzdata` package.

whirl's own implementation: _tzpath finds a key's file, _common reads
TZif data, _tzstr evaluates the POSIX TZ rule a file ends with, and
_zoneinfo is the tzinfo class."""

from zoneinfo import _tzpath
from zoneinfo._common import ZoneInfoNotFoundError
from zoneinfo._tzpath import InvalidTZPathWarning, available_timezones, reset_tzpath
from zoneinfo._zoneinfo import ZoneInfo

__all__ = [
    "ZoneInfo",
    "reset_tzpath",
    "available_timezones",
    "TZPATH",
    "ZoneInfoNotFoundError",
    "InvalidTZPathWarning",
]


def __getattr__(name):
    # TZPATH follows reset_tzpath(), so it is read from _tzpath each time.
    if name == "TZPATH":
        return _tzpath.TZPATH
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return sorted(list(globals()) + ["TZPATH"])
