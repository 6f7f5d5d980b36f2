"""The punycode codec (RFC 3492): Unicode text as the letters, digits and
hyphen of a DNS label, as IDNA uses it (whirl's own)."""

import codecs

_BASE, _TMIN, _TMAX, _SKEW, _DAMP = 36, 1, 26, 38, 700
_INITIAL_BIAS, _INITIAL_N = 72, 128
_DIGITS = b"abcdefghijklmnopqrstuvwxyz0123456789"


def _adapt(delta, points, first):
    delta = delta // _DAMP if first else delta // 2
    delta += delta // points
    k = 0
    while delta > ((_BASE - _TMIN) * _TMAX) // 2:
        delta //= _BASE - _TMIN
        k += _BASE
    return k + (_BASE - _TMIN + 1) * delta // (delta + _SKEW)


def _threshold(k, bias):
    if k <= bias:
        return _TMIN
    if k >= bias + _TMAX:
        return _TMAX
    return k - bias


def punycode_encode(text):
    out = bytearray(ord(c) for c in text if ord(c) < 128)
    basic = len(out)
    if basic:
        out += b"-"
    n, delta, bias, handled = _INITIAL_N, 0, _INITIAL_BIAS, basic
    codes = [ord(c) for c in text]
    while handled < len(codes):
        m = min(c for c in codes if c >= n)
        delta += (m - n) * (handled + 1)
        n = m
        for c in codes:
            if c < n:
                delta += 1
            elif c == n:
                q, k = delta, _BASE
                while True:
                    t = _threshold(k, bias)
                    if q < t:
                        break
                    out.append(_DIGITS[t + (q - t) % (_BASE - t)])
                    q = (q - t) // (_BASE - t)
                    k += _BASE
                out.append(_DIGITS[q])
                bias = _adapt(delta, handled + 1, handled == basic)
                delta = 0
                handled += 1
        delta += 1
        n += 1
    return bytes(out)


def _digit_value(c):
    if "A" <= c <= "Z":
        return ord(c) - ord("A")
    if "0" <= c <= "9":
        return ord(c) - ord("0") + 26
    return None


def punycode_decode(data, errors="strict"):
    if isinstance(data, str):
        data = data.encode("ascii")
    if isinstance(data, memoryview):
        data = bytes(data)
    cut = data.rfind(b"-")
    if cut == -1:
        output, extended = [], str(data, "ascii").upper()
    else:
        output = list(str(data[:cut], "ascii", errors))
        extended = str(data[cut + 1 :], "ascii").upper()
    n, i, bias, pos = _INITIAL_N, 0, _INITIAL_BIAS, 0
    while pos < len(extended):
        old_i, w, k = i, 1, _BASE
        while True:
            if pos >= len(extended):
                if errors == "strict":
                    raise UnicodeError("incomplete punicode string")
                return "".join(output)
            c = extended[pos]
            pos += 1
            digit = _digit_value(c)
            if digit is None:
                if errors == "strict":
                    raise UnicodeError("Invalid extended code point '%s'" % c)
                return "".join(output)
            i += digit * w
            t = _threshold(k, bias)
            if digit < t:
                break
            w *= _BASE - t
            k += _BASE
        bias = _adapt(i - old_i, len(output) + 1, old_i == 0)
        n += i // (len(output) + 1)
        if n > 0x10FFFF:
            if errors == "strict":
                raise UnicodeError("Invalid character U+%x" % n)
            n = ord("?")
        i %= len(output) + 1
        output.insert(i, chr(n))
        i += 1
    return "".join(output)


class Codec(codecs.Codec):
    def encode(self, input, errors="strict"):
        return punycode_encode(input), len(input)

    def decode(self, input, errors="strict"):
        if errors not in ("strict", "replace", "ignore"):
            raise UnicodeError("Unsupported error handling " + errors)
        return punycode_decode(input, errors), len(input)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return punycode_encode(input)


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        if self.errors not in ("strict", "replace", "ignore"):
            raise UnicodeError("Unsupported error handling " + self.errors)
        return punycode_decode(input, self.errors)


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(
        name="punycode",
        encode=Codec().encode,
        decode=Codec().decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamwriter=StreamWriter,
        streamreader=StreamReader,
    )
