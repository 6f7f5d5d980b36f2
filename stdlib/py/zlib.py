"""zlib: compression compatible with gzip, as CPython 3.11's module.

Deflate and inflate are native (`_zlib`, over miniz_oxide); the stream
objects here keep what CPython's expose (unused_data, unconsumed_tail,
eof). The compressed bytes are valid zlib/gzip/raw deflate data but not
always byte-for-byte what the C zlib writes.
"""

import _zlib
from _zlib import error, adler32, crc32
from operator import index as _index

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
ZLIB_VERSION = "1.2.13"
ZLIB_RUNTIME_VERSION = "1.2.13"
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_DEFAULT_STRATEGY = 0
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6


def _buffer(data):
    if isinstance(data, bytes):
        return data
    try:
        return memoryview(data).tobytes()
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(data).__name__) from None


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    """Returns a bytes object containing compressed data."""
    return _zlib.compress(_buffer(data), level, wbits)


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    """Returns a bytes object containing the uncompressed data."""
    bufsize = _index(bufsize)
    if bufsize < 0:
        raise ValueError("bufsize must be non-negative")
    return _zlib.decompress(_buffer(data), wbits, bufsize)


class Compress:
    def __init__(self, *args):
        raise TypeError("cannot create 'zlib.Compress' instances")

    def compress(self, data, /):
        """Returns a bytes object containing compressed data."""
        return _zlib.compress_more(self._state, _buffer(data))

    def flush(self, mode=Z_FINISH, /):
        """Return a bytes object containing any remaining compressed data."""
        return _zlib.compress_flush(self._state, mode)

    def copy(self):
        raise ValueError("Inconsistent stream state")


class Decompress:
    def __init__(self, *args):
        raise TypeError("cannot create 'zlib.Decompress' instances")

    def decompress(self, data, /, max_length=0):
        """Return a bytes object containing the decompressed version of the data."""
        max_length = _index(max_length)
        if max_length < 0:
            raise ValueError("max_length must be non-negative")
        data = _buffer(data)
        if self.eof:
            self.unused_data += data
            return b""
        out, used, eof = _zlib.decompress_more(self._state, data, max_length)
        if eof:
            self.eof = True
            self.unused_data += data[used:]
            self.unconsumed_tail = b""
        else:
            self.unconsumed_tail = data[used:]
        return out

    def flush(self, length=DEF_BUF_SIZE, /):
        """Return a bytes object containing any remaining decompressed data."""
        length = _index(length)
        if length <= 0:
            raise ValueError("length must be greater than zero")
        tail = self.unconsumed_tail
        self._flushed = True
        if self.eof:
            return b""
        out, used, eof = _zlib.decompress_more(self._state, tail, 0)
        self.unconsumed_tail = b""
        if eof:
            self.eof = True
            self.unused_data += tail[used:]
        return out

    def copy(self):
        """Return a copy of the decompression object."""
        if getattr(self, "_flushed", False):
            raise ValueError("Inconsistent stream state")
        other = object.__new__(Decompress)
        other._state = _zlib.decompress_copy(self._state)
        other.unused_data = self.unused_data
        other.unconsumed_tail = self.unconsumed_tail
        other.eof = self.eof
        return other

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS,
                memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None):
    """Return a compressor object."""
    if zdict:
        raise ValueError("zdict (a preset dictionary) is not supported")
    c = object.__new__(Compress)
    c._state = _zlib.compressor(level, method, wbits, memLevel, strategy)
    return c


def decompressobj(wbits=MAX_WBITS, zdict=b""):
    """Return a decompressor object."""
    if zdict:
        raise ValueError("zdict (a preset dictionary) is not supported")
    state = _zlib.decompressor(wbits)
    if state is None:
        raise ValueError("Invalid initialization option")
    d = object.__new__(Decompress)
    d._state = state
    d.unused_data = b""
    d.unconsumed_tail = b""
    d.eof = False
    return d
