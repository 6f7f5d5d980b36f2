"""File objects for open(): FileIO (raw bytes), BufferedReader/Writer/Random,
TextIOWrapper (an encoding, newline translation), the IOBase ABCs, StringIO
and BytesIO.

whirl's own implementation in Python over the native `_io` handles. Reads
take what they need from the file; writes go straight through.
"""

import _io
from abc import ABCMeta as _ABCMeta

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class UnsupportedOperation(OSError, ValueError):
    pass


DEFAULT_BUFFER_SIZE = 8192


class IOBase(metaclass=_ABCMeta):
    """The base of every stream: closing, context management, iteration
    over lines, and the operations a stream may not support."""

    def _unsupported(self, name):
        raise UnsupportedOperation(f"{name}")

    def _check_open(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    @property
    def closed(self):
        return self.__dict__.get("_IOBase_closed", False)

    def close(self):
        if not self.closed:
            try:
                self.flush()
            finally:
                self.__dict__["_IOBase_closed"] = True

    def flush(self):
        self._check_open()

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._check_open()
        return False

    def fileno(self):
        self._unsupported("fileno")

    def seek(self, pos, whence=0):
        self._unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, size=None):
        self._unsupported("truncate")

    def readline(self, size=-1):
        self._unsupported("readline")

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_open()
        for line in lines:
            self.write(line)

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass


class RawIOBase(IOBase):
    def read(self, size=-1):
        if size is None or size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        return bytes(b[:n])

    def readall(self):
        parts = []
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            parts.append(data)
        return b"".join(parts)

    def readinto(self, b):
        self._unsupported("readinto")

    def write(self, b):
        self._unsupported("write")


class BufferedIOBase(IOBase):
    def read(self, size=-1):
        self._unsupported("read")

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def write(self, b):
        self._unsupported("write")

    def detach(self):
        self._unsupported("detach")


class TextIOBase(IOBase):
    encoding = None
    errors = None
    newlines = None

    def read(self, size=-1):
        self._unsupported("read")

    def write(self, s):
        self._unsupported("write")

    def detach(self):
        self._unsupported("detach")


def _fspath(file):
    if isinstance(file, (str, bytes)):
        return file.decode("utf-8", "surrogateescape") if isinstance(file, bytes) else file
    fspath = getattr(type(file), "__fspath__", None)
    if fspath is not None:
        path = fspath(file)
        if isinstance(path, bytes):
            path = path.decode("utf-8", "surrogateescape")
        return path
    raise TypeError(f"expected str, bytes or os.PathLike object, not {type(file).__name__}")


class FileIO(RawIOBase):
    """Unbuffered bytes to and from a file (open(..., buffering=0))."""

    def __init__(self, file, mode="r", closefd=True, opener=None):
        if isinstance(file, float):
            raise TypeError("integer argument expected, got float")
        name = _fspath(file)
        if not isinstance(mode, str):
            raise TypeError(f"FileIO() argument 'mode' must be str, not {type(mode).__name__}")
        modes = set(mode)
        if modes - set("rwax+b") or len(mode) > len(modes) or sum(c in modes for c in "rwax") != 1:
            raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
        base = [c for c in mode if c in "rwax"][0]
        plus = "+" in modes
        self._handle = _io.open(name, base + ("+" if plus else ""))
        if base == "a":
            _io.seek(self._handle, 0, 2)
        self.name = file
        self._readable = base == "r" or plus
        self._writable = base != "r" or plus
        self._appending = base == "a"
        self.closefd = closefd
        if base == "r":
            self.mode = "rb+" if plus else "rb"
        elif base == "w":
            self.mode = "rb+" if plus else "wb"
        else:
            self.mode = base + "b" + ("+" if plus else "")

    def readable(self):
        self._check_open()
        return self._readable

    def writable(self):
        self._check_open()
        return self._writable

    def seekable(self):
        self._check_open()
        return True

    def fileno(self):
        self._check_open()
        return _io.fileno(self._handle)

    def read(self, size=-1):
        self._check_open()
        if not self._readable:
            raise UnsupportedOperation("File not open for reading")
        return _io.read(self._handle, -1 if size is None else size)

    def readall(self):
        return self.read(-1)

    def readinto(self, b):
        data = self.read(len(b))
        b[: len(data)] = data
        return len(data)

    def write(self, b):
        self._check_open()
        if not self._writable:
            raise UnsupportedOperation("File not open for writing")
        if isinstance(b, str):
            raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")
        if self._appending:
            _io.seek(self._handle, 0, 2)
        return _io.write(self._handle, bytes(b))

    def seek(self, pos, whence=0):
        self._check_open()
        if isinstance(pos, float):
            raise TypeError("an integer is required")
        return _io.seek(self._handle, pos, whence)

    def tell(self):
        self._check_open()
        return _io.tell(self._handle)

    def truncate(self, size=None):
        self._check_open()
        if not self._writable:
            raise UnsupportedOperation("File not open for writing")
        if size is None:
            size = self.tell()
        return _io.truncate(self._handle, size)

    def close(self):
        if not self.closed:
            IOBase.close(self)
            _io.close(self._handle)

    def __repr__(self):
        if self.closed:
            return "<_io.FileIO [closed]>"
        return f"<_io.FileIO name={self.name!r} mode={self.mode!r} closefd={self.closefd!r}>"


