"""_pyio: CPython's name for its io written in Python. whirl's io is
itself written in Python (stdlib/py/io.py), so this is the same classes
under that name (CPython's tests run their "Py" variants against it)."""

from io import (
    DEFAULT_BUFFER_SIZE,
    SEEK_CUR,
    SEEK_END,
    SEEK_SET,
    BufferedIOBase,
    BufferedRandom,
    BufferedReader,
    BufferedRWPair,
    BufferedWriter,
    BytesIO,
    FileIO,
    IOBase,
    RawIOBase,
    StringIO,
    TextIOBase,
    TextIOWrapper,
    UnsupportedOperation,
    BlockingIOError,
    IncrementalNewlineDecoder,
    open,
    open_code,
    text_encoding,
)
