"""Helpers of whirl's unittest: reprs that never fail, shortened reprs for
failure messages, class names, the element-count differences of
assertCountEqual, and a small pretty-printer for the diffs."""

__unittest = True

MAX_REPR = 80
_GAP = 12          # room taken by a "[N chars]" marker
_KEEP_HEAD = 5     # characters kept before a marker
_KEEP_TAIL = 5     # characters kept after a marker
_KEEP_COMMON = 5
_KEEP_DIFF = MAX_REPR - (_KEEP_HEAD + _GAP + _KEEP_COMMON + _GAP + _KEEP_TAIL)


def safe_repr(obj, short=False):
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if not short or len(text) < MAX_REPR:
        return text
    return text[:MAX_REPR] + " [truncated]..."


def strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def _elide(text, head, tail):
    hidden = len(text) - head - tail
    if hidden > _GAP:
        return "%s[%d chars]%s" % (text[:head], hidden, text[len(text) - tail:])
    return text


def _common_prefix(texts):
    first = min(texts)
    last = max(texts)
    n = 0
    while n < len(first) and n < len(last) and first[n] == last[n]:
        n += 1
    return first[:n]


def common_shorten_repr(*objs):
    """The reprs of objs, cut down to about 80 characters each around
    where they start to differ."""
    texts = tuple(safe_repr(o) for o in objs)
    longest = max(len(t) for t in texts)
    if longest <= MAX_REPR:
        return texts
    prefix = _common_prefix(texts)
    plen = len(prefix)
    room = MAX_REPR - (longest - plen + _KEEP_HEAD + _GAP)
    if room > _KEEP_COMMON:
        prefix = _elide(prefix, _KEEP_HEAD, room)
        return tuple(prefix + t[plen:] for t in texts)
    prefix = _elide(prefix, _KEEP_HEAD, _KEEP_COMMON)
    return tuple(prefix + _elide(t[plen:], _KEEP_DIFF, _KEEP_TAIL) for t in texts)


def count_diff_hashable(actual, expected):
    """(count in actual, count in expected, element) where they differ."""
    from collections import Counter
    have, want = Counter(actual), Counter(expected)
    out = []
    for elem, n in have.items():
        m = want.get(elem, 0)
        if n != m:
            out.append((n, m, elem))
    for elem, m in want.items():
        if elem not in have:
            out.append((0, m, elem))
    return out


def count_diff_all_purpose(actual, expected):
    """As count_diff_hashable, for elements that can't be hashed."""
    have, want = list(actual), list(expected)
    gone = object()
    out = []
    for i, elem in enumerate(have):
        if elem is gone:
            continue
        n = 0
        for k in range(i, len(have)):
            if have[k] == elem:
                n += 1
                have[k] = gone
        m = 0
        for k, other in enumerate(want):
            if other == elem:
                m += 1
                want[k] = gone
        if n != m:
            out.append((n, m, elem))
    for i, elem in enumerate(want):
        if elem is gone:
            continue
        m = 0
        for k in range(i, len(want)):
            if want[k] == elem:
                m += 1
                want[k] = gone
        out.append((0, m, elem))
    return out


# The names CPython's unittest.util gives these (its tests use them).
_count_diff_hashable = count_diff_hashable
_count_diff_all_purpose = count_diff_all_purpose


def sorted_list_difference(expected, actual):
    missing, unexpected = [], []
    i = j = 0
    while True:
        try:
            e = expected[i]
            a = actual[j]
            if e < a:
                missing.append(e)
                i += 1
                while expected[i] == e:
                    i += 1
            elif e > a:
                unexpected.append(a)
                j += 1
                while actual[j] == a:
                    j += 1
            else:
                i += 1
                try:
                    while expected[i] == e:
                        i += 1
                finally:
                    j += 1
                    while actual[j] == a:
                        j += 1
        except IndexError:
            missing.extend(expected[i:])
            unexpected.extend(actual[j:])
            break
    return missing, unexpected


def unorderable_list_difference(expected, actual):
    missing = []
    while expected:
        item = expected.pop()
        try:
            actual.remove(item)
        except ValueError:
            missing.append(item)
    return missing, actual


def three_way_cmp(x, y):
    return (x > y) - (x < y)


# A pretty-printer good enough for the diffs of assertSequenceEqual and
# assertDictEqual: what fits in 80 columns is the repr (dicts and sets
# sorted), longer containers go one element a line.

def _sort_key(x):
    return (type(x).__name__, x)


def _sorted_items(items):
    try:
        return sorted(items)
    except TypeError:
        try:
            return sorted(items, key=lambda kv: _sort_key(kv[0]))
        except TypeError:
            return list(items)


def _flat(obj):
    t = type(obj)
    if t is dict:
        if not obj:
            return "{}"
        return "{" + ", ".join("%s: %s" % (_flat(k), _flat(v)) for k, v in _sorted_items(obj.items())) + "}"
    if t is list:
        return "[" + ", ".join(_flat(x) for x in obj) + "]"
    if t is tuple:
        if len(obj) == 1:
            return "(" + _flat(obj[0]) + ",)"
        return "(" + ", ".join(_flat(x) for x in obj) + ")"
    if t in (set, frozenset) and obj:
        try:
            items = sorted(obj)
        except TypeError:
            items = list(obj)
        body = "{" + ", ".join(_flat(x) for x in items) + "}"
        return body if t is set else "frozenset(" + body + ")"
    return safe_repr(obj)


def pformat(obj, indent=0, width=80):
    flat = _flat(obj)
    if len(flat) + indent <= width:
        return flat
    t = type(obj)
    pad = " " * (indent + 1)
    if t is dict and obj:
        parts = []
        for k, v in _sorted_items(obj.items()):
            key = _flat(k) + ": "
            parts.append(key + pformat(v, indent + 1 + len(key), width))
        return "{" + (",\n" + pad).join(parts) + "}"
    if t in (list, tuple) and obj:
        parts = [pformat(x, indent + 1, width) for x in obj]
        body = (",\n" + pad).join(parts)
        if t is list:
            return "[" + body + "]"
        return "(" + body + (",)" if len(obj) == 1 else ")")
    if t is set and obj:
        try:
            items = sorted(obj)
        except TypeError:
            items = list(obj)
        return "{" + (",\n" + pad).join(pformat(x, indent + 1, width) for x in items) + "}"
    return flat
