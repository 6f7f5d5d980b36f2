"""re: regular expressions, CPython's API over the native `_re`
(stdlib/src/re.rs: patterns are checked and rewritten by re_translate.rs
and run by the fancy-regex backtracking engine). str and bytes patterns;
bytes-like subjects (bytes, bytearray, memoryview) with bytes patterns."""

import _re

_FLAG_NAMES = [
    (2, "IGNORECASE"),
    (4, "LOCALE"),
    (8, "MULTILINE"),
    (16, "DOTALL"),
    (32, "UNICODE"),
    (64, "VERBOSE"),
    (256, "ASCII"),
]

# RegexFlag's repr names flags in the order the enum defines them.
_DEFINED_FLAGS = [
    (256, "ASCII"),
    (2, "IGNORECASE"),
    (4, "LOCALE"),
    (32, "UNICODE"),
    (8, "MULTILINE"),
    (16, "DOTALL"),
    (64, "VERBOSE"),
    (1, "TEMPLATE"),
    (128, "DEBUG"),
]


def _flag_text(value, prefix, table=_FLAG_NAMES):
    names = []
    rest = value
    for bit, name in table:
        if value & bit:
            names.append(prefix + name)
            rest &= ~bit
    if rest:
        names.append(hex(rest))
    if not names:
        names.append(prefix + "NOFLAG")
    return "|".join(names)


class RegexFlag(int):
    """The re flags: ints that print by name."""

    def __repr__(self):
        return _flag_text(int(self), "re.", _DEFINED_FLAGS)

    __str__ = __repr__

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        value = int(self)
        mask = max((1 << value.bit_length()) - 1, 0x1FF)
        return RegexFlag(~value & mask)


NOFLAG = RegexFlag(0)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
U = UNICODE = RegexFlag(32)
X = VERBOSE = RegexFlag(64)
A = ASCII = RegexFlag(256)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)

_MAXSIZE = 9223372036854775807


def _text(string):
    """The str or bytes that group slices are cut from."""
    if type(string) is str or type(string) is bytes:
        return string
    if isinstance(string, str):
        return str(string)
    try:
        return bytes(memoryview(string))
    except TypeError:
        raise TypeError(
            "expected string or bytes-like object, got '%s'" % type(string).__name__
        ) from None


