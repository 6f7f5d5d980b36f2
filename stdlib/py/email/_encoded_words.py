"""email._encoded_words: RFC 2047 encoded words, '=?charset*lang?q?text?='
and '=?charset?b?base64?=', decoded with the defects a reader should know
about, and encoded with whichever of q and b is (nearly) shorter."""

import binascii
import string

from email import errors

__all__ = ['decode_q', 'encode_q', 'decode_b', 'encode_b', 'len_q',
           'len_b', 'decode', 'encode']


# The q encoding (RFC 2047 4.2): '_' is a space, '=XX' a byte.

def decode_q(encoded):
    """(bytes, defects) of q-encoded bytes."""
    encoded = encoded.replace(b'_', b' ')
    out = bytearray()
    i = 0
    n = len(encoded)
    hexdigits = b'0123456789abcdefABCDEF'
    while i < n:
        b = encoded[i]
        if b == 0x3d and i + 2 < n and encoded[i + 1] in hexdigits \
                and encoded[i + 2] in hexdigits:
            out.append(int(encoded[i + 1:i + 3], 16))
            i += 3
            continue
        out.append(b)
        i += 1
    return bytes(out), []


# Bytes a q-encoded word may carry as they are (RFC 2047 5(3)).
_Q_SAFE = frozenset((string.ascii_letters + string.digits + '-!*+/')
                    .encode('ascii'))


def _q_byte(b):
    if b in _Q_SAFE:
        return chr(b)
    if b == 0x20:
        return '_'
    return '=%02X' % b


def encode_q(bstring):
    return ''.join(_q_byte(b) for b in bstring)


def len_q(bstring):
    return sum(1 if b in _Q_SAFE or b == 0x20 else 3 for b in bstring)


# The b encoding: base64, read leniently.

_B64_ALPHABET = frozenset((string.ascii_letters + string.digits + '+/')
                          .encode('ascii'))


def decode_b(encoded):
    """(bytes, defects) of base64 bytes: characters outside the alphabet,
    and '=' before the end, are dropped (InvalidBase64CharactersDefect);
    missing padding is supplied (InvalidBase64PaddingDefect); a length no
    padding can fix leaves the input as it is (InvalidBase64LengthDefect)."""
    defects = []
    kept = bytes(b for b in encoded if b in _B64_ALPHABET or b == 0x3d)
    data = kept.replace(b'=', b'')
    if len(kept) != len(encoded) or b'=' in kept.rstrip(b'='):
        defects.append(errors.InvalidBase64CharactersDefect())
    rest = len(data) % 4
    if rest == 1:
        return encoded, [errors.InvalidBase64LengthDefect()]
    needed = (4 - rest) % 4
    if len(kept) - len(kept.rstrip(b'=')) < needed:
        defects.append(errors.InvalidBase64PaddingDefect())
    return binascii.a2b_base64(data + b'=' * needed), defects


def encode_b(bstring):
    return binascii.b2a_base64(bstring, newline=False).decode('ascii')


def len_b(bstring):
    groups, leftover = divmod(len(bstring), 3)
    return groups * 4 + (4 if leftover else 0)


_DECODERS = {'q': decode_q, 'b': decode_b}
_ENCODERS = {'q': encode_q, 'b': encode_b}


def decode(ew):
    """(text, charset, lang, defects) of one encoded word. Bytes the
    charset cannot decode, or an unknown charset, give surrogate-escaped
    text and a defect; a malformed word raises ValueError, an unknown
    encoding KeyError."""
    _, charset, cte, payload, _ = ew.split('?')
    charset, _, lang = charset.partition('*')
    raw, defects = _DECODERS[cte.lower()](
        payload.encode('ascii', 'surrogateescape'))
    try:
        if not charset.isascii():
            # No codec has such a name (and a lookup must not guess one).
            raise LookupError(charset)
        text = raw.decode(charset)
    except UnicodeDecodeError:
        defects.append(errors.UndecodableBytesDefect(
            "Encoded word contains bytes not decodable using {!r} "
            "charset".format(charset)))
        text = raw.decode(charset, 'surrogateescape')
    except (LookupError, UnicodeEncodeError):
        text = raw.decode('ascii', 'surrogateescape')
        if charset.lower() != 'unknown-8bit':
            defects.append(errors.CharsetError(
                "Unknown charset {!r} in encoded word; decoded as unknown "
                "bytes".format(charset)))
    return text, charset, lang, defects


def encode(string, charset='utf-8', encoding=None, lang=''):
    """string as one encoded word; without an encoding, q unless it is
    five or more characters longer than b."""
    if charset == 'unknown-8bit':
        raw = string.encode('ascii', 'surrogateescape')
    else:
        raw = string.encode(charset)
    if encoding is None:
        encoding = 'q' if len_q(raw) - len_b(raw) < 5 else 'b'
    if lang:
        lang = '*' + lang
    return "=?{}{}?{}?{}?=".format(charset, lang, encoding,
                                   _ENCODERS[encoding](raw))
