"""gzip: reading and writing gzip files (RFC 1952), as CPython 3.11's
module: compress/decompress, GzipFile and open() in binary and text modes,
over `zlib`."""

import builtins
import os
import struct
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16

READ, WRITE = 1, 2

_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9

READ_BUFFER_SIZE = 128 * 1024


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def _xfl(compresslevel):
    if compresslevel == _COMPRESS_LEVEL_BEST:
        return 2
    if compresslevel == _COMPRESS_LEVEL_FAST:
        return 4
    return 0


def _header(compresslevel, mtime, fname=b""):
    flags = FNAME if fname else 0
    out = struct.pack("<BBBBLBB", 0x1F, 0x8B, 8, flags, int(mtime) & 0xFFFFFFFF,
                      _xfl(compresslevel), 255)
    if fname:
        out += fname + b"\0"
    return out


def _parse_header(data, pos):
    """The offset where the deflate data of the member at `pos` starts (and
    the member's mtime), or None when `data` ends first."""
    if len(data) < pos + 10:
        if data[pos:pos + 2] not in (b"", b"\x1f", b"\x1f\x8b"):
            raise BadGzipFile("Not a gzipped file (%r)" % data[pos:pos + 2])
        return None
    magic = data[pos:pos + 2]
    if magic != b"\037\213":
        raise BadGzipFile("Not a gzipped file (%r)" % magic)
    method, flag, mtime = struct.unpack("<BBI", data[pos + 2:pos + 8])
    if method != 8:
        raise BadGzipFile("Unknown compression method")
    p = pos + 10
    if flag & FEXTRA:
        if len(data) < p + 2:
            return None
        (extra_len,) = struct.unpack("<H", data[p:p + 2])
        p += 2 + extra_len
    for bit in (FNAME, FCOMMENT):
        if flag & bit:
            z = data.find(b"\0", p)
            if z < 0:
                return None
            p = z + 1
    if flag & FHCRC:
        p += 2
    if p > len(data):
        return None
    return p, mtime