class error(Exception):
    """Raised for an invalid regular expression: msg, and where known the
    pattern and the position (pos, lineno, colno) of the fault."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            text = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                text = "%s (line %d, column %d)" % (text, self.lineno, self.colno)
        else:
            text = msg
            self.lineno = self.colno = None
        Exception.__init__(self, text)


_re._set_error(error)


class Pattern:
    """A compiled regular expression (see re.compile)."""

    def __init__(self, pattern, flags):
        handle, groups, groupindex, allflags = _re.compile(pattern, int(flags))
        self._handle = handle
        self.pattern = pattern
        self.flags = allflags
        self.groups = groups
        self.groupindex = groupindex
        self._bytes = isinstance(pattern, bytes)
        self._template_cache = {}

    def __repr__(self):
        shown = self.flags & ~32
        text = "re.compile(%s" % (repr(self.pattern)[:200],)
        if shown:
            text += ", " + _flag_text(shown, "re.")
        return text + ")"

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def search(self, string, pos=0, endpos=_MAXSIZE):
        spans = _re.match(self._handle, string, pos, endpos, 0)
        return None if spans is None else Match(self, string, pos, endpos, spans)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        spans = _re.match(self._handle, string, pos, endpos, 1)
        return None if spans is None else Match(self, string, pos, endpos, spans)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        spans = _re.match(self._handle, string, pos, endpos, 2)
        return None if spans is None else Match(self, string, pos, endpos, spans)

    def _scan(self, string, pos=0, endpos=None, limit=0):
        if endpos is None:
            endpos = _MAXSIZE
        return _re.scan(self._handle, string, pos, endpos, limit)

    def finditer(self, string, pos=0, endpos=None):
        if endpos is None:
            endpos = _MAXSIZE
        return iter(
            [Match(self, string, pos, endpos, spans) for spans in self._scan(string, pos, endpos)]
        )

    def findall(self, string, pos=0, endpos=None):
        string = _text(string)
        result = []
        groups = self.groups
        for spans in self._scan(string, pos, endpos):
            if groups == 0:
                result.append(string[spans[0]:spans[1]])
            elif groups == 1:
                result.append(string[spans[2]:spans[3]] if spans[2] >= 0 else "")
            else:
                item = []
                for g in range(1, groups + 1):
                    s = spans[2 * g]
                    item.append(string[s:spans[2 * g + 1]] if s >= 0 else "")
                result.append(tuple(item))
        return result

    def split(self, string, maxsplit=0):
        string = _text(string)
        if maxsplit < 0:
            return [string]
        result = []
        last = 0
        for spans in self._scan(string, 0, None, maxsplit):
            result.append(string[last:spans[0]])
            for g in range(1, self.groups + 1):
                s = spans[2 * g]
                result.append(string[s:spans[2 * g + 1]] if s >= 0 else None)
            last = spans[1]
        result.append(string[last:])
        return result

    def _template(self, repl):
        parts = self._template_cache.get(repl)
        if parts is None:
            if isinstance(repl, bytes):
                parts = [
                    p.encode("latin-1") if isinstance(p, str) else p
                    for p in _parse_template(repl.decode("latin-1"), self)
                ]
            else:
                parts = _parse_template(repl, self)
            self._template_cache[repl] = parts
        return parts

    def subn(self, repl, string, count=0):
        if count < 0:
            return string, 0
        if callable(repl):
            function = repl
            parts = None
        else:
            if self._bytes and isinstance(repl, (bytearray, memoryview)):
                repl = bytes(repl)
            elif not isinstance(repl, (str, bytes)):
                raise TypeError(
                    "expected str instance, %s found" % type(repl).__name__
                )
            function = None
            parts = self._template(repl)
        found = self._scan(string, 0, None, count)
        string = _text(string)
        if not found:
            return string, 0
        pieces = []
        last = 0
        for spans in found:
            pieces.append(string[last:spans[0]])
            if function is not None:
                text = function(Match(self, string, 0, _MAXSIZE, spans))
                if text is None:
                    text = string[:0]
                elif self._bytes and isinstance(text, (bytearray, memoryview)):
                    text = bytes(text)
                pieces.append(text)
            else:
                for part in parts:
                    if isinstance(part, int):
                        s = spans[2 * part]
                        if s >= 0:
                            pieces.append(string[s:spans[2 * part + 1]])
                    else:
                        pieces.append(part)
            last = spans[1]
        pieces.append(string[last:])
        empty = string[:0]
        try:
            return empty.join(pieces), len(found)
        except TypeError:
            raise _join_error(pieces, empty) from None

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=None):
        return _PatternScanner(self, string, pos, endpos)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_ESCAPES = {
    "a": "\a",
    "b": "\b",
    "f": "\f",
    "n": "\n",
    "r": "\r",
    "t": "\t",
    "v": "\v",
    "\\": "\\",
}

_DIGITS = "0123456789"
_OCTDIGITS = "01234567"
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _parse_template(repl, pattern):
    """A replacement template as a list of str literals and int group
    numbers, with CPython's escapes and errors."""
    parts = []
    literal = []
    i = 0
    n = len(repl)
    while i < n:
        c = repl[i]
        if c != "\\":
            literal.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise error("bad escape (end of pattern)", repl, i)
        c = repl[i + 1]
        start = i
        i += 2
        group = None
        if c == "g":
            if i >= n or repl[i] != "<":
                raise error("missing <", repl, i)
            close = repl.find(">", i + 1)
            if close < 0 and i + 1 >= n:
                raise error("missing group name", repl, i + 1)
            if close < 0:
                raise error("missing >, unterminated name", repl, i + 1)
            name = repl[i + 1:close]
            if not name:
                raise error("missing group name", repl, i + 1)
            if name.isdigit() and name.isascii():
                group = int(name)
                if group > pattern.groups:
                    raise error("invalid group reference %d" % group, repl, i + 1)
            elif name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError("unknown group name '%s'" % name)
                group = pattern.groupindex[name]
            else:
                raise error("bad character in group name '%s'" % name, repl, i + 1)
            i = close + 1
        elif c == "0":
            value = 0
            count = 0
            while i < n and count < 2 and repl[i] in _OCTDIGITS:
                value = value * 8 + int(repl[i])
                i += 1
                count += 1
            literal.append(chr(value))
            continue
        elif c in _DIGITS:
            digits = c
            if i < n and repl[i] in _DIGITS:
                digits += repl[i]
                i += 1
                if (
                    c in _OCTDIGITS
                    and digits[1] in _OCTDIGITS
                    and i < n
                    and repl[i] in _OCTDIGITS
                ):
                    value = int(digits + repl[i], 8)
                    i += 1
                    if value > 0o377:
                        raise error(
                            "octal escape value \\%s outside of range 0-0o377"
                            % (digits + repl[i - 1]),
                            repl,
                            start,
                        )
                    literal.append(chr(value))
                    continue
            group = int(digits)
            if group > pattern.groups:
                raise error("invalid group reference %d" % group, repl, start + 1)
        elif c in _ESCAPES:
            literal.append(_ESCAPES[c])
            continue
        elif c in _ASCII_LETTERS:
            raise error("bad escape \\%s" % c, repl, start)
        else:
            literal.append("\\" + c)
            continue
        if literal:
            parts.append("".join(literal))
            literal = []
        parts.append(group)
    if literal:
        parts.append("".join(literal))
    return parts


