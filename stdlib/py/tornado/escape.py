"""tornado.escape: escaping and unescaping for HTML, JSON, URLs and bytes.

Behaves as Tornado 6's module of the same name (lean: only linkify uses a
regular expression, compiled on its first call, so importing stays cheap).
"""

import json
import urllib.parse


def xhtml_escape(value):
    value = to_unicode(value)
    if "&" in value:
        value = value.replace("&", "&amp;")
    return (value.replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
            .replace("'", "&#x27;"))


_NAMED_ENTITIES = {
    "amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'", "nbsp": "\xa0",
    "copy": "\xa9", "reg": "\xae", "euro": "\u20ac", "hellip": "\u2026", "mdash": "\u2014",
    "ndash": "\u2013", "laquo": "\xab", "raquo": "\xbb", "deg": "\xb0", "times": "\xd7",
    "eacute": "\xe9", "egrave": "\xe8", "agrave": "\xe0", "ccedil": "\xe7", "uuml": "\xfc",
    "ouml": "\xf6", "auml": "\xe4", "szlig": "\xdf", "middot": "\xb7", "para": "\xb6",
    "sect": "\xa7", "pound": "\xa3", "yen": "\xa5", "cent": "\xa2",
}

_INVALID_CHARREFS = {0x00: "\ufffd", 0x0d: "\r", 0x80: "\u20ac", 0x81: "\x81", 0x82: "\u201a",
                     0x83: "\u0192", 0x84: "\u201e", 0x85: "\u2026", 0x86: "\u2020",
                     0x87: "\u2021", 0x88: "\u02c6", 0x89: "\u2030", 0x8a: "\u0160",
                     0x8b: "\u2039", 0x8c: "\u0152", 0x91: "\u2018", 0x92: "\u2019",
                     0x93: "\u201c", 0x94: "\u201d", 0x95: "\u2022", 0x96: "\u2013",
                     0x97: "\u2014", 0x98: "\u02dc", 0x99: "\u2122", 0x9a: "\u0161",
                     0x9b: "\u203a", 0x9c: "\u0153", 0x9e: "\u017e", 0x9f: "\u0178"}

_HEXDIGITS = "0123456789abcdefABCDEF"
_NAME_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def _charref(num):
    if num in _INVALID_CHARREFS:
        return _INVALID_CHARREFS[num]
    if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
        return "\ufffd"
    return chr(num)


def xhtml_unescape(value):
    value = to_unicode(value)
    if "&" not in value:
        return value
    out = []
    i = 0
    n = len(value)
    while i < n:
        c = value[i]
        if c != "&":
            out.append(c)
            i += 1
            continue
        j = i + 1
        if j < n and value[j] == "#":
            j += 1
            digits = "0123456789"
            base = 10
            if j < n and value[j] in "xX":
                j += 1
                digits = _HEXDIGITS
                base = 16
            k = j
            while k < n and value[k] in digits:
                k += 1
            if k > j:
                out.append(_charref(int(value[j:k], base)))
                i = k + 1 if k < n and value[k] == ";" else k
                continue
            out.append("&")
            i += 1
            continue
        k = j
        while k < n and value[k] in _NAME_CHARS:
            k += 1
        name = value[j:k]
        if name in _NAMED_ENTITIES:
            out.append(_NAMED_ENTITIES[name])
            i = k + 1 if k < n and value[k] == ";" else k
            continue
        out.append("&")
        i += 1
    return "".join(out)


def json_encode(value):
    return json.dumps(value).replace("</", "<\\/")


def json_decode(value):
    if isinstance(value, bytes):
        value = value.decode("utf-8")
    return json.loads(value)


def squeeze(value):
    out = []
    in_space = False
    for c in value:
        if c <= " ":
            in_space = True
        else:
            if in_space and out:
                out.append(" ")
            in_space = False
            out.append(c)
    return "".join(out)


# A URL in xhtml-escaped text, for linkify: a scheme and one to three
# slashes, or "www."; then runs of characters that are not space, `&` or a
# parenthesis (the escapes &amp; and &quot; count as characters), each run
# ending on a character that is not punctuation, or parenthesized runs.
_URL_CHAR = r"(?:[^\s&()]|&amp;|&quot;)"
_URL_LAST_CHAR = r"""[^!"#$%&'()*+,.:;<=>?@\[\]^`{|}~\s]"""
_URL_PATTERN = r"\b((?:([\w-]+):(/{1,3})|www[.])(?:(?:%s*%s)|(?:\(%s*\)))+)" % (
    _URL_CHAR,
    _URL_LAST_CHAR,
    _URL_CHAR,
)
_url_re = None


