"""Codec registry and base classes, as CPython's `codecs` module.

The codecs themselves are whirl's native encoders/decoders behind
`str.encode` and `bytes.decode`; this module adds the registry (search
functions, CodecInfo), Python-level error handlers, incremental and
stream codecs on top of them.
"""

import builtins as _builtins
import sys as _sys

__all__ = [
    "register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE", "BOM_LE",
    "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE", "BOM_UTF8", "BOM_UTF16",
    "BOM_UTF16_LE", "BOM_UTF16_BE", "BOM_UTF32", "BOM_UTF32_LE",
    "BOM_UTF32_BE", "CodecInfo", "Codec", "IncrementalEncoder",
    "IncrementalDecoder", "StreamReader", "StreamWriter", "StreamReaderWriter",
    "StreamRecoder", "getencoder", "getdecoder", "getincrementalencoder",
    "getincrementaldecoder", "getreader", "getwriter", "encode", "decode",
    "iterencode", "iterdecode", "strict_errors", "ignore_errors",
    "replace_errors", "xmlcharrefreplace_errors", "backslashreplace_errors",
    "namereplace_errors", "register_error", "lookup_error", "unregister",
]

BOM_UTF8 = b"\xef\xbb\xbf"
BOM_LE = BOM_UTF16_LE = b"\xff\xfe"
BOM_BE = BOM_UTF16_BE = b"\xfe\xff"
BOM_UTF32_LE = b"\xff\xfe\x00\x00"
BOM_UTF32_BE = b"\x00\x00\xfe\xff"
if _sys.byteorder == "little":
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo(tuple):
    """Codec details when looking up the codec registry"""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__,
            self.name, id(self))


class Codec:
    def encode(self, input, errors="strict"):
        raise NotImplementedError

    def decode(self, input, errors="strict"):
        raise NotImplementedError