def _join_error(pieces, empty):
    """CPython's TypeError for a replacement of the wrong type: it joins
    only the non-empty pieces, so it counts those."""
    index = 0
    want = type(empty)
    for piece in pieces:
        if not isinstance(piece, want):
            kind = "str instance" if want is str else "a bytes-like object"
            return TypeError(
                "sequence item %d: expected %s, %s found" % (index, kind, type(piece).__name__)
            )
        if piece:
            index += 1
    return TypeError("can only join %s" % want.__name__)


class Match:
    """The result of a successful match (see Pattern.search)."""

    def __init__(self, pattern, string, pos, endpos, spans):
        self.re = pattern
        self.string = string
        # A bytearray or memoryview is read afresh (CPython's match sees
        # later changes to the buffer).
        self._s = string if type(string) is str or type(string) is bytes else None
        self._window = (pos, endpos)
        self._spans = spans

    @property
    def pos(self):
        n = len(self.string)
        return min(max(self._window[0], 0), n)

    @property
    def endpos(self):
        n = len(self.string)
        end = self._window[1]
        if end is None:
            end = n
        return max(min(max(end, 0), n), self.pos)

    @property
    def lastindex(self):
        spans = self._spans
        last = None
        best = -1
        for g in range(1, self.re.groups + 1):
            end = spans[2 * g + 1]
            if spans[2 * g] >= 0 and end > best:
                best = end
                last = g
        return last

    @property
    def lastgroup(self):
        last = self.lastindex
        if last is not None:
            for name, index in self.re.groupindex.items():
                if index == last:
                    return name
        return None

    def _index(self, group):
        if isinstance(group, int) and not isinstance(group, bool):
            if 0 <= group <= self.re.groups:
                return group
        elif isinstance(group, str):
            index = self.re.groupindex.get(group)
            if index is not None:
                return index
        elif hasattr(type(group), "__index__"):
            index = type(group).__index__(group)
            if 0 <= index <= self.re.groups:
                return index
        raise IndexError("no such group")

    def _get(self, index, default=None):
        s = self._spans[2 * index]
        if s < 0:
            return default
        text = self._s
        if text is None:
            text = _text(self.string)
        return text[s:self._spans[2 * index + 1]]

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(self._index(groups[0]))
        return tuple([self._get(self._index(g)) for g in groups])

    def __getitem__(self, group):
        return self._get(self._index(group))

    def groups(self, default=None):
        spans = self._spans
        string = self._s
        if string is None:
            string = _text(self.string)
        out = []
        for i in range(2, 2 * self.re.groups + 2, 2):
            start = spans[i]
            out.append(default if start < 0 else string[start:spans[i + 1]])
        return tuple(out)

    def groupdict(self, default=None):
        return {name: self._get(index, default) for name, index in self.re.groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        index = self._index(group)
        return (self._spans[2 * index], self._spans[2 * index + 1])

    @property
    def regs(self):
        return tuple([self.span(g) for g in range(self.re.groups + 1)])

    def expand(self, template):
        empty = _text(self.string)[:0]
        pieces = []
        for part in self.re._template(template):
            if isinstance(part, int):
                pieces.append(self._get(part, empty))
            else:
                pieces.append(part)
        return empty.join(pieces)

    def __bool__(self):
        return True

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%s>" % (
            self._spans[0],
            self._spans[1],
            repr(self._get(0))[:50],
        )

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    flags = int(flags)
    key = (type(pattern), pattern, flags)
    compiled = _cache.get(key)
    if compiled is None:
        if not isinstance(pattern, (str, bytes)):
            raise TypeError("first argument must be string or compiled pattern")
        compiled = Pattern(pattern, flags)
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        _cache[key] = compiled
    return compiled


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def purge():
    _cache.clear()


