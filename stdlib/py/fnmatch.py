"""Unix shell-style filename matching (fnmatch, fnmatchcase, filter,
translate), whirl's own.

Patterns: '*' matches anything, '?' one character, '[seq]' one character
in seq, '[!seq]' one not in seq; ranges like 'a-z' work inside brackets and
an unclosed '[' is literal. Matching runs on a small compiled form of the
pattern (not a regular expression), so it takes linear-ish time.
"""

import os
import re as _re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def _normcase(path):
    # POSIX compares names as they are.
    normcase = getattr(os.path, 'normcase', None)
    return path if normcase is None else normcase(path)

_STAR = 0
_ANY = 1
_CHAR = 2
_SET = 3


def _parse(pat):
    # -> list of (kind, data); consecutive stars collapse into one.
    tokens = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not tokens or tokens[-1][0] != _STAR:
                tokens.append((_STAR, None))
        elif c == '?':
            tokens.append((_ANY, None))
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                tokens.append((_CHAR, '['))
                continue
            body = pat[i:j]
            i = j + 1
            negated = body.startswith('!')
            if negated:
                body = body[1:]
            singles = set()
            ranges = []
            order = []
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == '-':
                    low, high = body[k], body[k + 2]
                    # A reversed range matches nothing.
                    if low <= high:
                        ranges.append((low, high))
                        order.append((low, high))
                    k += 3
                else:
                    singles.add(body[k])
                    order.append(body[k])
                    k += 1
            tokens.append((_SET, (negated, frozenset(singles), tuple(ranges),
                                  tuple(order))))
        else:
            tokens.append((_CHAR, c))
    return tokens


def _one(token, c):
    kind, data = token
    if kind == _ANY:
        return True
    if kind == _CHAR:
        return c == data
    negated, singles, ranges, order = data
    found = c in singles or any(low <= c <= high for low, high in ranges)
    return found != negated


def _match(tokens, name):
    # Wildcard matching with backtracking to the last star only.
    t = 0
    s = 0
    star_t = -1
    star_s = 0
    nt = len(tokens)
    ns = len(name)
    while s < ns:
        if t < nt and tokens[t][0] == _STAR:
            star_t = t
            star_s = s
            t += 1
        elif t < nt and _one(tokens[t], name[s]):
            t += 1
            s += 1
        elif star_t >= 0:
            t = star_t + 1
            star_s += 1
            s = star_s
        else:
            return False
    while t < nt and tokens[t][0] == _STAR:
        t += 1
    return t == nt


_cache = {}


def _compiled(pat):
    tokens = _cache.get(pat)
    if tokens is None:
        if isinstance(pat, bytes):
            tokens = _parse(pat.decode('latin-1'))
        else:
            tokens = _parse(pat)
        if len(_cache) > 256:
            _cache.clear()
        _cache[pat] = tokens
    return tokens


def _text(name, pat):
    if isinstance(pat, bytes):
        if not isinstance(name, bytes):
            raise TypeError("cannot use a bytes pattern on a string-like object")
        return name.decode('latin-1')
    if isinstance(name, bytes):
        raise TypeError("cannot use a string pattern on a bytes-like object")
    return name


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN (case as the OS compares it)."""
    name = _normcase(name)
    pat = _normcase(pat)
    return fnmatchcase(name, pat)


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case."""
    return _match(_compiled(pat), _text(name, pat))


def filter(names, pat):
    """Construct a list from those elements of the iterable NAMES that match
    PAT."""
    pat = _normcase(pat)
    tokens = _compiled(pat)
    return [name for name in names
            if _match(tokens, _text(_normcase(name), pat))]


def translate(pat):
    """Translate a shell PATTERN to a regular expression."""
    pieces = []
    for kind, data in _parse(pat):
        if kind == _STAR:
            pieces.append(None)
        elif kind == _ANY:
            pieces.append('.')
        elif kind == _CHAR:
            pieces.append(_re.escape(data))
        else:
            negated, singles, ranges, order = data
            parts = ''.join(
                _set_escape(item) if isinstance(item, str)
                else '%s-%s' % (_set_escape(item[0]), _set_escape(item[1]))
                for item in order)
            if not parts:
                pieces.append('.' if negated else '(?!)')
            elif negated:
                pieces.append('[^%s]' % parts)
            elif parts[0] in '^[':
                pieces.append('[\\%s]' % parts)
            else:
                pieces.append('[%s]' % parts)
    out = []
    i = 0
    n = len(pieces)
    while i < n and pieces[i] is not None:
        out.append(pieces[i])
        i += 1
    while i < n:
        i += 1
        fixed = []
        while i < n and pieces[i] is not None:
            fixed.append(pieces[i])
            i += 1
        fixed = ''.join(fixed)
        if i == n:
            out.append('.*' + fixed)
        else:
            # A star between fixed parts matches lazily and never gives
            # back what it took: an atomic group.
            out.append('(?>.*?%s)' % fixed)
    return '(?s:%s)\\Z' % ''.join(out)


def _set_escape(c):
    if c in '\\-&~|':
        return '\\' + c
    return c