class _Buffered(BufferedIOBase):
    """BufferedReader, BufferedWriter and BufferedRandom over a raw stream:
    reads go through a buffer; writes go straight to the raw stream, so
    nothing is lost if the object is dropped unclosed."""

    _kind = "BufferedRandom"

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self.raw = raw
        self.buffer_size = buffer_size
        self._buf = b""

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    @property
    def closed(self):
        return self.raw.closed

    def readable(self):
        return self.raw.readable()

    def writable(self):
        return self.raw.writable()

    def seekable(self):
        return self.raw.seekable()

    def fileno(self):
        return self.raw.fileno()

    def isatty(self):
        return self.raw.isatty()

    def close(self):
        if not self.raw.closed:
            self.raw.close()

    def detach(self):
        self._unread()
        raw, self.raw = self.raw, None
        return raw

    def _check_readable(self, what="read"):
        self._check_open()
        if not self.raw.readable():
            raise UnsupportedOperation(what)

    def _check_writable(self):
        self._check_open()
        if not self.raw.writable():
            raise UnsupportedOperation("write")

    def _unread(self):
        # Before writing or seeking, the raw position goes back to what
        # the reader has consumed.
        if self._buf:
            self.raw.seek(-len(self._buf), 1)
            self._buf = b""

    def read(self, size=-1):
        self._check_readable()
        if size is None or size < 0:
            out, self._buf = self._buf + self.raw.read(-1), b""
            return out
        if len(self._buf) >= size:
            out, self._buf = self._buf[:size], self._buf[size:]
            return out
        out = self._buf + self.raw.read(size - len(self._buf))
        self._buf = b""
        return out

    def read1(self, size=-1):
        self._check_readable("read1")
        if not self._buf:
            self._buf = self.raw.read(self.buffer_size)
        if size is None or size < 0:
            size = len(self._buf)
        out, self._buf = self._buf[:size], self._buf[size:]
        return out

    def peek(self, size=0):
        self._check_readable("peek")
        if not self._buf:
            self._buf = self.raw.read(self.buffer_size)
        return self._buf

    def readline(self, size=-1):
        self._check_readable("readline")
        limit = -1 if size is None or size < 0 else size
        parts = []
        total = 0
        buf = self._buf
        while True:
            end = buf.find(b"\n")
            if end >= 0:
                end += 1
            if limit >= 0 and (end < 0 or total + end > limit) and total + len(buf) >= limit:
                end = limit - total
            if end >= 0:
                parts.append(buf[:end])
                self._buf = buf[end:]
                break
            parts.append(buf)
            total += len(buf)
            buf = self.raw.read(self.buffer_size)
            if not buf:
                self._buf = b""
                break
        return b"".join(parts)

    def write(self, b):
        self._check_writable()
        if isinstance(b, str):
            raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")
        self._unread()
        return self.raw.write(b)

    def seek(self, pos, whence=0):
        self._check_open()
        if whence not in (0, 1, 2):
            raise ValueError(f"whence value {whence} unsupported")
        if whence == 1:
            pos -= len(self._buf)
        self._buf = b""
        return self.raw.seek(pos, whence)

    def tell(self):
        self._check_open()
        return self.raw.tell() - len(self._buf)

    def truncate(self, size=None):
        self._check_writable()
        self._unread()
        return self.raw.truncate(size)

    def flush(self):
        self._check_open()

    def __repr__(self):
        try:
            name = self.name
        except AttributeError:
            return f"<_io.{self._kind}>"
        return f"<_io.{self._kind} name={name!r}>"


