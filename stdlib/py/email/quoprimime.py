"""email.quoprimime: the quoted-printable transfer encoding of RFC 2045
(bodies) and the "Q" encoding of RFC 2047 (encoded words in headers),
on str holding one character per octet."""

import re

__all__ = ['body_decode', 'body_encode', 'body_length', 'decode',
           'decodestring', 'header_decode', 'header_encode', 'header_length',
           'quote', 'unquote']

_HEX = '0123456789ABCDEF'
_HEXDIGITS = frozenset('0123456789abcdefABCDEF')

# Octets a header's encoded word may carry as themselves (RFC 2047 5.3),
# and octets a body line may carry as themselves (printable ASCII and tab,
# but not '=').
_HEADER_SAFE = frozenset(b'abcdefghijklmnopqrstuvwxyz'
                         b'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                         b'0123456789!*+-/')
_BODY_SAFE = frozenset([9] + [o for o in range(32, 127) if o != 61])


def header_check(octet):
    """True when the octet must be encoded in a header's encoded word."""
    return octet not in _HEADER_SAFE


def body_check(octet):
    """True when the octet must be encoded in a body."""
    return octet not in _BODY_SAFE


def header_length(bytearray):
    """The length of the Q encoding of the octets, without the RFC 2047
    chrome (=?charset?q?...?=)."""
    n = 0
    for o in bytearray:
        n += 1 if (o in _HEADER_SAFE or o == 32) else 3
    return n


def body_length(bytearray):
    """The length of the quoted-printable encoding of the octets."""
    n = 0
    for o in bytearray:
        n += 1 if o in _BODY_SAFE else 3
    return n


def quote(c):
    return '=%02X' % ord(c)


def unquote(s):
    return chr(int(s[1:3], 16))


def header_encode(header_bytes, charset='iso-8859-1'):
    """An RFC 2047 encoded word in the Q encoding for the octets."""
    if not header_bytes:
        return ''
    out = []
    for o in header_bytes:
        if o in _HEADER_SAFE:
            out.append(chr(o))
        elif o == 32:
            out.append('_')
        else:
            out.append('=' + _HEX[o >> 4] + _HEX[o & 15])
    return '=?%s?q?%s?=' % (charset, ''.join(out))


def _body_quote(body):
    # Every character a body cannot carry becomes its =XX escape, except
    # CR and LF (the line structure) and characters beyond Latin-1 (left
    # alone, as CPython does).
    out = []
    for c in body:
        o = ord(c)
        if o < 256 and o not in _BODY_SAFE and c not in '\r\n':
            out.append('=' + _HEX[o >> 4] + _HEX[o & 15])
        else:
            out.append(c)
    return ''.join(out)


def _body_tokens(line):
    # A quoted line as its units: an =XX escape or one character.
    toks = []
    i = 0
    n = len(line)
    while i < n:
        if line[i] == '=':
            toks.append(line[i:i + 3])
            i += 3
        else:
            toks.append(line[i])
            i += 1
    return toks


def body_encode(body, maxlinelen=76, eol='\n'):
    """Quoted-printable encoding of a str of octets; physical lines are at
    most maxlinelen long (soft breaks '=' included) and end with eol."""
    if maxlinelen < 4:
        raise ValueError("maxlinelen must be at least 4")
    if not body:
        return body
    soft = '=' + eol
    out = []
    for line in _body_quote(body).splitlines():
        toks = _body_tokens(line)
        trailing = None
        if toks and toks[-1] in (' ', '\t'):
            trailing = toks.pop()
        cur = ''
        pieces = []
        for i, t in enumerate(toks):
            last = i == len(toks) - 1 and trailing is None
            limit = maxlinelen if last else maxlinelen - 1
            if cur and len(cur) + len(t) > limit:
                pieces.append(cur + '=')
                cur = ''
            cur += t
        if trailing is not None:
            q = quote(trailing)
            if len(cur) + len(q) <= maxlinelen:
                cur += q
            elif len(cur) + 2 <= maxlinelen:
                # The whitespace itself, protected by a soft break.
                pieces.append(cur + trailing + '=')
                cur = ''
            else:
                pieces.append(cur + '=')
                cur = q
        pieces.append(cur)
        out.append(eol.join(pieces))
    if body[-1] in '\r\n':
        out.append('')
    return eol.join(out)


def decode(encoded, eol='\n'):
    """Decodes quoted-printable text; lines end with eol in the result."""
    if not encoded:
        return encoded
    parts = []
    for line in encoded.splitlines():
        line = line.rstrip()
        n = len(line)
        i = 0
        soft_break = False
        while i < n:
            c = line[i]
            if c == '=':
                if i + 1 == n:
                    soft_break = True
                    i += 1
                    continue
                if i + 2 < n and line[i + 1] in _HEXDIGITS \
                        and line[i + 2] in _HEXDIGITS:
                    parts.append(chr(int(line[i + 1:i + 3], 16)))
                    i += 3
                    continue
            parts.append(c)
            i += 1
        if not soft_break:
            parts.append(eol)
    decoded = ''.join(parts)
    if encoded[-1] not in '\r\n' and decoded.endswith(eol):
        # Only the eol's last character goes, as in CPython.
        decoded = decoded[:-1]
    return decoded


body_decode = decode
decodestring = decode

_Q_ESCAPE = re.compile(r'=[a-fA-F0-9]{2}', re.ASCII)


def header_decode(s):
    """Decodes the text of a Q-encoded word ('_' is a space)."""
    s = s.replace('_', ' ')
    return _Q_ESCAPE.sub(lambda m: chr(int(m.group(0)[1:], 16)), s)
