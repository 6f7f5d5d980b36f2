"""email.charset: what a character set needs to travel in a message: how
its headers and bodies are transfer-encoded (quoted-printable, base64 or
not at all) and which charset goes on the wire."""

from functools import partial

import email.base64mime
import email.quoprimime
from email import errors
from email.encoders import encode_7or8bit

__all__ = ['Charset', 'add_alias', 'add_charset', 'add_codec']

QP = 1          # quoted-printable
BASE64 = 2      # base64
SHORTEST = 3    # whichever of the two is shorter (headers only)

RFC2047_CHROME_LEN = 7
DEFAULT_CHARSET = 'us-ascii'
UNKNOWN8BIT = 'unknown-8bit'
EMPTYSTRING = ''

# charset: (header encoding, body encoding, charset to convert to)
CHARSETS = {
    'iso-8859-1': (QP, QP, None),
    'iso-8859-2': (QP, QP, None),
    'iso-8859-3': (QP, QP, None),
    'iso-8859-4': (QP, QP, None),
    'iso-8859-9': (QP, QP, None),
    'iso-8859-10': (QP, QP, None),
    'iso-8859-13': (QP, QP, None),
    'iso-8859-14': (QP, QP, None),
    'iso-8859-15': (QP, QP, None),
    'iso-8859-16': (QP, QP, None),
    'windows-1252': (QP, QP, None),
    'viscii': (QP, QP, None),
    'us-ascii': (None, None, None),
    'big5': (BASE64, BASE64, None),
    'gb2312': (BASE64, BASE64, None),
    'euc-jp': (BASE64, None, 'iso-2022-jp'),
    'shift_jis': (BASE64, None, 'iso-2022-jp'),
    'iso-2022-jp': (BASE64, None, None),
    'koi8-r': (BASE64, BASE64, None),
    'utf-8': (SHORTEST, BASE64, 'utf-8'),
}

# Other spellings of the names above.
ALIASES = {
    'latin_1': 'iso-8859-1', 'latin-1': 'iso-8859-1',
    'latin_2': 'iso-8859-2', 'latin-2': 'iso-8859-2',
    'latin_3': 'iso-8859-3', 'latin-3': 'iso-8859-3',
    'latin_4': 'iso-8859-4', 'latin-4': 'iso-8859-4',
    'latin_5': 'iso-8859-9', 'latin-5': 'iso-8859-9',
    'latin_6': 'iso-8859-10', 'latin-6': 'iso-8859-10',
    'latin_7': 'iso-8859-13', 'latin-7': 'iso-8859-13',
    'latin_8': 'iso-8859-14', 'latin-8': 'iso-8859-14',
    'latin_9': 'iso-8859-15', 'latin-9': 'iso-8859-15',
    'latin_10': 'iso-8859-16', 'latin-10': 'iso-8859-16',
    'cp949': 'ks_c_5601-1987',
    'euc_jp': 'euc-jp',
    'euc_kr': 'euc-kr',
    'ascii': 'us-ascii',
}

# Charset names whose Python codec is spelled differently (None: the text
# needs no conversion).
CODEC_MAP = {
    'gb2312': 'eucgb2312_cn',
    'big5': 'big5_tw',
    'us-ascii': None,
}


def add_charset(charset, header_enc=None, body_enc=None, output_charset=None):
    """Registers how a charset is encoded in headers and bodies."""
    if body_enc == SHORTEST:
        raise ValueError('SHORTEST not allowed for body_enc')
    CHARSETS[charset] = (header_enc, body_enc, output_charset)


def add_alias(alias, canonical):
    ALIASES[alias] = canonical


def add_codec(charset, codecname):
    CODEC_MAP[charset] = codecname


def _encode(string, codec):
    if codec == UNKNOWN8BIT:
        return string.encode('ascii', 'surrogateescape')
    return string.encode(codec)