_SPECIAL = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"


def escape(pattern):
    if isinstance(pattern, str):
        return "".join(["\\" + c if c in _SPECIAL else c for c in pattern])
    text = bytes(pattern).decode("latin-1")
    return "".join(["\\" + c if c in _SPECIAL else c for c in text]).encode("latin-1")


class _PatternScanner:
    """Pattern.scanner(): match() and search() step through the string,
    each starting where the last match ended."""

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._pos = pos
        self._endpos = _MAXSIZE if endpos is None else endpos
        self._advance = False
        self._done = False

    def _next(self, spans):
        if spans is None:
            self._done = True
            return None
        self._advance = spans[0] == spans[1]
        self._pos = spans[1]
        return Match(self.pattern, self._string, self._pos, self._endpos, spans)

    def match(self):
        if self._done:
            return None
        spans = _re.match(self.pattern._handle, self._string, self._pos, self._endpos, 1)
        if spans is not None and self._advance and spans[0] == spans[1]:
            spans = None
        return self._next(spans)

    def search(self):
        if self._done:
            return None
        found = _re.scan(
            self.pattern._handle, self._string, self._pos, self._endpos, 1, self._advance
        )
        return self._next(found[0] if found else None)


class Scanner:
    """A lexer from a list of (pattern, action) pairs: scan() matches the
    phrases in turn at each position, calling callable actions with the
    scanner and the matched text and collecting what they return (or the
    action itself when it is not callable; None is skipped)."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        alternatives = []
        self._groups = []
        group = 1
        for phrase, action in lexicon:
            alternatives.append("(%s)" % phrase)
            self._groups.append(group)
            group += 1 + compile(phrase, flags).groups
        self.scanner = compile("|".join(alternatives), flags)

    def scan(self, string):
        result = []
        scanner = self.scanner
        groups = self._groups
        i = 0
        while True:
            m = scanner.match(string, i)
            if m is None:
                break
            j = m.end()
            if i == j:
                break
            spans = m._spans
            index = 0
            for k, g in enumerate(groups):
                if spans[2 * g] >= 0:
                    index = k
                    break
            action = self.lexicon[index][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]
