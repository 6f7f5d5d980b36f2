"""File objects for open(): text (in an encoding, universal newlines) and binary.

whirl's own implementation in Python over the native `_io` handles. Reads
take what they need from the file; writes go straight through.
"""

import _io

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class UnsupportedOperation(OSError, ValueError):
    pass


class _File:
    def __init__(self, handle, name, mode, readable, writable):
        self._handle = handle
        self.name = name
        self.mode = mode
        self._readable = readable
        self._writable = writable
        self.closed = False

    def _check_open(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def _check_readable(self):
        self._check_open()
        if not self._readable:
            raise UnsupportedOperation("not readable")

    def _check_writable(self):
        self._check_open()
        if not self._writable:
            raise UnsupportedOperation("not writable")

    def readable(self):
        self._check_open()
        return self._readable

    def writable(self):
        self._check_open()
        return self._writable

    def seekable(self):
        self._check_open()
        return True

    def close(self):
        if not self.closed:
            self.closed = True
            _io.close(self._handle)

    def flush(self):
        self._check_open()

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        for line in lines:
            self.write(line)


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


def _codec_family(encoding):
    """'utf-8', 'utf-8-sig' or 'bytes' (one byte a character) for an
    encoding name str.encode knows; LookupError for any other."""
    name = encoding.lower().replace("_", "-")
    if name in ("utf-8-sig", "utf8-sig"):
        return "utf-8-sig"
    "".encode(encoding)
    if name in ("utf-8", "utf8", "u8", "utf"):
        return "utf-8"
    return "bytes"


DEFAULT_BUFFER_SIZE = 8192


class TextIOWrapper(_File):
    """A text stream over a binary one (`buffer`): str in and out in its
    encoding (UTF-8 unless told); newlines translated as `newline` says
    (None: universal newlines in, "\\n" out)."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False):
        if encoding is not None and not isinstance(encoding, str):
            raise TypeError(f"TextIOWrapper() argument 'encoding' must be str or None, not {type(encoding).__name__}")
        if errors is not None and not isinstance(errors, str):
            raise TypeError(f"TextIOWrapper() argument 'errors' must be str or None, not {type(errors).__name__}")
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"TextIOWrapper() argument 'newline' must be str or None, not {type(newline).__name__}")
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline}")
        if encoding is None:
            encoding = "UTF-8"
        if errors is None:
            errors = "strict"
        family = _codec_family(encoding)
        self.buffer = buffer
        self.encoding = encoding
        self.errors = errors
        self.line_buffering = bool(line_buffering)
        self.write_through = bool(write_through)
        self._newline = newline
        self._pending = ""
        self._utf8 = family != "bytes"
        self._sig = family == "utf-8-sig"
        self._codec = "utf-8" if self._utf8 else encoding
        # utf-8-sig: the BOM is skipped at the start and written first.
        self._at_start = self._sig and self._buffer_at_start()

    def _buffer_at_start(self):
        try:
            return self.buffer.seekable() and self.buffer.tell() == 0
        except (OSError, ValueError, AttributeError):
            return False

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def name(self):
        return self.buffer.name

    @property
    def newlines(self):
        return None

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def isatty(self):
        return self.buffer.isatty()

    def fileno(self):
        return self.buffer.fileno()

    def _check_readable(self):
        self._check_open()
        if not self.buffer.readable():
            raise UnsupportedOperation("not readable")

    def _check_writable(self):
        self._check_open()
        if not self.buffer.writable():
            raise UnsupportedOperation("not writable")

    def flush(self):
        self._check_open()
        self.buffer.flush()

    def close(self):
        if not self.buffer.closed:
            try:
                self.flush()
            finally:
                self.buffer.close()

    def detach(self):
        buffer = self.buffer
        self.flush()
        return buffer

    def _fill(self):
        data = self.buffer.read(DEFAULT_BUFFER_SIZE)
        if not data:
            return False
        if self._utf8:
            # A character cut by the chunk's end: read the rest of it.
            missing = _utf8_missing(data)
            if missing:
                data += self.buffer.read(missing)
        text = data.decode(self._codec, self.errors)
        if self._at_start:
            self._at_start = False
            if text.startswith("\ufeff"):
                text = text[1:]
        text = self._pending + text
        if self._newline is None:
            # A \r at the end may be half of \r\n: keep it for the next chunk.
            if text.endswith("\r"):
                more = self.buffer.read(1)
                text += more.decode(self._codec, self.errors)
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        self._pending = text
        return True

    def _line_end(self):
        """Where the first line of the pending text ends (after its
        newline), or -1 when it has no complete line yet."""
        buf = self._pending
        if self._newline is None or self._newline == "\n":
            end = buf.find("\n")
            return end + 1 if end >= 0 else -1
        if self._newline == "":
            cr = buf.find("\r")
            lf = buf.find("\n")
            if cr < 0 and lf < 0:
                return -1
            if cr < 0 or 0 <= lf < cr:
                return lf + 1
            if cr + 1 == len(buf):
                return -1  # \r\n may be cut here
            return cr + 2 if buf[cr + 1] == "\n" else cr + 1
        end = buf.find(self._newline)
        return end + len(self._newline) if end >= 0 else -1

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

    def readline(self, size=-1):
        self._check_readable()
        while True:
            end = self._line_end()
            if end >= 0 or (size is not None and 0 <= size <= len(self._pending)):
                break
            if not self._fill():
                break
        if end < 0:
            end = len(self._pending)
        if size is not None and 0 <= size < end:
            end = size
        out, self._pending = self._pending[:end], self._pending[end:]
        return out

    def write(self, s):
        self._check_writable()
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        n = len(s)
        if self._newline in ("\r", "\r\n"):
            s = s.replace("\n", self._newline)
        data = s.encode(self._codec, self.errors)
        if self._sig and not getattr(self, "_bom_done", False):
            self._bom_done = True
            if self._buffer_at_start():
                data = b"\xef\xbb\xbf" + data
        if self._pending:
            # Unread text: the stream's position goes back to what was read.
            self.buffer.seek(self.tell())
            self._pending = ""
        self.buffer.write(data)
        if self.line_buffering and ("\n" in s or "\r" in s):
            self.buffer.flush()
        return n

    def seek(self, pos, whence=0):
        self._check_open()
        self._pending = ""
        return self.buffer.seek(pos, whence)

    def tell(self):
        self._check_open()
        return self.buffer.tell() - len(self._pending.encode(self._codec, "replace"))

    def truncate(self, pos=None):
        self.flush()
        return self.buffer.truncate(pos)

    def __repr__(self):
        try:
            name = f" name={self.name!r}"
        except AttributeError:
            name = ""
        mode = self.__dict__.get("mode")
        mode = f" mode={mode!r}" if mode is not None else ""
        return f"<_io.TextIOWrapper{name}{mode} encoding={self.encoding!r}>"


class _BufferedIO:
    """BufferedReader, BufferedWriter, BufferedRandom: a binary stream over
    a raw one (`raw`). Writes go straight through to it."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not isinstance(buffer_size, int):
            raise TypeError(f"'{type(buffer_size).__name__}' object cannot be interpreted as an integer")
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self.raw = raw

    @property
    def closed(self):
        return self.raw.closed

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    def _check_open(self):
        if self.raw.closed:
            raise ValueError("I/O operation on closed file.")

    def readable(self):
        return self.raw.readable()

    def writable(self):
        return self.raw.writable()

    def seekable(self):
        return self.raw.seekable()

    def isatty(self):
        return self.raw.isatty()

    def fileno(self):
        return self.raw.fileno()

    def read(self, size=-1):
        self._check_open()
        return self.raw.read(size)

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._check_open()
        return self.raw.readline(size)

    def readlines(self, hint=-1):
        return self.raw.readlines(hint)

    def peek(self, size=0):
        pos = self.raw.tell()
        data = self.raw.read(max(size, 1))
        self.raw.seek(pos)
        return data

    def write(self, b):
        self._check_open()
        return self.raw.write(b)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self._check_open()
        self.raw.flush()

    def seek(self, pos, whence=0):
        return self.raw.seek(pos, whence)

    def tell(self):
        return self.raw.tell()

    def truncate(self, pos=None):
        return self.raw.truncate(pos)

    def close(self):
        if not self.raw.closed:
            try:
                self.flush()
            finally:
                self.raw.close()

    def detach(self):
        raw = self.raw
        self.flush()
        return raw

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __repr__(self):
        try:
            return f"<_io.{type(self).__name__} name={self.name!r}>"
        except AttributeError:
            return f"<_io.{type(self).__name__}>"


class BufferedReader(_BufferedIO):
    pass


class BufferedWriter(_BufferedIO):
    pass


class BufferedRandom(_BufferedIO):
    pass


class BufferedFile(_File):
    """A binary file: bytes in and out; reads go through a buffer."""

    def __init__(self, handle, name, mode, readable, writable):
        _File.__init__(self, handle, name, mode, readable, writable)
        self._buf = b""

    def _unread(self):
        # Before writing or seeking, the file position goes back to what
        # the reader has consumed.
        if self._buf:
            _io.seek(self._handle, -len(self._buf), 1)
            self._buf = b""

    def read(self, size=-1):
        self._check_readable()
        if size is None or size < 0:
            out, self._buf = self._buf + _io.read(self._handle, -1), b""
            return out
        if len(self._buf) >= size:
            out, self._buf = self._buf[:size], self._buf[size:]
            return out
        out = self._buf + _io.read(self._handle, size - len(self._buf))
        self._buf = b""
        return out

    def readline(self, size=-1):
        self._check_readable()
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
            buf = _io.read(self._handle, 8192)
            if not buf:
                self._buf = b""
                break
        return b"".join(parts)

    def write(self, b):
        self._check_writable()
        if not isinstance(b, bytes):
            raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")
        self._unread()
        return _io.write(self._handle, b)

    def seek(self, pos, whence=0):
        self._check_open()
        self._unread()
        return _io.seek(self._handle, pos, whence)

    def tell(self):
        self._check_open()
        return _io.tell(self._handle) - len(self._buf)

    def __repr__(self):
        return f"<_io.FileIO name={self.name!r} mode={self.mode!r} closefd=True>"


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    if not isinstance(mode, str):
        raise TypeError(f"open() argument 'mode' must be str, not {type(mode).__name__}")
    if newline is not None and not isinstance(newline, str):
        raise TypeError(f"open() argument 'newline' must be str or None, not {type(newline).__name__}")
    modes = set(mode)
    if modes - set("axrwb+t") or len(mode) > len(modes):
        raise ValueError(f"invalid mode: '{mode}'")
    kinds = sum(c in modes for c in "rwax")
    if kinds != 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if "b" in modes and "t" in modes:
        raise ValueError("can't have text and binary mode at once")
    if "b" in modes and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if "b" in modes and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if "b" in modes and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if newline not in (None, "", "\n", "\r", "\r\n"):
        raise ValueError(f"illegal newline value: {newline}")
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError(f"open() argument 'encoding' must be str or None, not {type(encoding).__name__}")
    if errors is not None and not isinstance(errors, str):
        raise TypeError(f"open() argument 'errors' must be str or None, not {type(errors).__name__}")
    if encoding is not None:
        _codec_family(encoding)
    if not isinstance(file, str):
        raise TypeError(f"expected str, bytes or os.PathLike object, not {type(file).__name__}")
    base = [c for c in mode if c in "rwax"][0]
    plus = "+" in modes
    handle = _io.open(file, base + ("+" if plus else ""))
    if base == "a":
        _io.seek(handle, 0, 2)
    readable = base == "r" or plus
    writable = base != "r" or plus
    raw = BufferedFile(handle, file, base + "b" + ("+" if plus else ""), readable, writable)
    # As CPython: a buffered binary stream over the file, the text stream
    # over that.
    if plus:
        binary = BufferedRandom(raw)
    elif readable:
        binary = BufferedReader(raw)
    else:
        binary = BufferedWriter(raw)
    if "b" in modes:
        return binary
    text = TextIOWrapper(binary, encoding, errors, newline)
    text.mode = mode
    return text


class _Memory:
    """What StringIO and BytesIO share: a buffer, a position, closing."""

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
        self.closed = True

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


class StringIO(_Memory):
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
        self.closed = False
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


class BytesIO(_Memory):
    """An in-memory binary stream."""

    _pad = b"\0"
    _newline_mark = b"\n"

    def __init__(self, initial_bytes=b""):
        self._buf = b""
        self._pos = 0
        self.closed = False
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
