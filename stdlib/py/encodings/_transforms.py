"""The bytes-to-bytes and str-to-str codecs (base64, hex, quopri, zlib, uu,
rot13): reached through codecs.encode/codecs.decode only, since they are
not text encodings."""

import codecs

# Spellings (normalized) -> codec name.
ALIASES = {
    "base64": "base64_codec", "base_64": "base64_codec",
    "base64_codec": "base64_codec",
    "hex": "hex_codec", "hex_codec": "hex_codec",
    "quopri": "quopri_codec", "quotedprintable": "quopri_codec",
    "quoted_printable": "quopri_codec", "quopri_codec": "quopri_codec",
    "zip": "zlib_codec", "zlib": "zlib_codec", "zlib_codec": "zlib_codec",
    "uu": "uu_codec", "uu_codec": "uu_codec",
    "rot13": "rot_13", "rot_13": "rot_13",
}


def _base64_encode(data):
    import base64
    return base64.encodebytes(data)


def _base64_decode(data):
    import base64
    return base64.decodebytes(data)


def _hex_encode(data):
    import binascii
    return binascii.b2a_hex(data)


def _hex_decode(data):
    import binascii
    return binascii.a2b_hex(data)


def _quopri_encode(data):
    import binascii
    return binascii.b2a_qp(data, quotetabs=True)


def _quopri_decode(data):
    import binascii
    return binascii.a2b_qp(data)


def _zlib_encode(data):
    import zlib
    return zlib.compress(data)


def _zlib_decode(data):
    import zlib
    return zlib.decompress(data)


def _uu_encode(data, filename="<data>", mode=0o666):
    import binascii
    out = [("begin %o %s\n" % (mode & 0o777, filename)).encode("ascii")]
    for i in range(0, len(data), 45):
        out.append(binascii.b2a_uu(data[i:i + 45]))
    out.append(b" \nend\n")
    return b"".join(out)


def _uu_decode(data):
    import binascii
    lines = iter(bytes(data).splitlines(True))
    for line in lines:
        if line.startswith(b"begin"):
            break
    else:
        raise ValueError("Missing \"begin\" line in input data")
    out = []
    for line in lines:
        if not line or line == b"end\n" or line.startswith(b"end"):
            break
        try:
            out.append(binascii.a2b_uu(line))
        except binascii.Error:
            # Workaround for broken uuencoders: the length byte decides.
            n = ((line[0] - 32) & 63) * 4 // 3
            out.append(binascii.a2b_uu(line[:n]))
    else:
        raise ValueError("Truncated input data")
    return b"".join(out)


_ROT13 = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")


def _rot13(text):
    return str.translate(text, _ROT13)


_FUNCS = {
    "base64_codec": (_base64_encode, _base64_decode, "base64"),
    "hex_codec": (_hex_encode, _hex_decode, "hex"),
    "quopri_codec": (_quopri_encode, _quopri_decode, "quopri"),
    "zlib_codec": (_zlib_encode, _zlib_decode, "zlib"),
    "uu_codec": (_uu_encode, _uu_decode, "uu"),
    "rot_13": (_rot13, _rot13, "rot-13"),
}

_cache = {}


def search(normalized):
    name = ALIASES.get(normalized)
    if name is None:
        return None
    if name in _cache:
        return _cache[name]
    enc, dec, display = _FUNCS[name]

    def encode(input, errors="strict"):
        assert errors == "strict"
        return enc(input), len(input)

    def decode(input, errors="strict"):
        assert errors == "strict"
        return dec(input), len(input)

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def encode(self, input, final=False):
            return enc(input)

    class IncrementalDecoder(codecs.IncrementalDecoder):
        def decode(self, input, final=False):
            return dec(input)

    class StreamWriter(codecs.StreamWriter):
        def encode(self, input, errors="strict"):
            return enc(input), len(input)

    class StreamReader(codecs.StreamReader):
        def decode(self, input, errors="strict"):
            return dec(input), len(input)

    if name == "zlib_codec":
        # zlib's incremental codecs keep a (de)compressor across calls.
        class IncrementalEncoder(codecs.IncrementalEncoder):
            def __init__(self, errors="strict"):
                import zlib
                codecs.IncrementalEncoder.__init__(self, errors)
                self._c = zlib.compressobj()

            def encode(self, input, final=False):
                out = self._c.compress(input)
                if final:
                    out += self._c.flush()
                return out

        class IncrementalDecoder(codecs.IncrementalDecoder):
            def __init__(self, errors="strict"):
                import zlib
                codecs.IncrementalDecoder.__init__(self, errors)
                self._d = zlib.decompressobj()

            def decode(self, input, final=False):
                out = self._d.decompress(input)
                if final:
                    out += self._d.flush()
                return out

    info = codecs.CodecInfo(
        name=display, encode=encode, decode=decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamreader=StreamReader, streamwriter=StreamWriter,
        _is_text_encoding=False)
    _cache[name] = info
    return info
