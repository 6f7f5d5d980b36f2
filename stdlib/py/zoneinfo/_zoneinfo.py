"""ZoneInfo: a tzinfo for an IANA time zone, made once per key (a strong
cache of the last few keys and a weak cache of all live ones)."""

import bisect
import collections
import weakref
from datetime import datetime, tzinfo

from zoneinfo import _common, _tzpath
from zoneinfo._tzstr import DSTRule, TTInfo, parse_tz_str

_EPOCH_ORDINAL = 719163  # date(1970, 1, 1).toordinal()
_NO_TTINFO = TTInfo(0, 0, None)
_NO_TTINFO.utcoff = _NO_TTINFO.dstoff = None


def _local_seconds(dt):
    """Seconds since the epoch of dt's wall-clock reading."""
    return ((dt.toordinal() - _EPOCH_ORDINAL) * 86400
            + dt.hour * 3600 + dt.minute * 60 + dt.second)


def _dst_offsets(trans_idx, utcoffs, isdsts):
    """The DST part of each type's offset. The file says only whether a
    type is DST: the amount is the difference from the standard type
    next to it in the transitions (an hour when there is none)."""
    count = len(isdsts)
    dstoffs = [0] * count
    for i in range(1, len(trans_idx)):
        k = trans_idx[i]
        if not isdsts[k] or dstoffs[k]:
            continue
        diff = 0
        before = trans_idx[i - 1]
        if not isdsts[before]:
            diff = utcoffs[k] - utcoffs[before]
        if not diff and k < count - 1 and i + 1 < len(trans_idx):
            after = trans_idx[i + 1]
            if isdsts[after]:
                continue
            diff = utcoffs[k] - utcoffs[after]
        if diff:
            dstoffs[k] = diff
    for k in range(count):
        if isdsts[k] and not dstoffs[k]:
            dstoffs[k] = 3600
    return dstoffs


