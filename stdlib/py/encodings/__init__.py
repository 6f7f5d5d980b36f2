"""The standard encodings package: name normalization, aliases and the
search function that `codecs.lookup` consults for whirl's native codecs."""

import codecs
import sys
from encodings.aliases import aliases

_NATIVE = ("utf_8", "utf_8_sig", "ascii", "latin_1", "utf_16", "utf_16_le",
           "utf_16_be", "utf_32", "utf_32_le", "utf_32_be", "unicode_escape",
           "raw_unicode_escape")

# The name `CodecInfo.name` reports for each module name.
_DISPLAY = {
    "utf_8": "utf-8", "utf_8_sig": "utf-8-sig", "ascii": "ascii",
    "latin_1": "iso8859-1", "utf_16": "utf-16", "utf_16_le": "utf-16-le",
    "utf_16_be": "utf-16-be", "utf_32": "utf-32", "utf_32_le": "utf-32-le",
    "utf_32_be": "utf-32-be", "unicode_escape": "unicode-escape",
    "raw_unicode_escape": "raw-unicode-escape",
}

# What whirl's str.encode/bytes.decode call each codec.
_CALL = {
    "utf_8": "utf-8", "utf_8_sig": "utf-8-sig", "ascii": "ascii",
    "latin_1": "latin-1", "utf_16": "utf-16", "utf_16_le": "utf-16-le",
    "utf_16_be": "utf-16-be", "utf_32": "utf-32", "utf_32_le": "utf-32-le",
    "utf_32_be": "utf-32-be", "unicode_escape": "unicode-escape",
    "raw_unicode_escape": "raw-unicode-escape",
}

_cache = {}


def normalize_encoding(encoding):
    """Collapses runs of non-alphanumeric characters (other than '.') into
    single underscores and strips them from both ends."""
    if isinstance(encoding, bytes):
        encoding = str(encoding, "ascii")
    parts = []
    word = []
    for ch in encoding:
        if ch.isalnum() or ch == ".":
            word.append(ch)
        elif word:
            parts.append("".join(word))
            word = []
    if word:
        parts.append("".join(word))
    return "_".join(parts)


def _module_name(encoding):
    norm = normalize_encoding(encoding).lower()
    return aliases.get(norm) or aliases.get(norm.replace(".", "_")) or norm


def _native_name(encoding):
    return _CALL.get(_module_name(encoding))


def _wide_endian(module):
    if module.endswith("_le"):
        return "le"
    if module.endswith("_be"):
        return "be"
    return None