class Charset:
    """A character set and its encodings: input_charset (the name given,
    canonical and lowercase), header_encoding and body_encoding (QP, BASE64,
    SHORTEST or None), output_charset, input_codec and output_codec."""

    def __init__(self, input_charset=DEFAULT_CHARSET):
        try:
            if isinstance(input_charset, str):
                input_charset.encode('ascii')
            else:
                input_charset = str(input_charset, 'ascii')
        except UnicodeError:
            raise errors.CharsetError(input_charset)
        input_charset = input_charset.lower()
        self.input_charset = ALIASES.get(input_charset, input_charset)
        henc, benc, conv = CHARSETS.get(self.input_charset,
                                        (SHORTEST, BASE64, None))
        if not conv:
            conv = self.input_charset
        self.header_encoding = henc
        self.body_encoding = benc
        self.output_charset = ALIASES.get(conv, conv)
        self.input_codec = CODEC_MAP.get(self.input_charset,
                                         self.input_charset)
        self.output_codec = CODEC_MAP.get(self.output_charset,
                                          self.output_charset)

    def __repr__(self):
        return self.input_charset.lower()

    __str__ = __repr__

    def __eq__(self, other):
        return str(self) == str(other).lower()

    def __hash__(self):
        return hash(str(self))

    def get_body_encoding(self):
        """'quoted-printable', 'base64', or the function encode_7or8bit."""
        assert self.body_encoding != SHORTEST
        if self.body_encoding == QP:
            return 'quoted-printable'
        if self.body_encoding == BASE64:
            return 'base64'
        return encode_7or8bit

    def get_output_charset(self):
        return self.output_charset or self.input_charset

    def _encoder_for(self, header_bytes):
        if self.header_encoding == BASE64:
            return email.base64mime
        if self.header_encoding == QP:
            return email.quoprimime
        if self.header_encoding == SHORTEST:
            b = email.base64mime.header_length(header_bytes)
            q = email.quoprimime.header_length(header_bytes)
            return email.base64mime if b < q else email.quoprimime
        return None

    def header_encode(self, string):
        """The string as one RFC 2047 encoded word (or unchanged when this
        charset needs no header encoding)."""
        codec = self.output_codec or 'us-ascii'
        header_bytes = _encode(string, codec)
        enc = self._encoder_for(header_bytes)
        if enc is None:
            return string
        return enc.header_encode(header_bytes, codec)

    def header_encode_lines(self, string, maxlengths):
        """The string as encoded words, one a line, each no longer than the
        next length maxlengths yields."""
        codec = self.output_codec or 'us-ascii'
        header_bytes = _encode(string, codec)
        enc = self._encoder_for(header_bytes)
        encoder = partial(enc.header_encode, charset=codec)
        charset = self.get_output_charset()
        extra = len(charset) + RFC2047_CHROME_LEN
        lines = []
        current = []
        maxlen = next(maxlengths) - extra
        for ch in string:
            current.append(ch)
            piece = EMPTYSTRING.join(current)
            if enc.header_length(_encode(piece, charset)) > maxlen:
                current.pop()
                if not lines and not current:
                    lines.append(None)
                else:
                    lines.append(encoder(_encode(EMPTYSTRING.join(current),
                                                 codec)))
                current = [ch]
                maxlen = next(maxlengths) - extra
        lines.append(encoder(_encode(EMPTYSTRING.join(current), codec)))
        return lines

    def body_encode(self, string):
        """The body transfer-encoded for this charset (str in, str out)."""
        if not string:
            return string
        if self.body_encoding is BASE64:
            if isinstance(string, str):
                string = string.encode(self.output_charset)
            return email.base64mime.body_encode(string)
        if self.body_encoding is QP:
            if isinstance(string, str):
                string = string.encode(self.output_charset)
            return email.quoprimime.body_encode(string.decode('latin1'))
        if isinstance(string, str):
            string = string.encode(self.output_charset).decode('ascii')
        return string
