"""Reading time zone data: a key's file from TZPATH or the tzdata
package, and the TZif format (RFC 8536) it is in."""

import struct


class ZoneInfoNotFoundError(KeyError):
    """Exception raised when a ZoneInfo key is not found."""


def _package_dir(name):
    """The directory of an importable package (ImportError if none)."""
    import importlib
    import os

    module = importlib.import_module(name)
    paths = list(getattr(module, "__path__", None) or [])
    if not paths:
        raise ImportError(name)
    return paths[0]


def load_tzdata(key):
    """An open binary file of key's data in the tzdata package."""
    import os

    parts = key.split("/")
    package = ".".join(["tzdata.zoneinfo"] + parts[:-1])
    try:
        path = os.path.join(_package_dir(package), parts[-1])
        return open(path, "rb")
    except (ImportError, OSError, UnicodeEncodeError, ValueError, TypeError):
        raise ZoneInfoNotFoundError(f"No time zone found with key {key}")


class TZifData:
    """What a TZif file holds: transition instants (UTC seconds), the
    local time type index of each, the types as (utcoff seconds, isdst,
    abbreviation), and the POSIX TZ string of its footer (or None)."""

    __slots__ = ("trans_utc", "trans_idx", "types", "tz_str")

    def __init__(self, trans_utc, trans_idx, types, tz_str):
        self.trans_utc = trans_utc
        self.trans_idx = trans_idx
        self.types = types
        self.tz_str = tz_str


_HEADER = struct.Struct(">6l")


def _read_exact(fobj, n):
    data = fobj.read(n)
    if data is None or len(data) != n:
        raise ValueError("Invalid TZif file: unexpected end of file")
    return data


def _read_header(fobj):
    magic = fobj.read(4)
    if magic != b"TZif":
        raise ValueError("Invalid TZif file: magic not found")
    version_byte = _read_exact(fobj, 1)
    _read_exact(fobj, 15)
    if version_byte == b"\x00":
        version = 1
    else:
        try:
            version = int(version_byte)
        except ValueError:
            raise ValueError("Invalid TZif file: bad version") from None
    counts = _HEADER.unpack(_read_exact(fobj, 24))
    return version, counts


def _read_body(fobj, counts, time_size):
    isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = counts
    if min(counts) < 0:
        raise ValueError("Invalid TZif file: negative count")
    time_code = "q" if time_size == 8 else "l"
    trans_utc = []
    if timecnt:
        trans_utc = list(struct.unpack(">%d%s" % (timecnt, time_code),
                                       _read_exact(fobj, timecnt * time_size)))
    trans_idx = list(_read_exact(fobj, timecnt))
    raw_types = [struct.unpack(">lbb", _read_exact(fobj, 6)) for _ in range(typecnt)]
    chars = _read_exact(fobj, charcnt)
    # Leap seconds and the standard/UT indicators are not used.
    _read_exact(fobj, leapcnt * (time_size + 4) + isstdcnt + isutcnt)
    types = []
    for utcoff, isdst, abbr_at in raw_types:
        end = chars.find(b"\x00", abbr_at)
        if end < 0:
            end = len(chars)
        types.append((utcoff, bool(isdst), chars[abbr_at:end].decode()))
    for i in trans_idx:
        if i >= typecnt:
            raise ValueError("Invalid TZif file: transition to an unknown type")
    return trans_utc, trans_idx, types


def load_data(fobj):
    """Reads a TZif file (version 1, or the 64-bit part and the footer of
    version 2 and later)."""
    version, counts = _read_header(fobj)
    if version == 1:
        trans_utc, trans_idx, types = _read_body(fobj, counts, 4)
        return TZifData(trans_utc, trans_idx, types, None)
    # Skip the version 1 part: the same data in 32 bits.
    isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = counts
    _read_exact(fobj, timecnt * 5 + typecnt * 6 + charcnt + leapcnt * 8 + isstdcnt + isutcnt)
    version, counts = _read_header(fobj)
    trans_utc, trans_idx, types = _read_body(fobj, counts, 8)
    tz_str = None
    footer = fobj.read()
    if footer:
        lines = footer.split(b"\n")
        if len(lines) >= 2 and lines[0] == b"" and lines[1]:
            # Any bytes: parse_tz_str refuses what is not ASCII.
            tz_str = lines[1].decode("latin-1")
    return TZifData(trans_utc, trans_idx, types, tz_str)