class BufferedReader(_Buffered):
    _kind = "BufferedReader"

    def write(self, b):
        self._check_open()
        raise UnsupportedOperation("write")


class BufferedWriter(_Buffered):
    _kind = "BufferedWriter"

    def read(self, size=-1):
        self._check_open()
        raise UnsupportedOperation("read")

    def readline(self, size=-1):
        self._check_open()
        raise UnsupportedOperation("readline")


class BufferedRandom(_Buffered):
    _kind = "BufferedRandom"


class BufferedRWPair(BufferedIOBase):
    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=-1):
        return self.reader.readline(size)

    def write(self, b):
        return self.writer.write(b)

    def readable(self):
        return True

    def writable(self):
        return True

    @property
    def closed(self):
        return self.writer.closed

    def close(self):
        self.writer.close()
        self.reader.close()


# Codecs str.encode/bytes.decode lack, written here for text files:
# UTF-16 and UTF-32 in either byte order, with or without a BOM, and
# UTF-8 with a signature.

def _codec(encoding):
    name = encoding.lower().replace("_", "-")
    for alias, canon in (("utf8", "utf-8"), ("u8", "utf-8"), ("utf", "utf-8"), ("utf-8", "utf-8"),
                         ("utf-8-sig", "utf-8-sig"), ("utf8-sig", "utf-8-sig"),
                         ("utf-16", "utf-16"), ("utf16", "utf-16"), ("utf-16-le", "utf-16-le"),
                         ("utf-16le", "utf-16-le"), ("utf-16-be", "utf-16-be"), ("utf-16be", "utf-16-be"),
                         ("utf-32", "utf-32"), ("utf32", "utf-32"), ("utf-32-le", "utf-32-le"),
                         ("utf-32le", "utf-32-le"), ("utf-32-be", "utf-32-be"), ("utf-32be", "utf-32-be")):
        if name == alias:
            return canon
    "".encode(encoding)
    return encoding


def _unit(codec):
    if codec.startswith("utf-16"):
        return 2
    if codec.startswith("utf-32"):
        return 4
    return 1


def _encode_wide(text, codec, errors, bom):
    unit = _unit(codec)
    order = "big" if codec.endswith("-be") else "little"
    out = bytearray()
    if bom:
        out += (0xFEFF).to_bytes(unit, order)
    for ch in text:
        o = ord(ch)
        if unit == 2 and o > 0xFFFF:
            o -= 0x10000
            out += (0xD800 + (o >> 10)).to_bytes(2, order)
            out += (0xDC00 + (o & 0x3FF)).to_bytes(2, order)
        else:
            out += o.to_bytes(unit, order)
    return bytes(out)


def _decode_wide(data, codec, errors, order):
    unit = _unit(codec)
    chars = []
    i = 0
    n = len(data) - len(data) % unit
    while i < n:
        o = int.from_bytes(data[i:i + unit], order)
        i += unit
        if unit == 2 and 0xD800 <= o < 0xDC00 and i + 2 <= n:
            low = int.from_bytes(data[i:i + 2], order)
            if 0xDC00 <= low < 0xE000:
                i += 2
                o = 0x10000 + ((o - 0xD800) << 10) + (low - 0xDC00)
        if o > 0x10FFFF or (unit == 2 and 0xD800 <= o < 0xE000):
            if errors == "strict":
                raise UnicodeDecodeError(codec, bytes(data), i - unit, i, "illegal encoding")
            if errors == "ignore":
                continue
            o = 0xFFFD
        chars.append(chr(o))
    return "".join(chars)


def _utf8_missing(data):
    """How many bytes the UTF-8 character cut at the end of data lacks."""
    n = len(data)
    i = n - 1
    while i >= 0 and n - i <= 3 and (data[i] & 0xC0) == 0x80:
        i -= 1
    if i < 0:
        return 0
    lead = data[i]
    if 0xC0 <= lead < 0xE0:
        need = 2
    elif 0xE0 <= lead < 0xF0:
        need = 3
    elif 0xF0 <= lead < 0xF8:
        need = 4
    else:
        return 0
    return max(0, need - (n - i))