class ZoneInfo(tzinfo):
    _strong_cache_size = 8

    def __init_subclass__(cls):
        # Each subclass keeps its own zones.
        cls._weak_cache = weakref.WeakValueDictionary()
        cls._strong_cache = collections.OrderedDict()

    def __new__(cls, key):
        instance = cls._weak_cache.get(key, None)
        if instance is None:
            instance = cls._weak_cache.setdefault(key, cls._new_instance(key))
            instance._from_cache = True
        strong = cls._strong_cache
        strong[key] = strong.pop(key, instance)
        if len(strong) > cls._strong_cache_size:
            strong.popitem(last=False)
        return instance

    @classmethod
    def no_cache(cls, key):
        obj = cls._new_instance(key)
        obj._from_cache = False
        return obj

    @classmethod
    def _new_instance(cls, key):
        obj = super().__new__(cls)
        obj._key = key
        obj._file_path = _tzpath.find_tzfile(key)
        if obj._file_path is not None:
            fobj = open(obj._file_path, "rb")
        else:
            fobj = _common.load_tzdata(key)
        with fobj:
            obj._load(fobj)
        return obj

    @classmethod
    def from_file(cls, fobj, /, key=None):
        obj = super().__new__(cls)
        obj._key = key
        obj._file_path = None
        obj._load(fobj)
        obj._file_repr = repr(fobj)
        # A zone read from a stream cannot be pickled: there is no key
        # to find it by again.
        obj.__reduce__ = obj._file_reduce
        return obj

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        if only_keys is None:
            cls._weak_cache.clear()
            cls._strong_cache.clear()
        else:
            for key in only_keys:
                cls._weak_cache.pop(key, None)
                cls._strong_cache.pop(key, None)

    @property
    def key(self):
        return self._key

    def utcoffset(self, dt):
        return self._find(dt).utcoff

    def dst(self, dt):
        return self._find(dt).dstoff

    def tzname(self, dt):
        return self._find(dt).tzname

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        ts = _local_seconds(dt)
        trans = self._trans_utc
        fold = 0
        after = self._tz_after
        if trans and ts < trans[0]:
            tti = self._tti_before
        elif (not trans or ts > trans[-1]) and isinstance(after, DSTRule):
            tti, fold = after.find_utc(ts, dt.year)
        elif not trans:
            tti = after
        else:
            # The type in force and the one before it: local times repeat
            # for a while after a change to a smaller offset.
            idx = bisect.bisect_right(trans, ts)
            types = self._types_of_trans
            if idx >= 2:
                before, tti = types[idx - 2], types[idx - 1]
            elif ts > trans[-1]:
                # One transition, and after it the zone's last word.
                before, tti = types[-1], after
            else:
                before, tti = self._tti_before, types[0]
            shift = before.utcoff_seconds - tti.utcoff_seconds
            if shift > ts - trans[idx - 1]:
                fold = 1
        result = dt + tti.utcoff
        if fold:
            result = result.replace(fold=1)
        return result

    def _find(self, dt):
        if dt is None:
            if self._fixed_offset:
                return self._tz_after
            return _NO_TTINFO
        ts = _local_seconds(dt)
        fold = dt.fold
        walls = self._trans_wall[fold]
        idx = bisect.bisect_right(walls, ts)
        if not walls or ts > walls[-1]:
            after = self._tz_after
            if isinstance(after, DSTRule):
                return after.find_local(ts, dt.year, fold)
            return after
        if idx == 0:
            return self._tti_before
        return self._types_of_trans[idx - 1]

    def _load(self, fobj):
        data = _common.load_data(fobj)
        trans_utc = data.trans_utc
        trans_idx = data.trans_idx
        utcoffs = [t[0] for t in data.types]
        isdsts = [t[1] for t in data.types]
        dstoffs = _dst_offsets(trans_idx, utcoffs, isdsts)
        types = [TTInfo(u, d, abbr) for (u, _, abbr), d in zip(data.types, dstoffs)]
        self._trans_utc = trans_utc
        self._types_of_trans = [types[k] for k in trans_idx]

        # Local wall times of the transitions, for fold=0 and fold=1 (see
        # DSTRule.find_local).
        wall0 = []
        wall1 = []
        for i, t in enumerate(trans_utc):
            before = utcoffs[trans_idx[i - 1]] if i else utcoffs[0]
            after = utcoffs[trans_idx[i]]
            wall0.append(t + max(before, after))
            wall1.append(t + min(before, after))
        self._trans_wall = (wall0, wall1)

        for tti, isdst in zip(types, isdsts):
            if not isdst:
                self._tti_before = tti
                break
        else:
            self._tti_before = self._types_of_trans[0] if self._types_of_trans else None

        if data.tz_str:
            self._tz_after = parse_tz_str(data.tz_str)
        else:
            if not types:
                raise ValueError("No time zone information found.")
            if trans_idx:
                self._tz_after = types[trans_idx[-1]]
            else:
                self._tz_after = types[0]

        if len(types) > 1 or not isinstance(self._tz_after, TTInfo):
            self._fixed_offset = False
        elif not types:
            self._fixed_offset = True
        else:
            self._fixed_offset = types[0] == self._tz_after

    def __str__(self):
        if self._key is not None:
            return str(self._key)
        return repr(self)

    def __repr__(self):
        cls = type(self)
        name = "zoneinfo.ZoneInfo" if cls is ZoneInfo else cls.__name__
        if self._key is not None:
            return f"{name}(key={self._key!r})"
        return f"{name}.from_file({self._file_repr})"

    def __reduce__(self):
        return (self.__class__._unpickle, (self._key, self._from_cache))

    def _file_reduce(self):
        import pickle

        raise pickle.PicklingError("Cannot pickle a ZoneInfo file from a file stream.")

    @classmethod
    def _unpickle(cls, key, from_cache, /):
        if from_cache:
            return cls(key)
        return cls.no_cache(key)


ZoneInfo.__init_subclass__()
ZoneInfo.__module__ = "zoneinfo"
