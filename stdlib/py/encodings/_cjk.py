"""The East Asian multibyte codecs (CPython's _codecs_cn/_jp/_kr/_tw):
the byte work is native (_cjk, on encoding_rs's tables); this module
makes them codecs and runs the error handlers between the runs the
native side decodes or encodes without error."""

import codecs
import _cjk

# Each codec's name and the normalized aliases CPython knows it by.
_ALIASES = {
    "gbk": ("936", "cp936", "ms936"),
    "gb2312": ("chinese", "csiso58gb231280", "euc_cn", "euccn",
               "eucgb2312_cn", "gb2312_1980", "gb2312_80", "iso_ir_58"),
    "gb18030": ("gb18030_2000",),
    "big5": ("big5_tw", "csbig5"),
    "cp950": ("950", "ms950"),
    "shift_jis": ("csshiftjis", "shiftjis", "sjis", "s_jis"),
    "cp932": ("932", "ms932", "mskanji", "ms_kanji"),
    "euc_jp": ("eucjp", "ujis", "u_jis"),
    "iso2022_jp": ("csiso2022jp", "iso2022jp", "iso_2022_jp"),
    "euc_kr": ("euckr", "korean", "ksc5601", "ks_c_5601", "ks_c_5601_1987",
               "ksx1001", "ks_x_1001"),
    "cp949": ("949", "ms949", "uhc"),
    "hz": ("hzgb", "hz_gb", "hz_gb_2312"),
    "johab": ("cp1361", "ms1361"),
    "iso2022_kr": ("csiso2022kr", "iso2022kr", "iso_2022_kr"),
    "iso2022_jp_1": ("iso2022jp_1", "iso_2022_jp_1"),
    "iso2022_jp_2": ("iso2022jp_2", "iso_2022_jp_2"),
    "iso2022_jp_ext": ("iso2022jp_ext", "iso_2022_jp_ext"),
    "big5hkscs": ("big5_hkscs", "hkscs"),
}
_NAMES = {}
for _name, _others in _ALIASES.items():
    _NAMES[_name] = _name
    for _other in _others:
        _NAMES[_other] = _name
del _name, _others, _other

_cache = {}


def _set_errors(self, value):
    if not isinstance(value, str):
        raise TypeError("errors must be a string")
    self._errors = value


# As CPython's multibyte codecs: `errors` can be set, not deleted.
_errors_property = property(lambda self: self._errors, _set_errors)


def codec_name(module):
    """The codec's name for a normalized encoding name, or None."""
    return _NAMES.get(module)


def _surrogateescape(exc):
    """The 'surrogateescape' handler (whirl's runs natively elsewhere)."""
    if isinstance(exc, UnicodeDecodeError):
        part = exc.object[exc.start:exc.end]
        if all(b >= 128 for b in part):
            return "".join(chr(0xDC00 + b) for b in part), exc.end
        raise exc
    part = exc.object[exc.start:exc.end]
    if all("\udc80" <= c <= "\udcff" for c in part):
        return bytes(ord(c) - 0xDC00 for c in part), exc.end
    raise exc


def _handler(errors):
    if errors == "surrogateescape":
        return _surrogateescape
    return codecs.lookup_error(errors)


def _encode(name, text, errors, state=0, final=True):
    """(bytes, state): encodes `text` from the stateful codecs' shift
    `state`, back to the initial one at the end when `final`."""
    handler = None
    out = []
    pos = 0
    byte_pos = 0
    while True:
        data, bad, state, after = _cjk.encode(name, text, state, pos,
                                              byte_pos, errors)
        out.append(data)
        if bad < 0:
            if final and state:
                ending, state = _cjk.reset(name, state)
                out.append(ending)
            return b"".join(out), state
        exc = UnicodeEncodeError(name, text, bad, bad + 1,
                                 "illegal multibyte sequence")
        if handler is None:
            handler = _handler(errors)
        rep, pos = codecs._resolve(handler(exc), exc, len(text))
        # The byte offset of `pos` is known when the handler resumes right
        # after the error (the common case); otherwise _cjk counts it.
        byte_pos = after if pos == bad + 1 else -1
        if not isinstance(rep, (str, bytes)):
            raise TypeError("encoding error handler must return "
                            "(str, int) tuple")
        if isinstance(rep, str):
            rep_bytes, rep_bad, state, _ = _cjk.encode(name, rep, state,
                                                       0, 0, "strict")
            if rep_bad >= 0:
                raise exc
            rep = rep_bytes
        out.append(bytes(rep))