def _make_codec(module):
    call = _CALL[module]
    width = 2 if module.startswith("utf_16") else 4 if module.startswith("utf_32") else 0
    with_bom = module in ("utf_16", "utf_32", "utf_8_sig")

    def encode(input, errors="strict"):
        return codecs._encode_with(input, call, errors), len(input)

    def decode(input, errors="strict", final=True):
        data = bytes(input)
        if final:
            return codecs._decode_with(data, call, errors), len(data)
        text, used = _partial_decode(data, call, errors)
        return text, used

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def __init__(self, errors="strict"):
            codecs.IncrementalEncoder.__init__(self, errors)
            self._started = False

        def encode(self, input, final=False):
            if with_bom and not self._started:
                self._started = True
                return codecs._encode_with(input, call, self.errors)
            if with_bom:
                return codecs._encode_with(input, _after_bom(call), self.errors)
            return codecs._encode_with(input, call, self.errors)

        def reset(self):
            self._started = False

        def getstate(self):
            return 0 if self._started or not with_bom else 2

        def setstate(self, state):
            self._started = bool(not state) if with_bom else False

    class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
        def __init__(self, errors="strict"):
            codecs.BufferedIncrementalDecoder.__init__(self, errors)
            self._call = call

        def _buffer_decode(self, input, errors, final):
            if with_bom and self._call == call:
                # The BOM is still to be seen (or not: then the default).
                need = {2: 2, 4: 4}.get(width, 3)
                if len(input) < need and not final:
                    return "", 0
                self._call = _after_bom_read(call, bytes(input[:need]))
                skip = need if self._call != _after_bom(call) or \
                    bytes(input[:need]) == "".encode(call) else 0
                if module == "utf_8_sig" and bytes(input[:3]) != codecs.BOM_UTF8:
                    skip = 0
                text, used = self._decode_from(input[skip:], errors, final)
                return text, used + skip
            return self._decode_from(input, errors, final)

        def _decode_from(self, data, errors, final):
            if final:
                return codecs._decode_with(bytes(data), self._call, errors), len(data)
            return _partial_decode(bytes(data), self._call, errors)

        def reset(self):
            codecs.BufferedIncrementalDecoder.reset(self)
            self._call = call

    class StreamWriter(codecs.StreamWriter):
        def __init__(self, stream, errors="strict"):
            codecs.StreamWriter.__init__(self, stream, errors)
            self._encoder = IncrementalEncoder(errors)

        def encode(self, input, errors="strict"):
            self._encoder.errors = errors
            return self._encoder.encode(input), len(input)

        def reset(self):
            self._encoder.reset()

    class StreamReader(codecs.StreamReader):
        def __init__(self, stream, errors="strict"):
            codecs.StreamReader.__init__(self, stream, errors)
            self._decoder = IncrementalDecoder(errors)

        def decode(self, input, errors="strict"):
            self._decoder.errors = errors
            text = self._decoder.decode(input)
            # What the decoder kept back stays in the reader's byte buffer.
            left, self._decoder.buffer = self._decoder.buffer, b""
            return text, len(input) - len(left)

        def reset(self):
            codecs.StreamReader.reset(self)
            self._decoder.reset()

    for cls in (IncrementalEncoder, IncrementalDecoder, StreamWriter, StreamReader):
        cls.__module__ = "encodings." + module
        cls.__qualname__ = cls.__name__

    return codecs.CodecInfo(
        name=_DISPLAY[module], encode=encode, decode=decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamreader=StreamReader, streamwriter=StreamWriter)


def _after_bom(call):
    """The codec to use after the BOM was written."""
    little = sys.byteorder == "little"
    return {"utf-16": "utf-16-le" if little else "utf-16-be",
            "utf-32": "utf-32-le" if little else "utf-32-be",
            "utf-8-sig": "utf-8"}.get(call, call)


def _after_bom_read(call, head):
    """The codec a BOM (or its absence) at the start of the input selects."""
    if call == "utf-16":
        return {codecs.BOM_UTF16_LE: "utf-16-le",
                codecs.BOM_UTF16_BE: "utf-16-be"}.get(head, _after_bom(call))
    if call == "utf-32":
        return {codecs.BOM_UTF32_LE: "utf-32-le",
                codecs.BOM_UTF32_BE: "utf-32-be"}.get(head, _after_bom(call))
    return _after_bom(call)


_INCOMPLETE = ("unexpected end of data", "truncated data",
               "\\ at end of string", "truncated \\xXX escape",
               "truncated \\uXXXX escape", "truncated \\UXXXXXXXX escape")


def _partial_decode(data, call, errors):
    """Decodes what can be, keeping an incomplete sequence at the end."""
    try:
        return codecs._decode_with(data, call, "strict"), len(data)
    except UnicodeDecodeError as e:
        if e.reason in _INCOMPLETE and e.end == len(data):
            head = data[:e.start]
            return codecs._decode_with(head, call, errors), len(head)
        if errors == "strict":
            raise
    # Another error: find the longest complete prefix with the handler.
    for cut in range(len(data), max(len(data) - 8, -1), -1):
        try:
            data[cut:].decode(call)
        except UnicodeDecodeError as e:
            if e.reason in _INCOMPLETE and cut < len(data):
                return codecs._decode_with(data[:cut], call, errors), cut
    return codecs._decode_with(data, call, errors), len(data)


