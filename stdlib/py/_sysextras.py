"""The parts of `sys` written in Python, run when `sys` is first imported:
struct sequences (flags, version_info, float_info, ...), the
implementation namespace, getsizeof, and the standard streams as text
file objects with `.buffer`, `.encoding` and `reconfigure()`.

The streams write through the native writers of stdlib/src/sys.rs; while
`sys.stdout is sys.__stdout__`, `print` bypasses the object entirely."""

import sys


class _StructSeq(tuple):
    """A tuple whose items are also named attributes, shown as
    `sys.flags(debug=0, ...)`: CPython's struct sequences."""

    __slots__ = ()
    n_unnamed_fields = 0

    def __new__(cls, values):
        values = tuple(values)
        if len(values) != cls.n_fields:
            raise TypeError(
                f"{cls._qualname}() takes a {cls.n_fields}-sequence ({len(values)}-sequence given)"
            )
        return tuple.__new__(cls, values)

    def __repr__(self):
        items = ", ".join(f"{f}={v!r}" for f, v in zip(self._fields, self))
        return f"{self._qualname}({items})"

    def __reduce__(self):
        return (type(self), (tuple(self),))


def _structseq(qualname, fields):
    namespace = {
        "__slots__": (),
        "_fields": tuple(fields),
        "_qualname": qualname,
        "n_fields": len(fields),
        "n_sequence_fields": len(fields),
    }
    for i, name in enumerate(fields):
        namespace[name] = property(lambda self, i=i: tuple.__getitem__(self, i))
    cls = type(qualname.rsplit(".", 1)[-1], (_StructSeq,), namespace)
    cls.__module__ = "sys"
    cls.__qualname__ = qualname
    return cls


_flags = sys._flag_pairs
sys.flags = _structseq("sys.flags", [n for n, _ in _flags] + ["int_max_str_digits"])(
    [v for _, v in _flags] + [-1]
)
del sys._flag_pairs

_xoptions = {}
for _x in sys._xoption_list:
    _name, _eq, _value = _x.partition("=")
    _xoptions[_name] = _value if _eq else True
sys._xoptions = _xoptions
del sys._xoption_list

sys.version_info = _structseq(
    "sys.version_info", ["major", "minor", "micro", "releaselevel", "serial"]
)(tuple(sys.version_info))
sys.hexversion = 0x030B00F0
sys.api_version = 1013
sys.float_info = _structseq(
    "sys.float_info",
    ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig",
     "mant_dig", "epsilon", "radix", "rounds"],
)((1.7976931348623157e308, 1024, 308, 2.2250738585072014e-308, -1021, -307,
   15, 53, 2.220446049250313e-16, 2, 1))
sys.int_info = _structseq(
    "sys.int_info",
    ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"],
)((30, 4, 4300, 640))
sys.hash_info = _structseq(
    "sys.hash_info",
    ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"],
)((64, 2305843009213693951, 314159, 0, 1000003, "siphash13", 64, 128, 0))
sys.thread_info = _structseq("sys.thread_info", ["name", "lock", "version"])(
    ("pthread", "mutex+cond", None)
)
sys.maxunicode = 0x10FFFF
sys.float_repr_style = "short"
sys.abiflags = ""
sys.dont_write_bytecode = bool(sys.flags.dont_write_bytecode)
sys.pycache_prefix = None
sys.platlibdir = "lib"
sys.prefix = sys.base_prefix = sys.exec_prefix = sys.base_exec_prefix = "/usr/local"
sys.meta_path = []
sys.path_hooks = []
sys.path_importer_cache = {}
sys.copyright = "Copyright (c) the whirl authors. MIT License."
sys.stdlib_module_names = frozenset(sys.stdlib_module_names)