def _hold(name, text, final):
    """(text to encode now, text to hold): big5hkscs holds a final letter
    that a combining mark in the next chunk would join, unless `final`."""
    if name == "big5hkscs" and not final and text[-1:] in ("\xca", "\xea"):
        return text[:-1], text[-1:]
    return text, ""


def _decode(name, data, errors, final, state=0):
    """(text, consumed, state): decodes `data`, leaving an incomplete
    character at the end unconsumed unless `final`."""
    data = bytes(data)
    handler = None
    out = []
    pos = 0
    while True:
        text, used, start, end, reason, state = _cjk.decode(
            name, data, final, state, pos, errors)
        out.append(text)
        if start < 0:
            return "".join(out), used, state
        exc = UnicodeDecodeError(name, data, start, end, reason)
        if handler is None:
            handler = _handler(errors)
        rep, pos = codecs._resolve(handler(exc), exc, len(data))
        if not isinstance(rep, str):
            raise TypeError("decoding error handler must return "
                            "(str, int) tuple")
        out.append(rep)


def getregentry(name):
    try:
        return _cache[name]
    except KeyError:
        pass

    def encode(input, errors="strict"):
        return _encode(name, input, errors)[0], len(input)

    def decode(input, errors="strict"):
        text, used, _ = _decode(name, input, errors, True)
        return text, used

    class IncrementalEncoder(codecs.IncrementalEncoder):
        # The stateful codecs' shift state lives between calls, and so
        # does big5hkscs's letter that may take a combining mark.
        _state = 0
        _pending = ""

        def encode(self, input, final=False):
            input, self._pending = _hold(name, self._pending + input, final)
            data, self._state = _encode(name, input, self.errors,
                                        self._state, final)
            return data

        def reset(self):
            self._state = 0
            self._pending = ""

        def getstate(self):
            return self._state

        def setstate(self, state):
            self._state = state

    class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
        # The stateful codecs' shift state lives between calls.
        _state = 0

        def _buffer_decode(self, input, errors, final):
            text, used, self._state = _decode(name, input, errors, final,
                                              self._state)
            return text, used

        def reset(self):
            codecs.BufferedIncrementalDecoder.reset(self)
            self._state = 0

        def getstate(self):
            return (self.buffer, self._state)

        def setstate(self, state):
            self.buffer, self._state = state

    class StreamWriter(codecs.StreamWriter):
        # As CPython 3.11's: the shift state carries over between writes,
        # and reset() writes only held input (big5hkscs's letters), never
        # the return to the initial shift state.
        def __init__(self, stream, errors="strict"):
            codecs.StreamWriter.__init__(self, stream, errors)
            self._state = 0
            self._pending = ""

        def encode(self, input, errors="strict"):
            held, self._pending = _hold(name, self._pending + input, False)
            data, self._state = _encode(name, held, errors, self._state,
                                        False)
            return data, len(input)

        def reset(self):
            if self._pending:
                data, self._state = _encode(name, self._pending,
                                            self.errors, self._state, True)
                self._pending = ""
                self.stream.write(data)

    class StreamReader(codecs.StreamReader):
        def __init__(self, stream, errors="strict"):
            codecs.StreamReader.__init__(self, stream, errors)
            self._state = 0

        def decode(self, input, errors="strict"):
            text, used, self._state = _decode(name, input, errors, False,
                                              self._state)
            return text, used

        def read(self, size=-1, chars=-1, firstline=False):
            # CPython's CJK readers take None for "all".
            return codecs.StreamReader.read(
                self, -1 if size is None else size,
                -1 if chars is None else chars, firstline)

        def reset(self):
            codecs.StreamReader.reset(self)
            self._state = 0

    for cls in (IncrementalEncoder, IncrementalDecoder, StreamWriter,
                StreamReader):
        cls.errors = _errors_property
        cls.__module__ = "encodings." + name
        cls.__qualname__ = cls.__name__
    info = _cache[name] = codecs.CodecInfo(
        name=name, encode=encode, decode=decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamreader=StreamReader, streamwriter=StreamWriter)
    return info
