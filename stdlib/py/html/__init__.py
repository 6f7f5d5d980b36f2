"""html: escaping text for HTML, and turning character references back
into the characters they name (the HTML standard's rules, including its
repairs of malformed numeric references)."""

import re as _re

__all__ = ["escape", "unescape"]


def escape(s, quote=True):
    """`s` with &, < and > replaced by references, and with quote true also
    " and ', so that the result is safe inside an attribute value."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace("'", "&#x27;")
    return s


# What a numeric reference to one of these code points means instead: the
# standard reads 0x80-0x9F as windows-1252 (the five it leaves undefined
# stand for themselves), NUL as U+FFFD and CR as itself.
_NUMERIC_REPAIRS = {0x00: "\ufffd", 0x0D: "\r"}
for _i, _c in enumerate(
    "\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f"
    "\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178"
):
    _NUMERIC_REPAIRS[0x80 + _i] = _c
del _i, _c


def _dropped_codepoint(n):
    """Code points a numeric reference may not produce: controls and
    noncharacters, which are removed."""
    return (
        0x01 <= n <= 0x08
        or n == 0x0B
        or 0x0E <= n <= 0x1F
        or 0x7F <= n <= 0x9F
        or 0xFDD0 <= n <= 0xFDEF
        or (n & 0xFFFE) == 0xFFFE
    )


_html5 = None


def _replace_reference(match):
    global _html5
    ref = match.group(1)
    if ref[0] == "#":
        if ref[1] in "xX":
            n = int(ref[2:].rstrip(";"), 16)
        else:
            n = int(ref[1:].rstrip(";"))
        if n in _NUMERIC_REPAIRS:
            return _NUMERIC_REPAIRS[n]
        if 0xD800 <= n <= 0xDFFF or n > 0x10FFFF:
            return "\ufffd"
        if _dropped_codepoint(n):
            return ""
        return chr(n)
    if _html5 is None:
        from html.entities import html5

        _html5 = html5
    if ref in _html5:
        return _html5[ref]
    # A name without its ';': the longest legacy name it starts with.
    for end in range(len(ref) - 1, 1, -1):
        head = ref[:end]
        if head in _html5:
            return _html5[head] + ref[end:]
    return "&" + ref


_REFERENCE = _re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")


def unescape(s):
    """`s` with every named and numeric character reference (&gt;, &#62;,
    &#x3e;) replaced by the character it stands for."""
    if "&" not in s:
        return s
    return _REFERENCE.sub(_replace_reference, s)