def _decompress_members(data, strict_end=True):
    """Decompresses every member of `data`; returns (bytes, mtime of the
    last member)."""
    out = []
    pos = 0
    mtime = None
    while True:
        # Zero bytes may pad the end of a gzip file.
        while pos < len(data) and data[pos] == 0:
            pos += 1
        if pos >= len(data):
            break
        parsed = _parse_header(data, pos)
        if parsed is None:
            raise EOFError("Compressed file ended before the end-of-stream marker was reached")
        start, mtime = parsed
        do = zlib.decompressobj(wbits=-zlib.MAX_WBITS)
        chunk = do.decompress(data[start:])
        if not do.eof or len(do.unused_data) < 8:
            raise EOFError("Compressed file ended before the end-of-stream marker was reached")
        crc, length = struct.unpack("<II", do.unused_data[:8])
        if crc != zlib.crc32(chunk):
            raise BadGzipFile("CRC check failed")
        if length != (len(chunk) & 0xFFFFFFFF):
            raise BadGzipFile("Incorrect length of data produced")
        out.append(chunk)
        pos = len(data) - len(do.unused_data) + 8
    return b"".join(out), mtime


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Compress data in one shot and return the compressed string."""
    if mtime == 0:
        return zlib.compress(data, compresslevel, 31)
    if mtime is None:
        mtime = time.time()
    data = bytes(data)
    trailer = struct.pack("<LL", zlib.crc32(data), len(data) & 0xFFFFFFFF)
    return _header(compresslevel, mtime) + zlib.compress(data, compresslevel, -15) + trailer


def decompress(data):
    """Decompress a gzip compressed string in one shot."""
    return _decompress_members(bytes(data))[0]


class GzipFile:
    """A file object that compresses on write and decompresses on read."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST,
                 fileobj=None, mtime=None):
        if mode and ("t" in mode or "U" in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and "b" not in mode:
            mode += "b"
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or "rb")
        if filename is None:
            filename = getattr(fileobj, "name", "")
            if not isinstance(filename, (str, bytes)):
                filename = ""
        else:
            filename = os.fspath(filename) if hasattr(os, "fspath") else filename
        origmode = mode
        if mode is None:
            mode = getattr(fileobj, "mode", "rb")
        if mode.startswith("r"):
            self.mode = READ
            self._buffer = None
            self._pos = 0
            self._mtime = None
            self.name = filename
        elif mode.startswith(("w", "a", "x")):
            if origmode is None:
                import warnings
                warnings.warn(
                    "GzipFile was opened for writing, but this will "
                    "change in future Python releases.  "
                    "Specify the mode argument for opening it for writing.",
                    FutureWarning, 2)
            self.mode = WRITE
            self.name = filename
            self._compressor = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS,
                                                zlib.DEF_MEM_LEVEL, 0)
            self._crc = zlib.crc32(b"")
            self._size = 0
            self._write_mtime = mtime
            self._compresslevel = compresslevel
            self._header_written = False
            self._offset = 0
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        self.fileobj = fileobj

    @property
    def mtime(self):
        """Last modification time read from stream, or None"""
        return self._mtime if self.mode == READ else None

    @property
    def closed(self):
        return self.fileobj is None

    def __repr__(self):
        s = repr(self.fileobj)
        return "<gzip " + s[1:-1] + " " + hex(id(self)) + ">"

    def _check_not_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def _write_header(self):
        fname = os.path.basename(self.name) if self.name else ""
        if isinstance(fname, str):
            fname = fname.encode("latin-1", "replace")
        if fname.endswith(b".gz"):
            fname = fname[:-3]
        mtime = self._write_mtime
        if mtime is None:
            mtime = time.time()
        self.fileobj.write(_header(self._compresslevel, mtime, fname))
        self._header_written = True

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            import errno
            raise OSError(errno.EBADF, "write() on read-only GzipFile object")
        if self.fileobj is None:
            raise ValueError("write() on closed GzipFile object")
        if isinstance(data, (bytes, bytearray)):
            data = bytes(data)
        else:
            data = memoryview(data).tobytes()
        length = len(data)
        if not self._header_written:
            self._write_header()
        if length > 0:
            self.fileobj.write(self._compressor.compress(data))
            self._size += length
            self._crc = zlib.crc32(data, self._crc)
            self._offset += length
        return length

    def _load(self):
        if self._buffer is None:
            raw = self.fileobj.read()
            self._buffer, self._mtime = _decompress_members(raw)
            self._pos = 0

    def _check_read(self, what="read"):
        self._check_not_closed()
        if self.mode != READ:
            import errno
            raise OSError(errno.EBADF, what + "() on write-only GzipFile object")

    def read(self, size=-1):
        self._check_read()
        self._load()
        if size is None or size < 0:
            end = len(self._buffer)
        else:
            end = min(len(self._buffer), self._pos + size)
        out = self._buffer[self._pos:end]
        self._pos = end
        return out

    def read1(self, size=-1):
        return self.read(size)

    def peek(self, n):
        self._check_read("peek")
        self._load()
        return self._buffer[self._pos:self._pos + max(n, 1)]

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check_read()
        self._load()
        end = self._buffer.find(b"\n", self._pos)
        end = len(self._buffer) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        out = self._buffer[self._pos:end]
        self._pos = end
        return out

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def __iter__(self):
        self._check_not_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                if not self._header_written:
                    self.fileobj = fileobj
                    self._write_header()
                    self.fileobj = None
                fileobj.write(self._compressor.flush())
                fileobj.write(struct.pack("<LL", self._crc, self._size & 0xFFFFFFFF))
        finally:
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            if not self._header_written:
                self._write_header()
            self.fileobj.write(self._compressor.flush(zlib_mode))
            self.fileobj.flush()

    def fileno(self):
        return self.fileobj.fileno()

    def rewind(self):
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self._pos = 0

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def tell(self):
        self._check_not_closed()
        if self.mode == WRITE:
            return self._offset
        return self._pos

    def seek(self, offset, whence=0):
        self._check_not_closed()
        if self.mode == WRITE:
            if whence == 1:
                offset = self._offset + offset
            elif whence != 0:
                raise ValueError("Seek from end not supported")
            if offset < self._offset:
                raise OSError("Negative seek in write mode")
            self.write(b"\0" * (offset - self._offset))
            return self._offset
        self._load()
        if whence == 1:
            offset = self._pos + offset
        elif whence == 2:
            offset = len(self._buffer) + offset
        self._pos = max(0, offset)
        return self._pos

    def __enter__(self):
        self._check_not_closed()
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def __del__(self):
        try:
            if self.fileobj is not None and self.mode == WRITE:
                self.close()
        except Exception:
            pass


class _TextWrapper:
    """gzip.open's text mode: str over a GzipFile in an encoding, with
    universal newlines on reading."""

    def __init__(self, binary, encoding, errors, newline):
        self.buffer = binary
        self.encoding = encoding or "utf-8"
        self.errors = errors or "strict"
        self._newline = newline
        self._text = None
        self._pos = 0

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def name(self):
        return self.buffer.name

    def _load(self):
        if self._text is None:
            text = self.buffer.read().decode(self.encoding, self.errors)
            if self._newline is None:
                text = text.replace("\r\n", "\n").replace("\r", "\n")
            self._text = text

    def read(self, size=-1):
        self._load()
        end = len(self._text) if size is None or size < 0 else self._pos + size
        out = self._text[self._pos:end]
        self._pos += len(out)
        return out

    def readline(self, size=-1):
        self._load()
        end = self._text.find("\n", self._pos)
        end = len(self._text) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        out = self._text[self._pos:end]
        self._pos = end
        return out

    def readlines(self, hint=-1):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        text = s
        if self._newline not in (None, "", "\n"):
            text = text.replace("\n", self._newline)
        self.buffer.write(text.encode(self.encoding, self.errors))
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        pass

    def close(self):
        self.buffer.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST,
         encoding=None, errors=None, newline=None):
    """Open a gzip-compressed file in binary or text mode."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    gz_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes)) or hasattr(filename, "__fspath__"):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        return _TextWrapper(binary_file, encoding, errors, newline)
    return binary_file