def search_function(encoding):
    module = _module_name(encoding)
    if module == "punycode":
        from encodings import punycode
        return punycode.getregentry()
    if module not in _NATIVE:
        from encodings import _cjk
        cjk = _cjk.codec_name(module)
        if cjk is not None:
            return _cjk.getregentry(cjk)
        from encodings import _transforms
        return (_charmap_codec(_charmap_name(module))
                or _transforms.search(module))
    try:
        return _cache[module]
    except KeyError:
        info = _cache[module] = _make_codec(module)
        return info


# ----- the single-byte ("charmap") codecs -----

_LATIN = {"2": "iso8859_2", "3": "iso8859_3", "4": "iso8859_4",
          "5": "iso8859_9", "6": "iso8859_10", "7": "iso8859_13",
          "8": "iso8859_14", "9": "iso8859_15", "10": "iso8859_16"}
_NAMED = {"cyrillic": "iso8859_5", "arabic": "iso8859_6",
          "greek": "iso8859_7", "greek8": "iso8859_7", "hebrew": "iso8859_8",
          "thai": "iso8859_11", "macintosh": "mac_roman",
          "macroman": "mac_roman", "maccyrillic": "mac_cyrillic",
          "macgreek": "mac_greek", "maciceland": "mac_iceland",
          "maclatin2": "mac_latin2", "maccentraleurope": "mac_latin2",
          "macturkish": "mac_turkish", "tis620": "tis_620",
          "tis_620_0": "tis_620", "tis_620_2529_0": "tis_620",
          "tis_620_2529_1": "tis_620", "iso_ir_166": "tis_620",
          "koi8r": "koi8_r", "koi8u": "koi8_u", "roman8": "hp_roman8",
          "r8": "hp_roman8", "ebcdic_cp_us": "cp037", "ibm037": "cp037",
          "ibm039": "cp037", "pt154": "ptcp154", "cp154": "ptcp154",
          "cyrillic_asian": "ptcp154", "rk1048": "kz1048",
          "strk1048_2002": "kz1048"}


def _charmap_name(module):
    """The charmap codec's module name for other spellings of it."""
    import re
    if module in _NAMED:
        return _NAMED[module]
    m = re.fullmatch(r"(?:iso_?8859_?|iso_8859_)(\d+)(?:_\d{4})?", module)
    if m:
        return "iso8859_" + m.group(1)
    m = re.fullmatch(r"(?:latin_?|l)(\d+)", module)
    if m and m.group(1) in _LATIN:
        return _LATIN[m.group(1)]
    m = re.fullmatch(r"(?:windows_|cp|ibm|csibm|cspc)?(\d{3,4})", module)
    if m:
        return "cp" + m.group(1)
    return module


def _charmap_codec(module):
    from encodings._charmap_tables import TABLES
    table = TABLES.get(module)
    if table is None:
        return None
    try:
        return _cache[module]
    except KeyError:
        pass
    encoding_map = codecs.charmap_build(table)

    def encode(input, errors="strict"):
        return codecs.charmap_encode(input, errors, encoding_map)

    def decode(input, errors="strict"):
        return codecs.charmap_decode(input, errors, table)

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def encode(self, input, final=False):
            return codecs.charmap_encode(input, self.errors, encoding_map)[0]

    class IncrementalDecoder(codecs.IncrementalDecoder):
        def decode(self, input, final=False):
            return codecs.charmap_decode(input, self.errors, table)[0]

    class StreamWriter(codecs.StreamWriter):
        def encode(self, input, errors="strict"):
            return codecs.charmap_encode(input, errors, encoding_map)

    class StreamReader(codecs.StreamReader):
        def decode(self, input, errors="strict"):
            return codecs.charmap_decode(input, errors, table)

    for cls in (IncrementalEncoder, IncrementalDecoder, StreamWriter,
                StreamReader):
        cls.__module__ = "encodings." + module
        cls.__qualname__ = cls.__name__
    info = codecs.CodecInfo(
        name=module.replace("_", "-"), encode=encode, decode=decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamreader=StreamReader, streamwriter=StreamWriter)
    _cache[module] = info
    return info
