"""re: regular expressions, CPython's API over the native `_re`
(stdlib/src/re.rs, which translates the pattern syntax for regex-lite).
Constructs the engine cannot run (lookaround, backreferences) raise
re.error naming them."""

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


def _flag_text(value, prefix):
    names = []
    rest = value
    for bit, name in _FLAG_NAMES:
        if value & bit:
            names.append(prefix + name)
            rest &= ~bit
    if rest or not names:
        names.append(hex(rest) if names else prefix + "NOFLAG")
    return "|".join(names)


class RegexFlag(int):
    """The re flags: ints that print by name."""

    def __repr__(self):
        return _flag_text(int(self), "re.")

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


NOFLAG = RegexFlag(0)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
U = UNICODE = RegexFlag(32)
X = VERBOSE = RegexFlag(64)
A = ASCII = RegexFlag(256)

_MAXSIZE = 9223372036854775807


class error(Exception):
    """Raised for an invalid or unsupported regular expression."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        Exception.__init__(self, msg)


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
        self._template_cache = {}

    def __repr__(self):
        shown = self.flags & ~32
        text = "re.compile(%r" % (self.pattern,)
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
            if not isinstance(repl, str):
                raise TypeError(
                    "expected str instance, %s found" % type(repl).__name__
                )
            function = None
            parts = self._template(repl)
        found = self._scan(string, 0, None, count)
        if not found:
            if not isinstance(string, str):
                raise TypeError(
                    "expected string or bytes-like object, got '%s'"
                    % type(string).__name__
                )
            return string, 0
        pieces = []
        last = 0
        for spans in found:
            pieces.append(string[last:spans[0]])
            if function is not None:
                text = function(Match(self, string, 0, _MAXSIZE, spans))
                if text is None:
                    text = ""
                elif not isinstance(text, str):
                    raise TypeError(
                        "expected str instance, %s found" % type(text).__name__
                    )
                pieces.append(text)
            else:
                for part in parts:
                    if isinstance(part, str):
                        pieces.append(part)
                    else:
                        s = spans[2 * part]
                        if s >= 0:
                            pieces.append(string[s:spans[2 * part + 1]])
            last = spans[1]
        pieces.append(string[last:])
        return "".join(pieces), len(found)

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=None):
        raise NotImplementedError("Pattern.scanner is not supported by whirl's re module")

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
            raise error("bad escape (end of pattern) at position %d" % i)
        c = repl[i + 1]
        start = i
        i += 2
        group = None
        if c == "g":
            if i >= n or repl[i] != "<":
                raise error("missing < at position %d" % i)
            close = repl.find(">", i + 1)
            if close < 0:
                raise error("missing >, unterminated name at position %d" % (i + 1))
            name = repl[i + 1:close]
            if not name:
                raise error("missing group name at position %d" % (i + 1))
            if name.isdigit() and name.isascii():
                group = int(name)
                if group > pattern.groups:
                    raise error("invalid group reference %d at position %d" % (group, i + 1))
            elif name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError("unknown group name '%s'" % name)
                group = pattern.groupindex[name]
            else:
                raise error("bad character in group name '%s' at position %d" % (name, i + 1))
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
                            "octal escape value \\%s out of range at position %d"
                            % (digits + repl[i - 1], start)
                        )
                    literal.append(chr(value))
                    continue
            group = int(digits)
            if group > pattern.groups:
                raise error("invalid group reference %d at position %d" % (group, start + 1))
        elif c in _ESCAPES:
            literal.append(_ESCAPES[c])
            continue
        elif c in _ASCII_LETTERS:
            raise error("bad escape \\%s at position %d" % (c, start))
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


class Match:
    """The result of a successful match (see Pattern.search)."""

    def __init__(self, pattern, string, pos, endpos, spans):
        self.re = pattern
        self.string = string
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
        raise IndexError("no such group")

    def _get(self, index, default=None):
        s = self._spans[2 * index]
        if s < 0:
            return default
        return self.string[s:self._spans[2 * index + 1]]

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
        string = self.string
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
        pieces = []
        for part in self.re._template(template):
            if isinstance(part, str):
                pieces.append(part)
            else:
                pieces.append(self._get(part, ""))
        return "".join(pieces)

    def __bool__(self):
        return True

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%r>" % (
            self._spans[0],
            self._spans[1],
            self._get(0),
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
    if isinstance(pattern, bytes):
        raise NotImplementedError("re.escape of bytes is not supported by whirl")
    return "".join(["\\" + c if c in _SPECIAL else c for c in pattern])