class TextIOWrapper(TextIOBase):
    """Text over a binary stream: str in and out in its encoding (UTF-8
    unless told), newlines translated as `newline` says."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if encoding is not None and not isinstance(encoding, str):
            raise TypeError(f"TextIOWrapper() argument 'encoding' must be str or None, not {type(encoding).__name__}")
        if errors is not None and not isinstance(errors, str):
            raise TypeError(f"TextIOWrapper() argument 'errors' must be str or None, not {type(errors).__name__}")
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"TextIOWrapper() argument 'newline' must be str or None, not {type(newline).__name__}")
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline}")
        if encoding is None or encoding == "locale":
            encoding = "UTF-8"
        self._buffer = buffer
        self._setup(encoding, errors or "strict", newline)
        self.line_buffering = line_buffering
        self.write_through = write_through
        self._pending = ""
        self._carry = b""
        self._seen = set()

    def _setup(self, encoding, errors, newline):
        self._codec = _codec(encoding)
        self.encoding = encoding
        self.errors = errors
        self._newline = newline
        self._order = "big" if self._codec.endswith("-be") else "little"
        # A BOM is read and written at the start only by codecs that have one.
        self._bom = self._codec in ("utf-8-sig", "utf-16", "utf-32")
        try:
            self._at_start = self._bom and buffer_tell(self._buffer) == 0
        except Exception:
            self._at_start = self._bom

    @property
    def buffer(self):
        return self._buffer

    @property
    def name(self):
        return self._buffer.name

    @property
    def closed(self):
        return self._buffer.closed

    @property
    def newlines(self):
        if not self._seen:
            return None
        found = tuple(n for n in ("\r", "\n", "\r\n") if n in self._seen)
        return found[0] if len(found) == 1 else found

    def readable(self):
        return self._buffer.readable()

    def writable(self):
        return self._buffer.writable()

    def seekable(self):
        return self._buffer.seekable()

    def fileno(self):
        return self._buffer.fileno()

    def isatty(self):
        return self._buffer.isatty()

    def flush(self):
        self._check_open()
        self._buffer.flush()

    def close(self):
        if not self._buffer.closed:
            try:
                self.flush()
            finally:
                self._buffer.close()

    def detach(self):
        buffer, self._buffer = self._buffer, None
        return buffer

    def _check_readable(self):
        self._check_open()
        if not self._buffer.readable():
            raise UnsupportedOperation("not readable")

    def _check_writable(self):
        self._check_open()
        if not self._buffer.writable():
            raise UnsupportedOperation("not writable")

    # Decoding
    def _decode(self, data, final):
        codec = self._codec
        data = self._carry + data
        self._carry = b""
        unit = _unit(codec)
        if unit > 1:
            if self._at_start and len(data) >= unit and codec in ("utf-16", "utf-32"):
                if data[:unit] == (0xFEFF).to_bytes(unit, "little"):
                    self._order = "little"
                    data = data[unit:]
                elif data[:unit] == (0xFEFF).to_bytes(unit, "big"):
                    self._order = "big"
                    data = data[unit:]
                self._at_start = False
            cut = len(data) % unit
            if cut and not final:
                data, self._carry = data[:-cut], data[-cut:]
            return _decode_wide(data, codec, self.errors, self._order)
        if codec in ("utf-8", "utf-8-sig") and not final:
            missing = _utf8_missing(data)
            if missing:
                extra = self._buffer.read(missing)
                data += extra
        text = data.decode("utf-8" if codec == "utf-8-sig" else codec, self.errors)
        if self._at_start:
            self._at_start = False
            if codec == "utf-8-sig" and text.startswith("\ufeff"):
                text = text[1:]
        return text

    def _translate(self, text):
        # Universal newlines: \r\n and \r read as \n (a \r at a chunk's end
        # waits for the next chunk: it may be half of \r\n).
        if "\r" in text:
            if "\r\n" in text:
                self._seen.add("\r\n")
            rest = text.replace("\r\n", "")
            if "\r" in rest:
                self._seen.add("\r")
            if "\n" in rest:
                self._seen.add("\n")
            if self._newline is None:
                text = text.replace("\r\n", "\n").replace("\r", "\n")
        elif "\n" in text:
            self._seen.add("\n")
        return text

    def _fill(self):
        data = self._buffer.read(DEFAULT_BUFFER_SIZE)
        if not data:
            if self._carry:
                self._pending += self._translate(self._decode(b"", True))
            return False
        text = self._decode(data, False)
        if text.endswith("\r") and self._newline in (None, ""):
            more = self._buffer.read(1)
            if more:
                text += self._decode(more, False)
        self._pending += self._translate(text)
        return True

    def read(self, size=-1):
        self._check_readable()
        if size is None or size < 0:
            while self._fill():
                pass
            out, self._pending = self._pending, ""
            return out
        while len(self._pending) < size and self._fill():
            pass
        out, self._pending = self._pending[:size], self._pending[size:]
        return out

    def _line_end(self, text):
        nl = self._newline
        if nl is None or nl == "\n":
            i = text.find("\n")
            return -1 if i < 0 else i + 1
        if nl == "":
            for i, ch in enumerate(text):
                if ch == "\n":
                    return i + 1
                if ch == "\r":
                    if i + 1 < len(text):
                        return i + 2 if text[i + 1] == "\n" else i + 1
                    return -2  # need one more character to know
            return -1
        i = text.find(nl)
        return -1 if i < 0 else i + len(nl)

    def readline(self, size=-1):
        self._check_readable()
        if size is not None and not isinstance(size, int):
            raise TypeError(f"'{type(size).__name__}' object cannot be interpreted as an integer")
        while True:
            end = self._line_end(self._pending)
            if end >= 0:
                break
            if size is not None and 0 <= size <= len(self._pending):
                break
            if not self._fill():
                end = len(self._pending)
                break
        if end < 0:
            end = len(self._pending)
        if size is not None and 0 <= size < end:
            end = size
        out, self._pending = self._pending[:end], self._pending[end:]
        return out

    # Encoding
    def write(self, s):
        self._check_writable()
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        text = s
        if self._newline not in (None, "", "\n"):
            text = text.replace("\n", self._newline)
        codec = self._codec
        bom = False
        if self._bom and not getattr(self, "_bom_done", False):
            self._bom_done = True
            try:
                bom = buffer_tell(self._buffer) == 0
            except Exception:
                bom = True
        if _unit(codec) > 1:
            data = _encode_wide(text, codec, self.errors, bom)
        elif codec == "utf-8-sig":
            data = (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8", self.errors)
        else:
            data = text.encode(codec, self.errors)
        if self._pending:
            self.seek(self.tell())
        self._buffer.write(data)
        if self.line_buffering and ("\n" in s or "\r" in s):
            self.flush()
        return len(s)

    def seek(self, pos, whence=0):
        self._check_open()
        if not self._buffer.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        if whence == 1:
            if pos != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            pos = self.tell()
            whence = 0
        elif whence == 2:
            if pos != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
        elif whence != 0:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        elif pos < 0:
            raise ValueError(f"negative seek position {pos}")
        self._pending = ""
        self._carry = b""
        result = self._buffer.seek(pos, whence)
        if result == 0 and self._bom:
            self._at_start = True
        return result

    def tell(self):
        self._check_open()
        if not self._buffer.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        pos = buffer_tell(self._buffer)
        if self._pending:
            pending = self._pending
            codec = self._codec
            if _unit(codec) > 1:
                size = len(_encode_wide(pending, codec, "replace", False))
            else:
                size = len(pending.encode("utf-8" if codec == "utf-8-sig" else codec, "replace"))
            pos -= size + len(self._carry)
        return pos

    def truncate(self, size=None):
        self._check_open()
        if not self._buffer.writable():
            raise UnsupportedOperation("truncate")
        if size is None:
            size = self.tell()
        self._pending = ""
        return self._buffer.truncate(size)

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis,
                    line_buffering=None, write_through=None):
        if encoding is not None or errors is not None:
            self._setup(encoding or self.encoding, errors or ("strict" if encoding else self.errors),
                        self._newline)
        if newline is not Ellipsis:
            if newline not in (None, "", "\n", "\r", "\r\n"):
                raise ValueError(f"illegal newline value: {newline}")
            self._newline = newline
        if line_buffering is not None:
            self.line_buffering = bool(line_buffering)
        if write_through is not None:
            self.write_through = bool(write_through)

    def __repr__(self):
        parts = ["<_io.TextIOWrapper"]
        try:
            parts.append(f"name={self.name!r}")
        except AttributeError:
            pass
        mode = getattr(self, "mode", None)
        if mode is not None:
            parts.append(f"mode={mode!r}")
        parts.append(f"encoding={self.encoding!r}>")
        return " ".join(parts)


def buffer_tell(buffer):
    return buffer.tell()


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    if not isinstance(mode, str):
        raise TypeError(f"open() argument 'mode' must be str, not {type(mode).__name__}")
    if not isinstance(buffering, int):
        raise TypeError(f"'{type(buffering).__name__}' object cannot be interpreted as an integer")
    # Argument types first, as CPython's argument parsing does.
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError(f"open() argument 'encoding' must be str or None, not {type(encoding).__name__}")
    if errors is not None and not isinstance(errors, str):
        raise TypeError(f"open() argument 'errors' must be str or None, not {type(errors).__name__}")
    if newline is not None and not isinstance(newline, str):
        raise TypeError(f"open() argument 'newline' must be str or None, not {type(newline).__name__}")
    modes = set(mode)
    if modes - set("axrwb+tU") or len(mode) > len(modes):
        raise ValueError(f"invalid mode: '{mode}'")
    if "U" in modes:
        raise ValueError(f"invalid mode: '{mode}'")
    kinds = sum(c in modes for c in "rwax")
    if "b" in modes and "t" in modes:
        raise ValueError("can't have text and binary mode at once")
    if kinds > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if kinds == 0:
        raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
    if "b" in modes and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if "b" in modes and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if "b" in modes and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if newline not in (None, "", "\n", "\r", "\r\n"):
        raise ValueError(f"illegal newline value: {newline}")
    if buffering == 0 and "b" not in modes:
        raise ValueError("can't have unbuffered text I/O")
    if encoding is not None:
        _codec(encoding)
    raw_mode = "".join(c for c in mode if c in "rwax+")
    raw = FileIO(file, raw_mode, closefd, opener)
    if buffering == 0:
        return raw
    size = buffering if buffering > 1 else DEFAULT_BUFFER_SIZE
    if "+" in modes:
        buffer = BufferedRandom(raw, size)
    elif "r" in modes:
        buffer = BufferedReader(raw, size)
    else:
        buffer = BufferedWriter(raw, size)
    if "b" in modes:
        return buffer
    text = TextIOWrapper(buffer, encoding, errors, newline, line_buffering=buffering == 1)
    text.mode = mode
    return text


class _Memory:
    """What StringIO and BytesIO share: a buffer, a position, closing."""

    @property
    def closed(self):
        return self._closed

    def _check_open(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def isatty(self):
        self._check_open()
        return False

    def flush(self):
        self._check_open()

    def close(self):
        self._closed = True

    def tell(self):
        self._check_open()
        return self._pos

    def getvalue(self):
        self._check_open()
        return self._buf

    def read(self, size=-1):
        self._check_open()
        if size is None or size < 0:
            end = len(self._buf)
        else:
            end = min(len(self._buf), self._pos + size)
        start = min(self._pos, end)
        self._pos = max(self._pos, end)
        return self._buf[start:end]

    def _line_end(self, buf, start):
        end = buf.find(self._newline_mark, start)
        return len(buf) if end < 0 else end + len(self._newline_mark)

    def readline(self, size=-1):
        self._check_open()
        buf = self._buf
        start = self._pos
        if start >= len(buf):
            return buf[:0]
        end = self._line_end(buf, start)
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = end
        return buf[start:end]

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                return lines

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("Negative size value %d" % size)
        self._buf = self._buf[:size]
        return size

    def seek(self, pos, whence=0):
        self._check_open()
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = self._size
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    # Appends (the common case: building text) collect in a list joined
    # only when the buffer is read, so n writes cost O(n), not O(n^2).
    @property
    def _buf(self):
        if self._tail:
            self._head = self._head[:0].join([self._head] + self._tail)
            self._tail = []
        return self._head

    @_buf.setter
    def _buf(self, value):
        self._head = value
        self._tail = []
        self._size = len(value)

    def _write(self, data):
        pos = self._pos
        if pos == self._size:
            self._tail.append(data)
            self._size += len(data)
        else:
            buf = self._buf
            if pos > len(buf):
                buf = buf + self._pad * (pos - len(buf))
            self._buf = buf[:pos] + data + buf[pos + len(data):]
        self._pos = pos + len(data)

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()


class StringIO(_Memory, TextIOBase):
    """An in-memory text stream."""

    _pad = "\0"

    def _check_open(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        self._newline = newline
        self._newline_mark = "\n" if newline in (None, "", "\n") else newline
        self._buf = ""
        self._pos = 0
        self._closed = False
        if initial_value is not None:
            self.write(initial_value)
            self._pos = 0

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        if self._newline is None:
            s = s.replace("\r\n", "\n").replace("\r", "\n")
        elif self._newline in ("\r", "\r\n"):
            s = s.replace("\n", self._newline)
        self._write(s)
        return n

    def _line_end(self, buf, start):
        if self._newline != "":
            return _Memory._line_end(self, buf, start)
        # newline='': lines end at \r, \n or \r\n, kept as they are.
        cr = buf.find("\r", start)
        lf = buf.find("\n", start)
        if cr < 0 and lf < 0:
            return len(buf)
        if cr < 0 or 0 <= lf < cr:
            return lf + 1
        return cr + 2 if buf[cr + 1:cr + 2] == "\n" else cr + 1

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    def __repr__(self):
        return "<_io.StringIO object>"


class BytesIO(_Memory, BufferedIOBase):
    """An in-memory binary stream."""

    _pad = b"\0"
    _newline_mark = b"\n"

    def __init__(self, initial_bytes=b""):
        self._buf = b""
        self._pos = 0
        self._closed = False
        if initial_bytes is not None:
            self.write(initial_bytes)
            self._pos = 0

    def write(self, b):
        self._check_open()
        if isinstance(b, str) or not hasattr(b, "__len__"):
            raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)
        b = bytes(b)
        self._write(b)
        return len(b)

    def read1(self, size=-1):
        return self.read(size)

    def __repr__(self):
        return "<_io.BytesIO object>"


def _register_std_streams():
    # sys.stdin/stdout/stderr are made before io (stdlib/py/_sysextras.py).
    import sys

    TextIOBase.register(type(sys.__stdout__))
    BufferedIOBase.register(type(sys.__stdout__.buffer))


_register_std_streams()
del _register_std_streams

BlockingIOError = BlockingIOError


def open_code(path):
    """Opens a file of code for reading, in binary."""
    if not isinstance(path, str):
        raise TypeError(f"open_code() argument 'path' must be str, not {type(path).__name__}")
    return open(path, "rb")


def text_encoding(encoding, stacklevel=2):
    """The encoding a text file opened with `encoding` uses."""
    return "utf-8" if encoding is None else encoding


class IncrementalNewlineDecoder:
    """Universal newlines over a decoder's output (\\r\\n and \\r become
    \\n when translate is true); a \\r at the end waits for what follows."""

    def __init__(self, decoder, translate, errors="strict"):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self._pendingcr = False
        self._seen = set()

    def decode(self, input, final=False):
        output = self.decoder.decode(input, final=final) if self.decoder is not None else input
        if self._pendingcr and (output or final):
            output = "\r" + output
            self._pendingcr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self._pendingcr = True
        crlf = output.count("\r\n")
        cr = output.count("\r") - crlf
        lf = output.count("\n") - crlf
        if crlf:
            self._seen.add("\r\n")
        if cr:
            self._seen.add("\r")
        if lf:
            self._seen.add("\n")
        if self.translate:
            if crlf:
                output = output.replace("\r\n", "\n")
            if cr:
                output = output.replace("\r", "\n")
        return output

    def getstate(self):
        buf, flag = (b"", 0) if self.decoder is None else self.decoder.getstate()
        return buf, (flag << 1) | int(self._pendingcr)

    def setstate(self, state):
        buf, flag = state
        self._pendingcr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))

    def reset(self):
        self._seen = set()
        self._pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        found = tuple(n for n in ("\r", "\n", "\r\n") if n in self._seen)
        if not found:
            return None
        return found[0] if len(found) == 1 else found