def linkify(text, shorten=False, extra_params="", require_protocol=False, permitted_protocols=("http", "https")):
    """Escapes `text` as xhtml_escape does and turns the URLs in it into
    links. `shorten` clips long link texts (the full URL goes in a title),
    `extra_params` adds attributes to each <a> (a string, or a function of
    the href), `require_protocol` leaves www. links alone, and only URLs of
    `permitted_protocols` are linked."""
    if extra_params and not callable(extra_params):
        extra_params = " " + extra_params.strip()

    def make_link(m):
        url = m.group(1)
        proto = m.group(2)
        if require_protocol and not proto:
            return url
        if proto and proto not in permitted_protocols:
            return url
        href = url
        if not proto:
            href = "http://" + href
        if callable(extra_params):
            params = " " + extra_params(href).strip()
        else:
            params = extra_params
        max_len = 30
        if shorten and len(url) > max_len:
            before_clip = url
            if proto:
                proto_len = len(proto) + 1 + len(m.group(3) or "")
            else:
                proto_len = 0
            parts = url[proto_len:].split("/")
            if len(parts) > 1:
                # The host and the first path segment (up to 8 characters,
                # without query or extension).
                url = url[:proto_len] + parts[0] + "/" + parts[1][:8].split("?")[0].split(".")[0]
            if len(url) > max_len * 1.5:
                url = url[:max_len]
            if url != before_clip:
                amp = url.rfind("&")
                # Never cut inside an entity.
                if amp > max_len - 5:
                    url = url[:amp]
                url += "..."
                if len(url) >= len(before_clip):
                    url = before_clip
                else:
                    params += ' title="%s"' % href
        return '<a href="%s"%s>%s</a>' % (href, params, url)

    global _url_re
    if _url_re is None:
        import re

        _url_re = re.compile(_URL_PATTERN)
    text = to_unicode(xhtml_escape(text))
    return _url_re.sub(make_link, text)


def _unquote_to_bytes(s):
    """Percent-decoding to bytes (urllib.parse.unquote_to_bytes)."""
    return urllib.parse.unquote_to_bytes(s)


def url_escape(value, plus=True):
    if plus:
        return urllib.parse.quote_plus(value)
    return urllib.parse.quote(value)


def url_unescape(value, encoding="utf-8", plus=True):
    if encoding is None:
        if plus:
            value = to_basestring(value).replace("+", " ")
        return urllib.parse.unquote_to_bytes(value)
    if plus:
        return urllib.parse.unquote_plus(to_basestring(value), encoding=encoding)
    return urllib.parse.unquote(to_basestring(value), encoding=encoding)


def latin1_decode(value):
    """bytes -> str, one character per byte."""
    return value.decode("latin-1")


def latin1_encode(value):
    """str -> bytes, one byte per character below 256."""
    return value.encode("latin-1")


def parse_qs_bytes(qs, keep_blank_values=False, strict_parsing=False, max_num_fields=None):
    if isinstance(qs, bytes):
        qs = latin1_decode(qs)
    result = {}
    if not qs:
        return result
    if max_num_fields is not None and 1 + qs.count("&") > max_num_fields:
        raise ValueError("Max number of fields exceeded")
    for field in qs.split("&"):
        if not field and not strict_parsing:
            continue
        name, has_eq, value = field.partition("=")
        if not has_eq and strict_parsing:
            raise ValueError("bad query field: %r" % (field,))
        if value or keep_blank_values:
            key = latin1_decode(_unquote_latin1(name.replace("+", " ")))
            value = _unquote_latin1(value.replace("+", " "))
            if key in result:
                result[key].append(value)
            else:
                result[key] = [value]
    return result


def _unquote_latin1(s):
    """Percent-decodes a str whose characters stand for bytes."""
    if "%" not in s:
        return latin1_encode(s)
    return urllib.parse.unquote_to_bytes(latin1_encode(s))


def utf8(value):
    if value is None or isinstance(value, bytes):
        return value
    if not isinstance(value, str):
        raise TypeError("Expected bytes, unicode, or None; got %r" % type(value))
    return value.encode("utf-8")


def to_unicode(value):
    if value is None or isinstance(value, str):
        return value
    if not isinstance(value, bytes):
        raise TypeError("Expected bytes, unicode, or None; got %r" % type(value))
    return value.decode("utf-8")


_unicode = to_unicode
native_str = to_unicode
to_basestring = to_unicode


def recursive_unicode(obj):
    if isinstance(obj, dict):
        return {recursive_unicode(k): recursive_unicode(v) for (k, v) in obj.items()}
    if isinstance(obj, list):
        return list(recursive_unicode(i) for i in obj)
    if isinstance(obj, tuple):
        return tuple(recursive_unicode(i) for i in obj)
    if isinstance(obj, bytes):
        return to_unicode(obj)
    return obj
