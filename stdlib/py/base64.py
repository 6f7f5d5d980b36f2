"""base64: Base64 encoding and decoding of bytes (RFC 4648), as CPython's
b64encode/b64decode and their urlsafe and standard variants."""

_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


class Error(ValueError):
    pass


def _bytes_of(s):
    if isinstance(s, str):
        if not s.isascii():
            raise ValueError("string argument should contain only ASCII characters")
        return s.encode("ascii")
    if isinstance(s, bytes):
        return s
    try:
        return bytes(s)
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)


def b64encode(s, altchars=None):
    data = list(_bytes_of(s))
    alphabet = list(_ALPHABET)
    if altchars is not None:
        alt = list(_bytes_of(altchars))
        alphabet[62] = alt[0]
        alphabet[63] = alt[1]
    out = []
    n = len(data)
    i = 0
    while i + 3 <= n:
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out.append(alphabet[v >> 18])
        out.append(alphabet[(v >> 12) & 63])
        out.append(alphabet[(v >> 6) & 63])
        out.append(alphabet[v & 63])
        i += 3
    rest = n - i
    if rest == 1:
        v = data[i] << 16
        out.extend([alphabet[v >> 18], alphabet[(v >> 12) & 63], 61, 61])
    elif rest == 2:
        v = (data[i] << 16) | (data[i + 1] << 8)
        out.extend([alphabet[v >> 18], alphabet[(v >> 12) & 63], alphabet[(v >> 6) & 63], 61])
    return bytes(out)


def b64decode(s, altchars=None, validate=False):
    data = list(_bytes_of(s))
    values = {}
    for i, c in enumerate(_ALPHABET):
        values[c] = i
    if altchars is not None:
        alt = list(_bytes_of(altchars))
        del values[43]
        del values[47]
        values[alt[0]] = 62
        values[alt[1]] = 63
    bits = 0
    nbits = 0
    out = []
    count = 0
    padding = 0
    for c in data:
        if c == 61:
            padding += 1
            continue
        if c not in values:
            if validate:
                raise Error("Non-base64 digit found")
            continue
        if padding:
            if validate:
                raise Error("Non-base64 digit found")
            continue
        bits = (bits << 6) | values[c]
        nbits += 6
        count += 1
        if nbits >= 8:
            nbits -= 8
            out.append((bits >> nbits) & 255)
            bits &= (1 << nbits) - 1
    if count % 4 == 1:
        raise Error("Invalid base64-encoded string: number of data characters (%d) cannot be "
                    "1 more than a multiple of 4" % count)
    if count % 4 and (count + padding) % 4:
        raise Error("Incorrect padding")
    return bytes(out)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s, b"-_")


def urlsafe_b64decode(s):
    return b64decode(s, b"-_")


def encodebytes(s):
    encoded = b64encode(s)
    lines = []
    for i in range(0, len(encoded), 76):
        lines.append(encoded[i:i + 76] + b"\n")
    out = b""
    for line in lines:
        out = out + line
    return out


def decodebytes(s):
    return b64decode(s)
