"""email.header: Header, a header value made of chunks each in its own
charset, and decode_header/make_header for RFC 2047 encoded words.

Header.encode folds the value the compat32 way: plain text is broken
at whitespace or after one of the caller's split characters (the first of
them that gives a break wins), text in a charset with a header encoding
becomes encoded words sized to the lines. This is a different folder from
email._refold, which folds the token trees of the modern policies: compat32
has no parse of the value, only its text and splitchars."""

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
        """The header for the wire, folded to lines of at most maxlinelen
        (0: no folding; default: the Header's) joined by linesep: plain
        chunks broken at whitespace or after a character of splitchars,
        the others as RFC 2047 encoded words."""
        self._normalize()
        if maxlinelen is None:
            maxlinelen = self._maxlinelen
        if maxlinelen == 0:
            maxlinelen = 1000000
        lines = _LineFolder(self._headerlen, maxlinelen,
                            self._continuation_ws, splitchars)
        prev_cs = None
        prev_ends_blank = None
        for n, (string, cs) in enumerate(self._chunks):
            if n:
                # Where an encoded chunk meets another chunk, a blank must
                # separate them (unless the text brings one).
                starts_blank = bool(string) and self._nonctext(string[0])
                if prev_cs not in (None, 'us-ascii'):
                    if not starts_blank or cs not in (None, 'us-ascii'):
                        lines.add_transition()
                elif cs not in (None, 'us-ascii') and not prev_ends_blank:
                    lines.add_transition()
            prev_ends_blank = bool(string) and self._nonctext(string[-1])
            prev_cs = cs
            parts = string.splitlines()
            lines.feed('', parts[0] if parts else '', cs)
            for part in parts[1:]:
                # A line break in the value: the next line keeps its own
                # indentation (plain text) or the continuation blank.
                lines.newline()
                if cs.header_encoding is not None:
                    lines.feed(self._continuation_ws, ' ' + part.lstrip(), cs)
                else:
                    text = part.lstrip()
                    lines.feed(part[:len(part) - len(text)], text, cs)
            if len(parts) > 1:
                lines.newline()
        if self._chunks:
            lines.add_transition()
        value = lines.joined(linesep)
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


_wsp_run = re.compile('([' + FWS + ']+)')
# A blank that only marks where two chunks meet; dropped at a line's end.
_TRANSITION = (' ', '')


class _LineFolder:
    """Builds the folded lines of Header.encode. The line being filled is a
    list of (blank, text) pieces: a line may break only before a piece, and
    the piece's blank then starts the continuation line. The first line
    starts out holding the header name's room (lead)."""

    def __init__(self, lead, maxlen, continuation_ws, splitchars):
        self.maxlen = maxlen
        self.continuation_ws = continuation_ws
        self.splitchars = splitchars
        self.lines = []
        self.pieces = []
        self.lead = lead
        # lead plus the length of the pieces, kept up to date (summing the
        # pieces at each word would make unfolded values quadratic).
        self.width = lead

    def _width(self):
        return self.width

    def _push(self, blank, text):
        self.pieces.append((blank, text))
        self.width += len(blank) + len(text)

    def _pop(self):
        blank, text = self.pieces.pop()
        self.width -= len(blank) + len(text)
        return blank, text

    def _restart(self, pieces):
        """Start a continuation line holding pieces."""
        self.pieces = pieces
        self.lead = 0
        self.width = sum(len(b) + len(t) for b, t in pieces)

    def _text(self):
        return ''.join(blank + text for blank, text in self.pieces)

    def joined(self, linesep):
        self.newline()
        return linesep.join(self.lines)

    def newline(self):
        """End the current line (a pending transition blank is dropped; a
        line of nothing but blanks is added to the one before it)."""
        if self.pieces and self.pieces[-1] == _TRANSITION:
            self._pop()
        if self._width() > 0:
            text = self._text()
            if self.lead == 0 and text.isspace() and self.lines:
                self.lines[-1] += text
            else:
                self.lines.append(text)
        self._restart([])

    def add_transition(self):
        self._push(*_TRANSITION)

    def feed(self, blank, text, cs):
        if cs.header_encoding is None:
            # Plain text: one piece a word, with the blanks before it.
            parts = _wsp_run.split(blank + text)
            if parts[0]:
                parts.insert(0, '')
            else:
                del parts[0]
            for k in range(0, len(parts) - 1, 2):
                self._add(parts[k], parts[k + 1])
            return
        words = cs.header_encode_lines(text, self._room())
        # None: not even one character fitted on this line.
        if words[0] is not None:
            self._add(blank, words[0])
        for word in words[1:]:
            self.newline()
            self._push(self.continuation_ws, word)

    def _room(self):
        # The room for encoded text on this line, then on each next one.
        yield self.maxlen - self._width()
        while True:
            yield self.maxlen - len(self.continuation_ws)

    def _add(self, blank, text):
        self._push(blank, text)
        if self._width() <= self.maxlen:
            return
        at = self._break_point()
        if at is None:
            # Nowhere to break: the piece overflows its line, except that
            # it may leave the header name's line for one of its own.
            blank, text = self._pop()
            if self.lead > 0:
                self.newline()
                blank = blank or ' '
            self._push(blank, text)
            return
        self.lines.append(''.join(b + t for b, t in self.pieces[:at]))
        self._restart(self.pieces[at:])

    def _break_point(self):
        """The index of the last piece the line may break before: after
        the first of splitchars that allows a break anywhere (a blank one
        starting a piece's blank, any one ending the piece before)."""
        for ch in self.splitchars:
            for at in range(len(self.pieces) - 1, 0, -1):
                if ch.isspace() and self.pieces[at][0][:1] == ch:
                    return at
                if self.pieces[at - 1][1][-1:] == ch:
                    return at
        return None