class _Namespace:
    def __init__(self, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"namespace({items})"

    def __eq__(self, other):
        if isinstance(other, _Namespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


# whirl is its own implementation: `name` is 'whirl' (so code testing for
# 'cpython' takes its portable path), `version` the Python version it
# follows (3.11), `cache_tag` None because it writes no bytecode caches.
sys.implementation = _Namespace(
    name="whirl",
    cache_tag=None,
    version=sys.version_info,
    hexversion=sys.hexversion,
    _multiarch="x86_64-linux-gnu",
)

_trace = None
_profile = None


def settrace(function):
    """Recorded for gettrace(); whirl does not call trace functions."""
    global _trace
    _trace = function


def gettrace():
    return _trace


def setprofile(function):
    """Recorded for getprofile(); whirl does not call profile functions."""
    global _profile
    _profile = function


def getprofile():
    return _profile


_switch_interval = 0.005


def setswitchinterval(interval):
    global _switch_interval
    if interval <= 0:
        raise ValueError("switch interval must be strictly positive")
    _switch_interval = float(interval)


def getswitchinterval():
    return _switch_interval


def audit(event, *args):
    """No audit hooks run in whirl; audit events are accepted."""
    if not isinstance(event, str):
        raise TypeError(f"expected str for argument 'event', not {type(event).__name__}")


def addaudithook(hook):
    pass


def call_tracing(func, args):
    return func(*args)


def getallocatedblocks():
    return 0


def breakpointhook(*args, **kwargs):
    raise RuntimeError("whirl has no debugger: breakpoint() is not supported")


def unraisablehook(unraisable):
    msg = unraisable.err_msg or "Exception ignored in"
    sys.stderr.write(f"{msg}: {unraisable.object!r}\n")


_NO_DEFAULT = object()

# Builtin types CPython 3.11 does not track in its cycle collector: their
# objects carry no collector header.
_UNTRACKED = (int, bool, float, complex, str, bytes, bytearray, type(None), range,
              type(Ellipsis), type(NotImplemented), object)


def _header(obj, t):
    """What `getsizeof` adds to `__sizeof__()`: the collector's header,
    and for a class's instance whose `__dict__` the class added, the
    dict pointers CPython 3.11 keeps in front of the object."""
    if t.__module__ == "builtins" and "__module__" not in t.__dict__:
        return 0 if t in _UNTRACKED else 16
    try:
        # Not through the object's own __getattribute__ (CPython reads its
        # layout, not an attribute).
        object.__getattribute__(obj, "__dict__")
    except AttributeError:
        return 16
    if isinstance(obj, (int, bytes, tuple, str, BaseException)):
        return 16
    return 32


def getsizeof(obj, default=_NO_DEFAULT):
    """The size of an object in bytes: its `__sizeof__()` (looked up on its
    type) plus the collector's header. A TypeError on the way gives
    `default` when one is passed."""
    t = type(obj)
    try:
        try:
            sizeof = t.__sizeof__
        except AttributeError:
            raise TypeError(f"Type {t.__name__} doesn't define __sizeof__") from None
        size = sizeof(obj)
        if not isinstance(size, int):
            raise TypeError("an integer is required")
    except TypeError:
        if default is _NO_DEFAULT:
            raise
        return default
    if size < 0:
        raise ValueError("__sizeof__() should return >= 0")
    return int(size) + _header(obj, t)


for _f in (settrace, gettrace, setprofile, getprofile, setswitchinterval,
           getswitchinterval, audit, addaudithook, call_tracing,
           getallocatedblocks, breakpointhook, unraisablehook, getsizeof):
    setattr(sys, _f.__name__, _f)
sys.__breakpointhook__ = breakpointhook
sys.__unraisablehook__ = unraisablehook


class _StdBuffer:
    """`sys.stdout.buffer` and friends: bytes to and from the descriptor."""

    def __init__(self, fd, name, mode, text):
        self._fd = fd
        self.name = name
        self.mode = mode
        self._text = text

    def write(self, data):
        if self._fd == 0:
            raise _unsupported("write")
        if isinstance(data, memoryview):
            data = bytes(data)
        if self._fd == 1:
            self._text.flush()
        return sys._write_bytes(self._fd, data)

    def read(self, size=-1):
        if self._fd != 0:
            raise _unsupported("read")
        return sys._read_stdin(-1 if size is None else size)

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        if self._fd != 0:
            raise _unsupported("readline")
        return sys._read_stdin(None)

    def flush(self):
        if self._fd == 1:
            self._text.flush()

    def fileno(self):
        return self._fd

    def isatty(self):
        return sys._isatty(self._fd)

    def readable(self):
        return self._fd == 0

    def writable(self):
        return self._fd != 0

    def seekable(self):
        return False

    @property
    def closed(self):
        return False

    @property
    def raw(self):
        return self

    def __repr__(self):
        kind = "BufferedReader" if self._fd == 0 else "BufferedWriter"
        return f"<_io.{kind} name={self.name!r}>"


def _unsupported(what):
    import io

    return io.UnsupportedOperation(what)


class TextIOWrapper:
    """sys.stdin, sys.stdout and sys.stderr: text in UTF-8 (unless
    reconfigured) over the process's standard descriptors."""

    def __init__(self, fd, name, mode, write=None, flush=None, errors="strict"):
        self._fd = fd
        self.name = name
        self.mode = mode
        self._native_write = write
        self._native_flush = flush
        self.encoding = "utf-8"
        self.errors = errors
        self._newline = None
        self.line_buffering = fd != 0 and sys._isatty(fd)
        self.write_through = fd == 2
        self.buffer = _StdBuffer(fd, name, mode + "b" if mode == "r" else "wb", self)
        self._pending = ""
        self._closed = False

    # Writing
    def write(self, s):
        if self._fd == 0:
            raise _unsupported("not writable")
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        if self._closed:
            raise ValueError("I/O operation on closed file.")
        if self._newline not in (None, "", "\n"):
            s = s.replace("\n", self._newline)
        if self.encoding == "utf-8" and self.errors in ("strict", "surrogateescape", "backslashreplace"):
            self._native_write(s)
        else:
            self.buffer.write(s.encode(self.encoding, self.errors))
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")
        if self._native_flush is not None:
            self._native_flush()

    # Reading
    def _decode(self, data):
        text = data.decode(self.encoding, self.errors)
        if self._newline is None:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return text

    def readline(self, size=-1):
        if self._fd != 0:
            raise _unsupported("not readable")
        while "\n" not in self._pending:
            data = sys._read_stdin(None)
            if not data:
                break
            self._pending += self._decode(data)
        end = self._pending.find("\n")
        end = len(self._pending) if end < 0 else end + 1
        if size is not None and 0 <= size < end:
            end = size
        line, self._pending = self._pending[:end], self._pending[end:]
        return line

    def read(self, size=-1):
        if self._fd != 0:
            raise _unsupported("not readable")
        if size is None or size < 0:
            text = self._pending + self._decode(sys._read_stdin(-1))
            self._pending = ""
            return text
        while len(self._pending) < size:
            data = sys._read_stdin(None)
            if not data:
                break
            self._pending += self._decode(data)
        text, self._pending = self._pending[:size], self._pending[size:]
        return text

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

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # The rest of a text file's interface
    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis,
                    line_buffering=None, write_through=None):
        if encoding is not None:
            if not isinstance(encoding, str):
                raise TypeError(f"reconfigure() argument 'encoding' must be str or None, not {type(encoding).__name__}")
            "".encode(encoding)
            self.encoding = encoding.lower().replace("_", "-") if encoding.lower().replace("_", "-") in ("utf-8", "utf8") else encoding
            if self.encoding == "utf8":
                self.encoding = "utf-8"
            if errors is None:
                errors = "strict"
        if errors is not None:
            if not isinstance(errors, str):
                raise TypeError(f"reconfigure() argument 'errors' must be str or None, not {type(errors).__name__}")
            self.errors = errors
        if newline is not Ellipsis:
            if newline is not None and not isinstance(newline, str):
                raise TypeError(f"reconfigure() argument 'newline' must be str or None, not {type(newline).__name__}")
            if newline not in (None, "", "\n", "\r", "\r\n"):
                raise ValueError(f"illegal newline value: {newline}")
            self._newline = newline
        if line_buffering is not None:
            self.line_buffering = bool(line_buffering)
        if write_through is not None:
            self.write_through = bool(write_through)

    @property
    def newlines(self):
        return None

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def fileno(self):
        return self._fd

    def isatty(self):
        return sys._isatty(self._fd)

    def readable(self):
        return self._fd == 0

    def writable(self):
        return self._fd != 0

    def seekable(self):
        return False

    def detach(self):
        raise _unsupported("detach")

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        return f"<_io.TextIOWrapper name={self.name!r} mode={self.mode!r} encoding={self.encoding!r}>"


sys.stdin = sys.__stdin__ = TextIOWrapper(0, "<stdin>", "r")
sys.stdout = sys.__stdout__ = TextIOWrapper(
    1, "<stdout>", "w", sys.stdout.write, sys.stdout.flush
)
sys.stderr = sys.__stderr__ = TextIOWrapper(
    2, "<stderr>", "w", sys.stderr.write, None, "backslashreplace"
)


# sys.unraisablehook: the VM calls a hook a program installed with a
# `_UnraisableHookArgs`; while it is `__unraisablehook__`, the VM prints
# the report itself (as this function does).
_UnraisableHookArgs = _structseq(
    "UnraisableHookArgs", ["exc_type", "exc_value", "exc_traceback", "err_msg", "object"]
)


def unraisablehook(unraisable, /):
    msg = unraisable.err_msg or "Exception ignored in"
    if unraisable.object is not None:
        try:
            obj = repr(unraisable.object)
        except Exception:
            obj = "<object repr() failed>"
        sys.stderr.write(f"{msg}: {obj}\n")
    else:
        sys.stderr.write(f"{msg}\n")
    if unraisable.exc_value is not None:
        sys.__excepthook__(unraisable.exc_type, unraisable.exc_value, unraisable.exc_traceback)


sys.unraisablehook = sys.__unraisablehook__ = unraisablehook
sys._UnraisableHookArgs = _UnraisableHookArgs
del unraisablehook
