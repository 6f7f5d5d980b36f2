"""email.header: Header, a header value made of chunks each in its own
charset, and decode_header/make_header for RFC 2047 encoded words.

whirl's Header.encode does not fold long lines: each line of the value
is kept, encoded words joined by spaces."""

import re
import binascii

import email.quoprimime
import email.base64mime
from email import charset as _charset
from email.errors import HeaderParseError

Charset = _charset.Charset

__all__ = ['Header', 'decode_header', 'make_header']

NL = '\n'
SPACE = ' '
BSPACE = b' '
SPACE8 = ' ' * 8
EMPTYSTRING = ''
MAXLINELEN = 78
FWS = ' \t'

USASCII = Charset('us-ascii')
UTF8 = Charset('utf-8')

# An encoded word: =?charset?Q-or-B?text?=
ecre = re.compile(r'=\?([^?]*?)\?([qQbB])\?(.*?)\?=', re.MULTILINE)
fcre = re.compile(r'[\041-\176]+:$')
_embedded_header = re.compile(r'\n[^ \t]+:')


def decode_header(header):
    """[(text, charset), ...] for the header's pieces: str with charset None
    when the header has no encoded words, else bytes (charset None for the
    unencoded pieces)."""
    if hasattr(header, '_chunks'):
        return [(_charset._encode(string, str(charset)), str(charset))
                for string, charset in header._chunks]
    if not ecre.search(header):
        return [(header, None)]
    # (text, encoding or None, charset or None)
    words = []
    for line in header.splitlines():
        parts = ecre.split(line)
        first = True
        while parts:
            plain = parts.pop(0)
            if first:
                plain = plain.lstrip()
                first = False
            if plain:
                words.append((plain, None, None))
            if parts:
                cs = parts.pop(0).lower()
                enc = parts.pop(0).lower()
                text = parts.pop(0)
                words.append((text, enc, cs))
    # Whitespace between two encoded words is not part of the text.
    keep = []
    for n, w in enumerate(words):
        if (0 < n < len(words) - 1 and w[1] is None and w[0].isspace()
                and words[n - 1][1] and words[n + 1][1]):
            continue
        keep.append(w)
    decoded = []
    for text, enc, cs in keep:
        if enc is None:
            decoded.append((text, cs))
        elif enc == 'q':
            word = email.quoprimime.header_decode(text)
            decoded.append((word.encode('raw-unicode-escape'), cs))
        else:
            pad = len(text) % 4
            if pad:
                text += '==='[:4 - pad]
            try:
                word = email.base64mime.decode(text)
            except binascii.Error:
                raise HeaderParseError('Base64 decoding error')
            decoded.append((word, cs))
    # Adjacent pieces in one charset make one.
    out = []
    last = last_cs = None
    for word, cs in decoded:
        if isinstance(word, str):
            word = bytes(word, 'raw-unicode-escape')
        if last is None:
            last, last_cs = word, cs
        elif cs != last_cs:
            out.append((last, last_cs))
            last, last_cs = word, cs
        elif last_cs is None:
            last += BSPACE + word
        else:
            last += word
    out.append((last, last_cs))
    return out


def make_header(decoded_seq, maxlinelen=None, header_name=None,
                continuation_ws=' '):
    """A Header from decode_header's list."""
    h = Header(maxlinelen=maxlinelen, header_name=header_name,
               continuation_ws=continuation_ws)
    for s, cs in decoded_seq:
        if cs is not None and not isinstance(cs, Charset):
            cs = Charset(cs)
        h.append(s, cs)
    return h


class Header:
    def __init__(self, s=None, charset=None, maxlinelen=None,
                 header_name=None, continuation_ws=' ', errors='strict'):
        if charset is None:
            charset = USASCII
        elif not isinstance(charset, Charset):
            charset = Charset(charset)
        self._charset = charset
        self._continuation_ws = continuation_ws
        self._chunks = []
        if s is not None:
            self.append(s, charset, errors)
        if maxlinelen is None:
            maxlinelen = MAXLINELEN
        self._maxlinelen = maxlinelen
        self._headerlen = 0 if header_name is None else len(header_name) + 2

    @staticmethod
    def _nonctext(s):
        return s.isspace() or s in ('(', ')', '\\')

    def __str__(self):
        """The text, chunks joined with a space where an encoded chunk
        meets another chunk without whitespace between."""
        self._normalize()
        pieces = []
        lastcs = None
        lastspace = None
        for string, cs in self._chunks:
            nextcs = cs
            if nextcs == _charset.UNKNOWN8BIT:
                string = string.encode('ascii', 'surrogateescape') \
                    .decode('ascii', 'replace')
            if pieces:
                hasspace = string and self._nonctext(string[0])
                if lastcs not in (None, 'us-ascii'):
                    if nextcs in (None, 'us-ascii') and not hasspace:
                        pieces.append(SPACE)
                        nextcs = None
                elif nextcs not in (None, 'us-ascii') and not lastspace:
                    pieces.append(SPACE)
            lastspace = string and self._nonctext(string[-1])
            lastcs = nextcs
            pieces.append(string)
        return EMPTYSTRING.join(pieces)

    def __eq__(self, other):
        return other == str(self)

    __hash__ = None

    def append(self, s, charset=None, errors='strict'):
        """Adds text in a charset (bytes are decoded with it; text the
        us-ascii charset cannot carry switches to utf-8)."""
        if charset is None:
            charset = self._charset
        elif not isinstance(charset, Charset):
            charset = Charset(charset)
        if not isinstance(s, str):
            codec = charset.input_codec or 'us-ascii'
            if codec == _charset.UNKNOWN8BIT:
                s = s.decode('us-ascii', 'surrogateescape')
            else:
                s = s.decode(codec, errors)
        out_codec = charset.output_codec or 'us-ascii'
        if out_codec != _charset.UNKNOWN8BIT:
            try:
                s.encode(out_codec, errors)
            except UnicodeEncodeError:
                if out_codec != 'us-ascii':
                    raise
                charset = UTF8
        self._chunks.append((s, charset))

    def encode(self, splitchars=';, \t', maxlinelen=None, linesep='\n'):
        """The header for the wire: ASCII chunks as they are, others as
        encoded words."""
        self._normalize()
        pieces = []
        for string, cs in self._chunks:
            if cs is None or cs.header_encoding is None:
                pieces.append(string)
            else:
                words = [cs.header_encode(line) for line in string.split('\n')]
                pieces.append(SPACE.join(w for w in words if w))
        value = EMPTYSTRING.join(pieces[:1])
        for p in pieces[1:]:
            if value and not value[-1].isspace() and p and not p[0].isspace():
                value += SPACE
            value += p
        lines = value.splitlines()
        if len(lines) > 1:
            value = linesep.join(lines)
        if _embedded_header.search(value):
            raise HeaderParseError("header value appears to contain "
                                   "an embedded header: {!r}".format(value))
        return value

    def _normalize(self):
        # Adjacent chunks in one charset become one, joined by a space.
        chunks = []
        last_cs = None
        last = []
        for string, cs in self._chunks:
            if cs == last_cs:
                last.append(string)
            else:
                if last_cs is not None:
                    chunks.append((SPACE.join(last), last_cs))
                last = [string]
                last_cs = cs
        if last:
            chunks.append((SPACE.join(last), last_cs))
        self._chunks = chunks
