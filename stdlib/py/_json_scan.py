"""The pure-Python pieces of `json.decoder` and `json.scanner`: the string
scanner, the object/array parsers and the scanner factory that CPython's
json package exposes (whirl's `json.loads` itself is native, in
stdlib/src/json.rs)."""

_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f",
            "n": "\n", "r": "\r", "t": "\t"}
_WHITESPACE = " \t\n\r"


def _error(msg, doc, pos):
    from json.decoder import JSONDecodeError
    return JSONDecodeError(msg, doc, pos)


def _hex4(s, pos):
    """The value of the 4 hex digits after the `\\u` at `pos`."""
    digits = s[pos + 2:pos + 6]
    if len(digits) == 4 and all(c in "0123456789abcdefABCDEF" for c in digits):
        return int(digits, 16)
    raise _error("Invalid \\uXXXX escape", s, pos + 1)


def scanstring(s, end, strict=True):
    """Scans the JSON string whose opening quote is at end - 1; returns its
    value and the index after the closing quote."""
    begin = end - 1
    parts = []
    pos = end
    n = len(s)
    while True:
        run = pos
        while pos < n:
            c = s[pos]
            if c == '"' or c == "\\" or (c < " " and strict):
                break
            pos += 1
        if pos >= n:
            raise _error("Unterminated string starting at", s, begin)
        parts.append(s[run:pos])
        c = s[pos]
        if c == '"':
            return "".join(parts), pos + 1
        if c != "\\":
            raise _error("Invalid control character %r at" % c, s, pos + 1)
        if pos + 1 >= n:
            raise _error("Unterminated string starting at", s, begin)
        esc = s[pos + 1]
        if esc != "u":
            if esc not in _ESCAPES:
                raise _error("Invalid \\escape: %r" % esc, s, pos + 1)
            parts.append(_ESCAPES[esc])
            pos += 2
            continue
        cp = _hex4(s, pos)
        pos += 6
        if 0xD800 <= cp <= 0xDBFF and s[pos:pos + 2] == "\\u":
            low = _hex4(s, pos)
            if 0xDC00 <= low <= 0xDFFF:
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00)
                pos += 6
        parts.append(chr(cp))


def _skip(s, pos):
    while pos < len(s) and s[pos] in _WHITESPACE:
        pos += 1
    return pos


def JSONObject(s_and_end, strict, scan_once, object_hook, object_pairs_hook,
               memo=None, _w=None, _ws=None):
    s, end = s_and_end
    if memo is None:
        memo = {}
    pairs = []
    end = _skip(s, end)
    if s[end:end + 1] != '"':
        if s[end:end + 1] == "}":
            if object_pairs_hook is not None:
                return object_pairs_hook(pairs), end + 1
            result = {}
            if object_hook is not None:
                result = object_hook(result)
            return result, end + 1
        raise _error("Expecting property name enclosed in double quotes", s, end)
    end += 1
    while True:
        key, end = scanstring(s, end, strict)
        key = memo.setdefault(key, key)
        end = _skip(s, end)
        if s[end:end + 1] != ":":
            raise _error("Expecting ':' delimiter", s, end)
        end = _skip(s, end + 1)
        try:
            value, end = scan_once(s, end)
        except StopIteration as err:
            raise _error("Expecting value", s, err.value) from None
        pairs.append((key, value))
        end = _skip(s, end)
        c = s[end:end + 1]
        end += 1
        if c == "}":
            break
        if c != ",":
            raise _error("Expecting ',' delimiter", s, end - 1)
        end = _skip(s, end)
        if s[end:end + 1] != '"':
            raise _error("Expecting property name enclosed in double quotes",
                         s, end)
        end += 1
    if object_pairs_hook is not None:
        return object_pairs_hook(pairs), end
    result = dict(pairs)
    if object_hook is not None:
        result = object_hook(result)
    return result, end


def JSONArray(s_and_end, scan_once, _w=None, _ws=None):
    s, end = s_and_end
    values = []
    end = _skip(s, end)
    if s[end:end + 1] == "]":
        return values, end + 1
    while True:
        try:
            value, end = scan_once(s, end)
        except StopIteration as err:
            raise _error("Expecting value", s, err.value) from None
        values.append(value)
        end = _skip(s, end)
        c = s[end:end + 1]
        end += 1
        if c == "]":
            break
        if c != ",":
            raise _error("Expecting ',' delimiter", s, end - 1)
        end = _skip(s, end)
    return values, end


def _number_end(s, i):
    """The end of the JSON number at i and whether it is a float, or None."""
    n = len(s)
    j = i
    if j < n and s[j] == "-":
        j += 1
    if j < n and s[j] == "0":
        j += 1
    elif j < n and "1" <= s[j] <= "9":
        while j < n and s[j].isdigit() and s[j] in "0123456789":
            j += 1
    else:
        return None
    is_float = False
    if j + 1 < n and s[j] == "." and s[j + 1] in "0123456789":
        j += 2
        while j < n and s[j] in "0123456789":
            j += 1
        is_float = True
    if j < n and s[j] in "eE":
        k = j + 1
        if k < n and s[k] in "+-":
            k += 1
        if k < n and s[k] in "0123456789":
            while k < n and s[k] in "0123456789":
                k += 1
            j = k
            is_float = True
    return j, is_float


_CONSTANTS = {"NaN": float("nan"), "Infinity": float("inf"),
              "-Infinity": float("-inf")}


def py_make_scanner(context):
    strict = context.strict
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant or _CONSTANTS.__getitem__
    memo = getattr(context, "memo", {})
    parse_object = getattr(context, "parse_object", JSONObject)
    parse_array = getattr(context, "parse_array", JSONArray)
    parse_string = getattr(context, "parse_string", scanstring)

    def scan(s, idx):
        if idx < 0 or idx >= len(s):
            raise StopIteration(idx) from None
        c = s[idx]
        if c == '"':
            return parse_string(s, idx + 1, strict)
        if c == "{":
            return parse_object((s, idx + 1), strict, scan, object_hook,
                                object_pairs_hook, memo)
        if c == "[":
            return parse_array((s, idx + 1), scan)
        for word, value in (("null", None), ("true", True), ("false", False)):
            if s.startswith(word, idx):
                return value, idx + len(word)
        for word in ("NaN", "Infinity", "-Infinity"):
            if s.startswith(word, idx):
                return parse_constant(word), idx + len(word)
        found = _number_end(s, idx)
        if found is None:
            raise StopIteration(idx)
        end, is_float = found
        text = s[idx:end]
        return (parse_float(text) if is_float else parse_int(text)), end

    def scan_once(s, idx):
        try:
            return scan(s, idx)
        finally:
            memo.clear()

    return scan_once


make_scanner = py_make_scanner
c_make_scanner = None
c_scanstring = None
py_scanstring = scanstring

# Where CPython defines them.
for _f in (scanstring, JSONObject, JSONArray):
    _f.__module__ = "json.decoder"
py_make_scanner.__module__ = "json.scanner"
del _f
