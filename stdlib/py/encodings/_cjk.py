"""The East Asian multibyte codecs (CPython's _codecs_cn, _hk, _iso2022,
_jp, _kr and _tw): the byte work is native (_cjk, on encoding_rs's
tables); this module makes them codecs and runs the error handlers
between the runs the native side decodes or encodes without error."""

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


def _check_pending(size):
    """CPython's multibyte decoders keep at most 8 bytes between calls
    (an unfinished escape sequence can be longer)."""
    if size > 8:
        raise UnicodeError("pending buffer overflow")


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

        # The state as CPython's: an int of the pending text's UTF-8
        # size, the text and the codec's eight bytes, little-endian.
        def getstate(self):
            pending = self._pending.encode("utf-8")
            return int.from_bytes(bytes([len(pending)]) + pending
                                  + self._state.to_bytes(8, "little"),
                                  "little")

        def setstate(self, state):
            if not isinstance(state, int):
                raise TypeError("setstate() argument must be int, not "
                                + type(state).__name__)
            if state < 0:
                raise OverflowError("can't convert negative int to unsigned")
            if state >> (8 * 17):
                raise OverflowError("int too big to convert")
            data = state.to_bytes(17, "little")
            if data[0] > 8:
                raise UnicodeError("pending buffer too large")
            pending = data[1:1 + data[0]].decode("utf-8")
            self._state = int.from_bytes(data[1 + data[0]:9 + data[0]],
                                         "little")
            self._pending = pending

    class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
        # The stateful codecs' shift state lives between calls.
        _state = 0

        def _buffer_decode(self, input, errors, final):
            text, used, self._state = _decode(name, input, errors, final,
                                              self._state)
            _check_pending(len(input) - used)
            return text, used

        def reset(self):
            codecs.BufferedIncrementalDecoder.reset(self)
            self._state = 0

        def getstate(self):
            return (self.buffer, self._state)

        def setstate(self, state):
            if not isinstance(state, tuple):
                raise TypeError("setstate() argument must be tuple, not "
                                + type(state).__name__)
            if (len(state) != 2 or type(state[0]) is not bytes
                    or not isinstance(state[1], int)):
                raise TypeError("setstate(): illegal state argument")
            if len(state[0]) > 8:
                raise UnicodeError("pending buffer too large")
            if not 0 <= state[1] < 1 << 64:
                raise OverflowError("int too big to convert")
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
        # As CPython's multibyte stream readers: read(size) reads `size`
        # bytes once (then a byte at a time until a character comes or the
        # stream ends) and keeps an incomplete character for the next
        # read; at the end of the stream it is an error.
        def __init__(self, stream, errors="strict"):
            codecs.StreamReader.__init__(self, stream, errors)
            self._state = 0
            self._pending = b""

        def decode(self, input, errors="strict"):
            text, used, self._state = _decode(name, input, errors, False,
                                              self._state)
            return text, used

        def _read(self, method, size):
            size = -1 if size is None else size
            if size == 0:
                return ""
            out = []
            while True:
                data = method() if size < 0 else method(size)
                if not isinstance(data, bytes):
                    raise TypeError("stream function returned a non-bytes "
                                    "object (%s)" % type(data).__name__)
                end = not data
                data = self._pending + data
                text, used, self._state = _decode(
                    name, data, self.errors, end or size < 0, self._state)
                self._pending = data[used:]
                _check_pending(len(self._pending))
                out.append(text)
                if end or size < 0 or text:
                    return "".join(out)
                size = 1

        def read(self, size=None):
            return self._read(self.stream.read, size)

        def readline(self, size=None):
            return self._read(self.stream.readline, size)

        def readlines(self, sizehint=None):
            return self._read(self.stream.read, sizehint).splitlines(True)

        def reset(self):
            self._state = 0
            self._pending = b""

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