class IncrementalEncoder:
    def __init__(self, errors="strict"):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    def __init__(self, errors="strict"):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_encode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class IncrementalDecoder:
    def __init__(self, errors="strict"):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    def __init__(self, errors="strict"):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class StreamWriter(Codec):
    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write("".join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReader(Codec):
    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self.charbuffer = ""

    def decode(self, input, errors="strict"):
        raise NotImplementedError

    def _fill(self, size):
        """Decodes up to `size` more bytes (all when negative) into the
        character buffer; False at the end of the stream."""
        newdata = self.stream.read() if size < 0 else self.stream.read(size)
        data = self.bytebuffer + newdata
        if not data:
            return False
        text, used = self.decode(data, self.errors)
        self.bytebuffer = data[used:]
        self.charbuffer += text
        return bool(newdata)

    def read(self, size=-1, chars=-1, firstline=False):
        if chars < 0:
            chars = size
        while chars < 0 or len(self.charbuffer) < chars:
            if not self._fill(size):
                break
        if chars < 0:
            result, self.charbuffer = self.charbuffer, ""
        else:
            result, self.charbuffer = self.charbuffer[:chars], self.charbuffer[chars:]
        return result

    def readline(self, size=None, keepends=True):
        chunk = size or 72
        while True:
            lines = self.charbuffer.splitlines(True)
            # A line is complete when another follows it, or when it ends in
            # a line break other than a "\r" that a "\n" may still join.
            if len(lines) > 1 or (lines and lines[0].splitlines()[0] != lines[0]
                                  and not lines[0].endswith("\r")):
                line = lines[0]
                break
            if size is not None and lines and len(lines[0]) >= size:
                line = lines[0]
                break
            if not self._fill(chunk):
                line = lines[0] if lines else ""
                break
        self.charbuffer = self.charbuffer[len(line):]
        if not keepends and line:
            line = line.splitlines()[0]
        return line

    def readlines(self, sizehint=None, keepends=True):
        data = self.read()
        return data.splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = ""

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReaderWriter:
    encoding = "unknown"

    def __init__(self, stream, Reader, Writer, errors="strict"):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if whence == 0 and offset == 0:
            self.writer.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamRecoder:
    data_encoding = "unknown"
    file_encoding = "unknown"

    def __init__(self, stream, encode, decode, Reader, Writer, errors="strict"):
        self.stream = stream
        self.encode = encode
        self.decode = decode
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        data = self.reader.read(size)
        data, bytesencoded = self.encode(data, self.errors)
        return data

    def write(self, data):
        data, bytesdecoded = self.decode(data, self.errors)
        return self.writer.write(data)

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


# ----- the registry -----

_search_functions = []
_cache = {}


def _normalize(encoding):
    return encoding.lower().replace(" ", "_")


def register(search_function):
    """Register a codec search function."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    """Unregister a codec search function and clear the registry's cache."""
    if search_function in _search_functions:
        _search_functions.remove(search_function)
        _cache.clear()


def lookup(encoding):
    """Looks up a codec tuple in the Python codec registry and returns a CodecInfo object."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s"
                        % type(encoding).__name__)
    key = _normalize(encoding)
    try:
        return _cache[key]
    except KeyError:
        pass
    for func in _search_functions:
        result = func(key)
        if result is None:
            continue
        if not isinstance(result, tuple) or len(result) != 4:
            raise TypeError("codec search functions must return 4-tuples")
        if not isinstance(result, CodecInfo):
            result = CodecInfo(*result)
        _cache[key] = result
        return result
    raise LookupError("unknown encoding: %s" % encoding)


def _builtin_name(encoding):
    import encodings
    return encodings._native_name(encoding)


# Exceptions with state beyond their args: a codec's error of one of these
# kinds passes through as it is, others are re-raised naming the codec.
_UNWRAPPABLE = (OSError, SyntaxError, ImportError, UnicodeEncodeError, UnicodeDecodeError,
                UnicodeTranslateError, StopIteration, SystemExit, AttributeError, NameError,
                BaseExceptionGroup)


def _run_codec(function, data, errors, operation, encoding):
    """function(data, errors); an error from it gets CPython's wrapping,
    `<operation> with '<encoding>' codec failed (<type>: <message>)`, in
    the same type, chained to the original, when that type takes just a
    message."""
    try:
        return function(data, errors)
    except Exception as exc:
        wrapped = _wrapped_codec_error(exc, operation, encoding)
        if wrapped is None:
            raise
        raise wrapped.with_traceback(exc.__traceback__) from exc


def _wrapped_codec_error(exc, operation, encoding):
    cls = type(exc)
    if isinstance(exc, _UNWRAPPABLE) or vars(exc):
        return None
    for klass in cls.__mro__:
        if klass.__module__ == "builtins":
            break
        if "__init__" in klass.__dict__ or "__new__" in klass.__dict__:
            return None
    try:
        return cls("%s with %r codec failed (%s: %s)" % (operation, encoding, cls.__name__, exc))
    except Exception:
        return None


def encode(obj, encoding="utf-8", errors="strict"):
    """Encodes obj using the codec registered for encoding."""
    info = lookup(encoding)
    result = _run_codec(info.encode, obj, errors, "encoding", encoding)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("encoder must return a tuple (object, integer)")
    return result[0]


def decode(obj, encoding="utf-8", errors="strict"):
    """Decodes obj using the codec registered for encoding."""
    info = lookup(encoding)
    result = _run_codec(info.decode, obj, errors, "decoding", encoding)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("decoder must return a tuple (object,integer)")
    return result[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors="strict", **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors="strict", **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


def open(filename, mode="r", encoding=None, errors="strict", buffering=-1):
    if encoding is not None and "b" not in mode:
        mode = mode + "b"
    file = _builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter,
                                 errors)
        srw.encoding = encoding
        return srw
    except:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors="strict"):
    if file_encoding is None:
        file_encoding = data_encoding
    data_info = lookup(data_encoding)
    file_info = lookup(file_encoding)
    sr = StreamRecoder(file, data_info.encode, data_info.decode,
                       file_info.streamreader, file_info.streamwriter, errors)
    sr.data_encoding = data_encoding
    sr.file_encoding = file_encoding
    return sr


# ----- error handlers -----

def _check_unicode_error(exc):
    if not isinstance(exc, UnicodeError):
        raise TypeError("don't know how to handle %s in error callback"
                        % type(exc).__name__)


def strict_errors(exc):
    """Implements the 'strict' error handling, which raises a UnicodeError on coding errors."""
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def ignore_errors(exc):
    """Implements the 'ignore' error handling, which ignores malformed data and continues."""
    _check_unicode_error(exc)
    return ("", exc.end)


def replace_errors(exc):
    """Implements the 'replace' error handling, which replaces malformed data with a replacement marker."""
    _check_unicode_error(exc)
    if isinstance(exc, UnicodeDecodeError):
        return ("\ufffd", exc.end)
    if isinstance(exc, UnicodeTranslateError):
        return ("\ufffd" * (exc.end - exc.start), exc.end)
    return ("?" * (exc.end - exc.start), exc.end)


def _wrong_kind(exc):
    raise TypeError("don't know how to handle %s in error callback"
                    % type(exc).__name__)


def _escape(n):
    if n < 0x100:
        return "\\x%02x" % n
    if n < 0x10000:
        return "\\u%04x" % n
    return "\\U%08x" % n


def backslashreplace_errors(exc):
    """Implements the 'backslashreplace' error handling, which replaces malformed data with a backslashed escape sequence."""
    _check_unicode_error(exc)
    if isinstance(exc, UnicodeDecodeError):
        part = exc.object[exc.start:exc.end]
        return ("".join("\\x%02x" % b for b in part), exc.end)
    part = exc.object[exc.start:exc.end]
    return ("".join(_escape(ord(c)) for c in part), exc.end)


def xmlcharrefreplace_errors(exc):
    """Implements the 'xmlcharrefreplace' error handling, which replaces an unencodable character with the appropriate XML character reference."""
    if not isinstance(exc, UnicodeEncodeError):
        _wrong_kind(exc)
    part = exc.object[exc.start:exc.end]
    return ("".join("&#%d;" % ord(c) for c in part), exc.end)


def namereplace_errors(exc):
    """Implements the 'namereplace' error handling, which replaces an unencodable character with a \\N{...} escape sequence."""
    if not isinstance(exc, UnicodeEncodeError):
        _wrong_kind(exc)
    import unicodedata
    out = []
    for c in exc.object[exc.start:exc.end]:
        try:
            out.append("\\N{%s}" % unicodedata.name(c))
        except (ValueError, KeyError):
            out.append(_escape(ord(c)))
    return ("".join(out), exc.end)


def _surrogate_handler(name):
    def handler(exc):
        _check_unicode_error(exc)
        raise exc
    handler.__name__ = name
    return handler


_error_handlers = {
    "strict": strict_errors,
    "ignore": ignore_errors,
    "replace": replace_errors,
    "backslashreplace": backslashreplace_errors,
    "xmlcharrefreplace": xmlcharrefreplace_errors,
    "namereplace": namereplace_errors,
    "surrogateescape": _surrogate_handler("surrogateescape"),
    "surrogatepass": _surrogate_handler("surrogatepass"),
}
_NATIVE_HANDLERS = frozenset(_error_handlers)


def register_error(name, handler):
    """Register the specified error handler under the name errors."""
    if not isinstance(name, str):
        raise TypeError("register_error() argument 1 must be str, not %s"
                        % type(name).__name__)
    if not callable(handler):
        raise TypeError("handler must be callable")
    _error_handlers[name] = handler


def lookup_error(name):
    """lookup_error(errors) -> handler"""
    if not isinstance(name, str):
        raise TypeError("lookup_error() argument must be str, not %s"
                        % type(name).__name__)
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None


def _uses_native(errors):
    return errors in _NATIVE_HANDLERS and \
        _error_handlers[errors] is _native_handler_objects[errors]


_native_handler_objects = dict(_error_handlers)


def _resolve(result, exc, length):
    if not isinstance(result, tuple) or len(result) != 2 or \
            not isinstance(result[1], int):
        kind = "encoding" if isinstance(exc, UnicodeEncodeError) else "decoding"
        raise TypeError("%s error handler must return (str/bytes, int) tuple"
                        % kind)
    pos = result[1]
    if pos < 0:
        pos += length
    if not 0 <= pos <= length:
        raise IndexError("position %d from error handler out of bounds" % pos)
    return result[0], pos


def _encode_with(text, name, errors):
    """Encodes `text`, calling a Python error handler at each error and
    resuming where it says."""
    if _uses_native(errors):
        return text.encode(name, errors)
    handler = lookup_error(errors)
    out = []
    pos = 0
    prefix = b""
    if name in ("utf-16", "utf-32", "utf-8-sig"):
        prefix = "".encode(name)
        name = {"utf-16": "utf-16-le" if _sys.byteorder == "little" else "utf-16-be",
                "utf-32": "utf-32-le" if _sys.byteorder == "little" else "utf-32-be",
                "utf-8-sig": "utf-8"}[name]
    while pos <= len(text):
        try:
            out.append(text[pos:].encode(name))
            break
        except UnicodeEncodeError as e:
            out.append(text[pos:pos + e.start].encode(name))
            exc = UnicodeEncodeError(e.encoding, text, pos + e.start,
                                     pos + e.end, e.reason)
            rep, pos = _resolve(handler(exc), exc, len(text))
            if isinstance(rep, str):
                rep = rep.encode(name)
            out.append(bytes(rep))
    return prefix + b"".join(out)


def _decode_with(data, name, errors):
    if _uses_native(errors):
        return data.decode(name, errors)
    handler = lookup_error(errors)
    data = bytes(data)
    out = []
    pos = 0
    while pos <= len(data):
        try:
            out.append(data[pos:].decode(name))
            break
        except UnicodeDecodeError as e:
            out.append(data[pos:pos + e.start].decode(name))
            exc = UnicodeDecodeError(e.encoding, data, pos + e.start,
                                     pos + e.end, e.reason)
            rep, pos = _resolve(handler(exc), exc, len(data))
            out.append(rep)
    return "".join(out)


def _register_native():
    import encodings
    register(encodings.search_function)


_register_native()


# The codec functions CPython's _codecs exposes: (result, consumed).
def _native_functions(module, call):
    def encode(str, errors=None):
        return _encode_with(str, call, errors or "strict"), len(str)

    def decode(data, errors=None, final=False):
        info = lookup(call)
        return info.decode(data, errors or "strict", final)

    encode.__name__ = encode.__qualname__ = module + "_encode"
    decode.__name__ = decode.__qualname__ = module + "_decode"
    globals()[encode.__name__] = encode
    globals()[decode.__name__] = decode


for _module, _call in [("utf_8", "utf-8"), ("ascii", "ascii"),
                       ("latin_1", "latin-1"), ("utf_16", "utf-16"),
                       ("utf_16_le", "utf-16-le"), ("utf_16_be", "utf-16-be"),
                       ("utf_32", "utf-32"), ("utf_32_le", "utf-32-le"),
                       ("utf_32_be", "utf-32-be"),
                       ("unicode_escape", "unicode-escape"),
                       ("raw_unicode_escape", "raw-unicode-escape")]:
    _native_functions(_module, _call)
del _module, _call


# ----- charmap codecs and the fallback of str.encode / bytes.decode -----

def _text_encode(text, encoding, errors):
    """str.encode for what whirl's native encoder cannot do alone: a
    codec from the registry, or an error handler registered in Python."""
    native = _builtin_name(encoding)
    if native is not None:
        return _encode_with(text, native, errors)
    info = lookup(encoding)
    if not getattr(info, "_is_text_encoding", True):
        raise LookupError("%r is not a text encoding; use codecs.encode() "
                          "to handle arbitrary codecs" % encoding)
    result = _run_codec(info.encode, text, errors, "encoding", encoding)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("encoder must return a tuple (object, integer)")
    if not isinstance(result[0], bytes):
        if isinstance(result[0], bytearray):
            return bytes(result[0])
        raise TypeError("%r encoder returned %r instead of 'bytes'; use "
                        "codecs.encode() to encode to arbitrary types"
                        % (encoding, type(result[0]).__name__))
    return result[0]


def _text_decode(data, encoding, errors):
    """bytes.decode's counterpart of _text_encode."""
    native = _builtin_name(encoding)
    if native is not None:
        return _decode_with(data, native, errors)
    info = lookup(encoding)
    if not getattr(info, "_is_text_encoding", True):
        raise LookupError("%r is not a text encoding; use codecs.decode() "
                          "to handle arbitrary codecs" % encoding)
    result = _run_codec(info.decode, data, errors, "decoding", encoding)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("decoder must return a tuple (object,integer)")
    if not isinstance(result[0], str):
        raise TypeError("%r decoder returned %r instead of 'str'; use "
                        "codecs.decode() to decode to arbitrary types"
                        % (encoding, type(result[0]).__name__))
    return result[0]


def charmap_build(decoding_table):
    """The encoding map (code point -> byte) inverse to a decoding table."""
    return {ord(c): i for i, c in enumerate(decoding_table) if c != "\ufffe"}


def _charmap_lookup_decode(mapping, b):
    # The character byte b maps to, or None when it maps to nothing.
    if mapping is None:
        return chr(b)
    if isinstance(mapping, str):
        if b >= len(mapping):
            return None
        c = mapping[b]
        return None if c == "\ufffe" else c
    try:
        c = mapping[b]
    except (LookupError, TypeError):
        return None
    if c is None:
        return None
    if isinstance(c, int):
        if not 0 <= c <= 0x10FFFF:
            raise TypeError("character mapping must be in range(0x110000)")
        return None if c == 0xFFFE else chr(c)
    if isinstance(c, str):
        return None if c == "\ufffe" else c
    raise TypeError("character mapping must return integer, None or str")


def charmap_decode(data, errors=None, mapping=None):
    """(text, consumed): bytes decoded through a table or mapping."""
    errors = errors or "strict"
    data = bytes(data)
    out = []
    pos = 0
    n = len(data)
    while pos < n:
        c = _charmap_lookup_decode(mapping, data[pos])
        if c is not None:
            out.append(c)
            pos += 1
            continue
        if errors == "surrogateescape" and data[pos] >= 128:
            out.append(chr(0xDC00 + data[pos]))
            pos += 1
            continue
        exc = UnicodeDecodeError("charmap", data, pos, pos + 1,
                                 "character maps to <undefined>")
        if errors == "strict":
            raise exc
        rep, pos = _resolve(lookup_error(errors)(exc), exc, n)
        out.append(rep)
    return "".join(out), n


def _charmap_lookup_encode(mapping, ch):
    # The bytes character ch encodes to, or None.
    try:
        b = mapping[ord(ch)]
    except (LookupError, TypeError):
        return None
    if b is None:
        return None
    if isinstance(b, int):
        if not 0 <= b < 256:
            raise TypeError("character mapping must be in range(256)")
        return bytes((b,))
    if isinstance(b, (bytes, bytearray)):
        return bytes(b)
    raise TypeError("character mapping must return integer, bytes or None, "
                    "not %s" % type(b).__name__)


def charmap_encode(text, errors=None, mapping=None):
    """(bytes, consumed): text encoded through a mapping (code point ->
    byte); no mapping is Latin-1."""
    errors = errors or "strict"
    if mapping is None:
        return _encode_with(text, "latin-1", errors), len(text)
    out = []
    pos = 0
    n = len(text)
    while pos < n:
        b = _charmap_lookup_encode(mapping, text[pos])
        if b is not None:
            out.append(b)
            pos += 1
            continue
        if errors == "surrogateescape" and "\udc80" <= text[pos] <= "\udcff":
            out.append(bytes((ord(text[pos]) - 0xDC00,)))
            pos += 1
            continue
        end = pos + 1
        while end < n and _charmap_lookup_encode(mapping, text[end]) is None:
            end += 1
        exc = UnicodeEncodeError("charmap", text, pos, end,
                                 "character maps to <undefined>")
        if errors == "strict":
            raise exc
        rep, newpos = _resolve(lookup_error(errors)(exc), exc, n)
        if isinstance(rep, str):
            for ch in rep:
                b = _charmap_lookup_encode(mapping, ch)
                if b is None:
                    raise UnicodeEncodeError("charmap", text, pos, end,
                                             "character maps to <undefined>")
                out.append(b)
        else:
            out.append(bytes(rep))
        pos = newpos
    return b"".join(out), n
