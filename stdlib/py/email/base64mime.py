"""email.base64mime: the base64 transfer encoding of RFC 2045 for bodies
and the "B" encoding of RFC 2047 for headers' encoded words."""

from base64 import b64encode
from binascii import b2a_base64, a2b_base64

__all__ = ['body_decode', 'body_encode', 'decode', 'decodestring',
           'header_encode', 'header_length']


def header_length(bytearray):
    """The length of the base64 encoding of the octets."""
    groups, rest = divmod(len(bytearray), 3)
    return groups * 4 + (4 if rest else 0)


def header_encode(header_bytes, charset='iso-8859-1'):
    """An RFC 2047 encoded word in the B encoding (a str is first encoded
    with charset)."""
    if not header_bytes:
        return ""
    if isinstance(header_bytes, str):
        header_bytes = header_bytes.encode(charset)
    return '=?%s?b?%s?=' % (charset, b64encode(header_bytes).decode("ascii"))


def body_encode(s, maxlinelen=76, eol='\n'):
    """Base64 of the octets in lines of at most maxlinelen characters,
    each ending with eol."""
    if not s:
        return ""
    # Octets per line (a maxlinelen below 2 makes range() complain, as in
    # CPython).
    per_line = maxlinelen * 3 // 4
    lines = []
    for i in range(0, len(s), per_line):
        enc = b2a_base64(s[i:i + per_line]).decode("ascii")
        if enc.endswith('\n') and eol != '\n':
            enc = enc[:-1] + eol
        lines.append(enc)
    return ''.join(lines)


def decode(string):
    """The octets of a base64 str or bytes (b'' for an empty input)."""
    if not string:
        return bytes()
    if isinstance(string, str):
        return a2b_base64(string.encode('raw-unicode-escape'))
    return a2b_base64(string)


body_decode = decode
decodestring = decode
