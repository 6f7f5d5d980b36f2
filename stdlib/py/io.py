"""File objects for open(): text (UTF-8, universal newlines) and binary.

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


class TextIOWrapper(_File):
    """A text file: str in and out, UTF-8, universal newlines on reading."""

    def __init__(self, handle, name, mode, readable, writable, encoding="UTF-8"):
        _File.__init__(self, handle, name, mode, readable, writable)
        self.encoding = encoding
        self._pending = ""

    def _fill(self):
        data = _io.read(self._handle, 8192)
        if not data:
            return False
        text = self._pending + data.decode()
        # A \r at the end may be half of \r\n: keep it for the next chunk.
        if text.endswith("\r"):
            more = _io.read(self._handle, 1)
            text += more.decode()
        self._pending = text.replace("\r\n", "\n").replace("\r", "\n")
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

    def readline(self, size=-1):
        self._check_readable()
        while "\n" not in self._pending and self._fill():
            pass
        end = self._pending.find("\n")
        end = len(self._pending) if end < 0 else end + 1
        if size is not None and 0 <= size < end:
            end = size
        out, self._pending = self._pending[:end], self._pending[end:]
        return out

    def write(self, s):
        self._check_writable()
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        _io.write(self._handle, s.encode())
        return len(s)

    def seek(self, pos, whence=0):
        self._check_open()
        self._pending = ""
        return _io.seek(self._handle, pos, whence)

    def tell(self):
        self._check_open()
        return _io.tell(self._handle) - len(self._pending.encode())

    def __repr__(self):
        return f"<_io.TextIOWrapper name={self.name!r} mode={self.mode!r} encoding='UTF-8'>"


class BufferedFile(_File):
    """A binary file: bytes in and out."""

    def read(self, size=-1):
        self._check_readable()
        return _io.read(self._handle, -1 if size is None else size)

    def readline(self, size=-1):
        self._check_readable()
        out = b""
        while size is None or size < 0 or len(out) < size:
            c = _io.read(self._handle, 1)
            if not c:
                break
            out += c
            if c == b"\n":
                break
        return out

    def write(self, b):
        self._check_writable()
        if not isinstance(b, bytes):
            raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")
        return _io.write(self._handle, b)

    def seek(self, pos, whence=0):
        self._check_open()
        return _io.seek(self._handle, pos, whence)

    def tell(self):
        self._check_open()
        return _io.tell(self._handle)

    def __repr__(self):
        kind = "BufferedReader" if self._readable and not self._writable else "BufferedWriter"
        return f"<_io.{kind} name={self.name!r}>"


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    if not isinstance(mode, str):
        raise TypeError(f"open() argument 'mode' must be str, not {type(mode).__name__}")
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
    if not isinstance(file, str):
        raise TypeError(f"expected str, bytes or os.PathLike object, not {type(file).__name__}")
    base = [c for c in mode if c in "rwax"][0]
    plus = "+" in modes
    handle = _io.open(file, base + ("+" if plus else ""))
    readable = base == "r" or plus
    writable = base != "r" or plus
    if "b" in modes:
        return BufferedFile(handle, file, mode, readable, writable)
    return TextIOWrapper(handle, file, mode, readable, writable)
