"""pickle: serializing Python objects to bytes and back, protocols 0 to 5,
as CPython 3.11's module (whirl's own implementation, in Python).

The Pickler writes the opcodes CPython's writes for the builtin types, so
that both read each other's pickles; other objects go through the reduce
protocol (`copyreg.dispatch_table`, `__reduce_ex__`, `__reduce__`, and
the default: the class, `__getnewargs__`, `__getstate__`).
"""

import copyreg
from copyreg import dispatch_table
import io
import sys
from struct import pack, unpack

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads", "PickleBuffer",
           "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]

bytes_types = (bytes, bytearray)


class PickleError(Exception):
    """A common base class for the other pickling exceptions."""


class PicklingError(PickleError):
    """This exception is raised when an unpicklable object is passed to the
    dump() method."""


class UnpicklingError(PickleError):
    """This exception is raised when there is a problem unpickling an object."""


for _cls in (PickleError, PicklingError, UnpicklingError):
    _cls.__module__ = "_pickle"


class _StackUnderflow(UnpicklingError, IndexError):
    """An opcode found fewer items on the stack than it takes: an
    UnpicklingError (as _pickle raises) that is also the IndexError the
    pure-Python unpickler of CPython lets out."""


_StackUnderflow.__name__ = _StackUnderflow.__qualname__ = "UnpicklingError"
_StackUnderflow.__module__ = "_pickle"


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class PickleBuffer:
    """Wrapper for potentially out-of-band buffers (protocol 5)."""

    def __init__(self, buffer):
        self._view = memoryview(buffer)

    def raw(self):
        return self._view

    def release(self):
        self._view.release()


# ----- opcodes -----

MARK = b"("
STOP = b"."
POP = b"0"
POP_MARK = b"1"
DUP = b"2"
FLOAT = b"F"
INT = b"I"
BININT = b"J"
BININT1 = b"K"
LONG = b"L"
BININT2 = b"M"
NONE = b"N"
PERSID = b"P"
BINPERSID = b"Q"
REDUCE = b"R"
STRING = b"S"
BINSTRING = b"T"
SHORT_BINSTRING = b"U"
UNICODE = b"V"
BINUNICODE = b"X"
APPEND = b"a"
BUILD = b"b"
GLOBAL = b"c"
DICT = b"d"
EMPTY_DICT = b"}"
APPENDS = b"e"
GET = b"g"
BINGET = b"h"
INST = b"i"
LONG_BINGET = b"j"
LIST = b"l"
EMPTY_LIST = b"]"
OBJ = b"o"
PUT = b"p"
BINPUT = b"q"
LONG_BINPUT = b"r"
SETITEM = b"s"
TUPLE = b"t"
EMPTY_TUPLE = b")"
SETITEMS = b"u"
BINFLOAT = b"G"
TRUE = b"I01\n"
FALSE = b"I00\n"
PROTO = b"\x80"
NEWOBJ = b"\x81"
EXT1 = b"\x82"
EXT2 = b"\x83"
EXT4 = b"\x84"
TUPLE1 = b"\x85"
TUPLE2 = b"\x86"
TUPLE3 = b"\x87"
NEWTRUE = b"\x88"
NEWFALSE = b"\x89"
LONG1 = b"\x8a"
LONG4 = b"\x8b"
BINBYTES = b"B"
SHORT_BINBYTES = b"C"
SHORT_BINUNICODE = b"\x8c"
BINUNICODE8 = b"\x8d"
BINBYTES8 = b"\x8e"
EMPTY_SET = b"\x8f"
ADDITEMS = b"\x90"
FROZENSET = b"\x91"
NEWOBJ_EX = b"\x92"
STACK_GLOBAL = b"\x93"
MEMOIZE = b"\x94"
FRAME = b"\x95"
BYTEARRAY8 = b"\x96"
NEXT_BUFFER = b"\x97"
READONLY_BUFFER = b"\x98"

_TUPLE_SIZE_OPS = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]
_FRAME_TARGET = 64 * 1024
_BATCH = 1000


def _le(n, size, signed=False):
    """n as `size` little-endian bytes (struct's "<B", "<H", "<I", "<i",
    "<Q", without struct's cost per call)."""
    return n.to_bytes(size, "little", signed=signed)


def encode_long(x):
    """Two's complement little-endian bytes of x, as few as hold it."""
    if x == 0:
        return b""
    n = (x.bit_length() >> 3) + 1
    out = x.to_bytes(n, "little", signed=True)
    if x < 0 and n > 1 and out[-1] == 0xFF and out[-2] & 0x80:
        out = out[:-1]
    return out


def decode_long(data):
    return int.from_bytes(data, "little", signed=True)


# ----- Python 2 names (protocols 0-2 with fix_imports) -----

# Exceptions Python 2 had in its `exceptions` module.
_PY2_EXCEPTIONS = frozenset("""
ArithmeticError AssertionError AttributeError BaseException BufferError
BytesWarning DeprecationWarning EOFError EnvironmentError Exception
FloatingPointError FutureWarning GeneratorExit IOError ImportError
ImportWarning IndentationError IndexError KeyError KeyboardInterrupt
LookupError MemoryError NameError NotImplementedError OSError OverflowError
PendingDeprecationWarning ReferenceError RuntimeError RuntimeWarning
StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError
TypeError UnboundLocalError UnicodeDecodeError UnicodeEncodeError
UnicodeError UnicodeTranslateError UnicodeWarning UserWarning ValueError
Warning ZeroDivisionError""".split())

# Python 3 builtins -> their Python 2 (module, name).
_PY2_RENAMED = {
    "range": ("__builtin__", "xrange"), "chr": ("__builtin__", "unichr"),
    "str": ("__builtin__", "unicode"), "int": ("__builtin__", "long"),
    "zip": ("itertools", "izip"), "map": ("itertools", "imap"),
    "filter": ("itertools", "ifilter"),
    "ModuleNotFoundError": ("exceptions", "ImportError"),
}
_PY2_OSERRORS = frozenset("""
BrokenPipeError ChildProcessError ConnectionAbortedError ConnectionError
ConnectionRefusedError ConnectionResetError FileExistsError
FileNotFoundError InterruptedError IsADirectoryError NotADirectoryError
PermissionError ProcessLookupError TimeoutError""".split())
_PY2_MODULES = {"builtins": "__builtin__", "copyreg": "copy_reg",
                "queue": "Queue", "socketserver": "SocketServer",
                "configparser": "ConfigParser", "reprlib": "repr",
                "_pickle": "cPickle"}


def _to_py2(module, name):
    if module == "builtins":
        if name in _PY2_RENAMED:
            return _PY2_RENAMED[name]
        if name in _PY2_EXCEPTIONS:
            return "exceptions", name
        if name in _PY2_OSERRORS:
            return "exceptions", "OSError"
        return "__builtin__", name
    if module == "functools" and name == "reduce":
        return "__builtin__", "reduce"
    if module == "sys" and name == "intern":
        return "__builtin__", "intern"
    return _PY2_MODULES.get(module, module), name


# Python 2 (module, name) -> Python 3, for loading.
_PY3_NAMES = {
    ("__builtin__", "xrange"): ("builtins", "range"),
    ("__builtin__", "unichr"): ("builtins", "chr"),
    ("__builtin__", "unicode"): ("builtins", "str"),
    ("__builtin__", "basestring"): ("builtins", "str"),
    ("__builtin__", "long"): ("builtins", "int"),
    ("__builtin__", "reduce"): ("functools", "reduce"),
    ("__builtin__", "intern"): ("sys", "intern"),
    ("itertools", "izip"): ("builtins", "zip"),
    ("itertools", "imap"): ("builtins", "map"),
    ("itertools", "ifilter"): ("builtins", "filter"),
    ("exceptions", "StandardError"): ("builtins", "Exception"),
}
_PY3_MODULES = {"__builtin__": "builtins", "exceptions": "builtins",
                "copy_reg": "copyreg", "Queue": "queue",
                "SocketServer": "socketserver", "ConfigParser": "configparser",
                "repr": "reprlib", "cPickle": "pickle", "UserDict": "collections",
                "UserList": "collections", "UserString": "collections"}


def _codecs_encode(obj, encoding="utf-8", errors="strict"):
    """Stands for `_codecs.encode`, which protocols 0-2 name to rebuild
    bytes."""
    return obj.encode(encoding, errors)


def _getattribute(obj, name):
    for part in name.split("."):
        if part == "<locals>":
            raise AttributeError("Can't get local attribute {!r} on {!r}".format(name, obj))
        parent = obj
        obj = getattr(obj, part)
    return obj, parent


def whichmodule(obj, name):
    """The name of the module obj is found in."""
    module_name = getattr(obj, "__module__", None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if module_name == "__main__" or module_name == "__mp_main__" or module is None:
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return "__main__"


def _is_builtin_instance_type(t):
    return getattr(t, "__module__", None) == "builtins"


# ----- pickling -----

class _Framer:
    """Collects the output; from protocol 4 on, in frames of about 64 KiB,
    each led by a FRAME opcode and its length. A frame is a list of
    chunks and their total size: appending is cheap, where rewriting a
    growing buffer on every write would make pickling quadratic."""

    def __init__(self, write):
        self.file_write = write
        self.chunks = None
        self.size = 0

    def start(self):
        self.chunks = []
        self.size = 0

    def commit(self, force=False):
        if self.chunks is not None and (force or self.size >= _FRAME_TARGET):
            data = b"".join(self.chunks)
            if len(data) >= 4:
                self.file_write(FRAME + _le(len(data), 8))
            if data:
                self.file_write(data)
            self.chunks = []
            self.size = 0

    def end(self):
        self.commit(force=True)
        self.chunks = None

    def write(self, data):
        if self.chunks is not None:
            self.chunks.append(data)
            self.size += len(data)
            return len(data)
        return self.file_write(data)

    def write_large(self, header, payload):
        """Large payloads are written outside frames, as CPython does."""
        if self.chunks is not None:
            self.write(header)
            self.commit(force=True)
            self.file_write(payload)
        else:
            self.file_write(header)
            self.file_write(payload)


class _Output:
    """What dumps() writes into: a list of chunks joined once at the end."""

    def __init__(self):
        self.chunks = []
        self.write = self.chunks.append

    def getvalue(self):
        return b"".join(self.chunks)


class Pickler:
    """Writes pickles of objects to a binary file."""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        self._buffer_callback = buffer_callback
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute")
        self.framer = _Framer(self._file_write)
        self.write = self.framer.write
        self.memo = {}
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3

    def clear_memo(self):
        """Clears the pickler's "memo"."""
        self.memo.clear()

    def dump(self, obj):
        """Write a pickled representation of obj to the open file."""
        if not hasattr(self, "framer"):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % (self.__class__.__name__,))
        if self.proto >= 2:
            self.write(PROTO + _le(self.proto, 1))
        if self.proto >= 4:
            self.framer.start()
        self.save(obj)
        self.write(STOP)
        self.framer.end()

    # memo

    def memoize(self, obj):
        if self.fast:
            return
        assert id(obj) not in self.memo
        idx = len(self.memo)
        self.write(self.put(idx))
        self.memo[id(obj)] = idx, obj

    def put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        if self.bin:
            if idx < 256:
                return BINPUT + _le(idx, 1)
            return LONG_BINPUT + _le(idx, 4)
        return PUT + repr(idx).encode("ascii") + b"\n"

    def get(self, i):
        if self.bin:
            if i < 256:
                return BINGET + _le(i, 1)
            return LONG_BINGET + _le(i, 4)
        return GET + repr(i).encode("ascii") + b"\n"

    # the dispatcher

    def save(self, obj, save_persistent_id=True):
        self.framer.commit()
        pid = self.persistent_id(obj)
        if pid is not None and save_persistent_id:
            self.save_pers(pid)
            return
        x = self.memo.get(id(obj))
        if x is not None:
            self.write(self.get(x[0]))
            return
        t = type(obj)
        f = self._dispatch.get(t)
        if f is not None:
            f(self, obj)
            return
        reduce = None
        override = getattr(self, "reducer_override", None)
        rv = NotImplemented
        if override is not None:
            rv = override(obj)
        if rv is NotImplemented:
            table = getattr(self, "dispatch_table", dispatch_table)
            reduce = table.get(t)
            if reduce is not None:
                rv = reduce(obj)
            elif issubclass(t, type):
                self.save_global(obj)
                return
            else:
                rv = self._reduce(obj, t)
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if not 2 <= len(rv) <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        self.save_reduce(*rv, obj=obj)

    def _reduce(self, obj, t):
        """What obj's __reduce_ex__ / __reduce__ give, else the default."""
        for name in ("__reduce_ex__", "__reduce__"):
            for klass in t.__mro__:
                if klass is object:
                    break
                if name in klass.__dict__:
                    method = getattr(obj, name)
                    return method(self.proto) if name == "__reduce_ex__" else method()
        if callable(obj) and hasattr(obj, "__qualname__") and not hasattr(obj, "__dict__") is False \
                and (t.__name__ in ("function", "builtin_function_or_method")):
            return obj.__qualname__
        if t is _MethodType:
            # method.__reduce__: looked up again on its object.
            return getattr, (obj.__self__, obj.__name__)
        if isinstance(obj, BaseException):
            state = getattr(obj, "__dict__", None)
            if state:
                return t, obj.args, state
            return t, obj.args
        if _is_builtin_instance_type(t) and t not in _DEFAULT_REDUCIBLE:
            raise TypeError("cannot pickle %r object" % t.__name__)
        return copyreg._object_reduce_ex(obj, self.proto)

    def persistent_id(self, obj):
        return None

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
        else:
            try:
                self.write(PERSID + str(pid).encode("ascii") + b"\n")
            except UnicodeEncodeError:
                raise PicklingError(
                    "persistent IDs in protocol 0 must be ASCII strings")

    def save_reduce(self, func, args, state=None, listitems=None,
                    dictitems=None, state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by "
                                "__reduce__ must be a tuple")
        if not callable(func):
            raise PicklingError("first item of the tuple returned by "
                                "__reduce__ must be callable")
        save = self.save
        write = self.write
        func_name = getattr(func, "__name__", "")
        if self.proto >= 2 and func_name == "__newobj_ex__":
            cls, args, kwargs = args
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj_ex__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj_ex__ args has the wrong class")
            if self.proto >= 4:
                save(cls)
                save(args)
                save(kwargs)
                write(NEWOBJ_EX)
            else:
                import functools
                # cls.__new__ may be a builtin that has no name to pickle
                # by; copyreg.__newobj_ex__ calls it.
                func = functools.partial(copyreg.__newobj_ex__, cls, args, kwargs)
                save(func)
                save(())
                write(REDUCE)
        elif self.proto >= 2 and func_name == "__newobj__":
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            save(cls)
            save(args[1:])
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)
        if obj is not None:
            if id(obj) in self.memo:
                write(POP + self.get(self.memo[id(obj)][0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                write(BUILD)
            else:
                save(state_setter)
                save(obj)
                save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    # the builtin types

    _dispatch = {}

    def save_none(self, obj):
        self.write(NONE)

    _dispatch[type(None)] = save_none

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)

    _dispatch[bool] = save_bool

    def save_long(self, obj):
        if self.bin:
            if obj >= 0:
                if obj <= 0xFF:
                    self.write(BININT1 + _le(obj, 1))
                    return
                if obj <= 0xFFFF:
                    self.write(BININT2 + _le(obj, 2))
                    return
            if -0x80000000 <= obj <= 0x7FFFFFFF:
                self.write(BININT + _le(obj, 4, True))
                return
        if self.proto >= 2:
            encoded = encode_long(obj)
            n = len(encoded)
            if n < 256:
                self.write(LONG1 + _le(n, 1) + encoded)
            else:
                self.write(LONG4 + _le(n, 4, True) + encoded)
            return
        if -0x80000000 <= obj <= 0x7FFFFFFF:
            self.write(INT + repr(obj).encode("ascii") + b"\n")
        else:
            self.write(LONG + repr(obj).encode("ascii") + b"L\n")

    _dispatch[int] = save_long

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + pack(">d", obj))
        else:
            self.write(FLOAT + repr(obj).encode("ascii") + b"\n")

    _dispatch[float] = save_float

    def _save_global_name(self, module, name):
        if self.proto >= 4:
            self.save(module)
            self.save(name)
            self.write(STACK_GLOBAL)
        else:
            if self.fix_imports:
                module, name = _to_py2(module, name)
            self.write(GLOBAL + module.encode("utf-8") + b"\n" + name.encode("utf-8") + b"\n")

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self._save_reduce_by_name("_codecs", "encode",
                                          (obj.decode("latin-1"), "latin1"), obj)
            return
        n = len(obj)
        if n <= 0xFF:
            self.write(SHORT_BINBYTES + _le(n, 1) + obj)
        elif n > 0xFFFFFFFF and self.proto >= 4:
            self.framer.write_large(BINBYTES8 + _le(n, 8), obj)
        elif n >= _FRAME_TARGET:
            self.framer.write_large(BINBYTES + _le(n, 4), obj)
        else:
            self.write(BINBYTES + _le(n, 4) + obj)
        self.memoize(obj)

    _dispatch[bytes] = save_bytes

    def _save_reduce_by_name(self, module, name, args, obj):
        """REDUCE of a function named by (module, name) that whirl may not
        have (`_codecs.encode`)."""
        self._save_global_name(module, name)
        if self.proto < 4:
            self.memo[id(_codecs_encode)] = len(self.memo), _codecs_encode
            self.write(self.put(len(self.memo) - 1))
        else:
            self.memoize(_codecs_encode)
        self.save(args)
        self.write(REDUCE)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        n = len(obj)
        if n >= _FRAME_TARGET:
            self.framer.write_large(BYTEARRAY8 + _le(n, 8), bytes(obj))
        else:
            self.write(BYTEARRAY8 + _le(n, 8) + bytes(obj))
        self.memoize(obj)

    _dispatch[bytearray] = save_bytearray

    def save_str(self, obj):
        if self.bin:
            encoded = obj.encode("utf-8", "surrogatepass")
            n = len(encoded)
            if n <= 0xFF and self.proto >= 4:
                self.write(SHORT_BINUNICODE + _le(n, 1) + encoded)
            elif n > 0xFFFFFFFF and self.proto >= 4:
                self.framer.write_large(BINUNICODE8 + _le(n, 8), encoded)
            elif n >= _FRAME_TARGET:
                self.framer.write_large(BINUNICODE + _le(n, 4), encoded)
            else:
                self.write(BINUNICODE + _le(n, 4) + encoded)
        else:
            escaped = (obj.replace("\\", "\\u005c").replace("\0", "\\u0000")
                       .replace("\n", "\\u000a").replace("\r", "\\u000d")
                       .replace("\x1a", "\\u001a"))
            self.write(UNICODE + escaped.encode("raw-unicode-escape") + b"\n")
        self.memoize(obj)

    _dispatch[str] = save_str

    def save_tuple(self, obj):
        if not obj:
            self.write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        n = len(obj)
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            if id(obj) in memo:
                # The tuple was pickled while pickling its items (it
                # contains itself through a mutable object).
                self.write(POP * n + self.get(memo[id(obj)][0]))
            else:
                self.write(_TUPLE_SIZE_OPS[n])
                self.memoize(obj)
            return
        self.write(MARK)
        for element in obj:
            save(element)
        if id(obj) in memo:
            get = self.get(memo[id(obj)][0])
            if self.bin:
                self.write(POP_MARK + get)
            else:
                self.write(POP * (n + 1) + get)
            return
        self.write(TUPLE)
        self.memoize(obj)

    _dispatch[tuple] = save_tuple

    def save_list(self, obj):
        self.write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        self._batch_appends(obj)

    _dispatch[list] = save_list

    def _batch_appends(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        it = iter(items)
        while True:
            batch = []
            for x in it:
                batch.append(x)
                if len(batch) == _BATCH:
                    break
            n = len(batch)
            if n > 1:
                write(MARK)
                for x in batch:
                    save(x)
                write(APPENDS)
            elif n:
                save(batch[0])
                write(APPEND)
            if n < _BATCH:
                return

    def save_dict(self, obj):
        self.write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        self._batch_setitems(obj.items())

    _dispatch[dict] = save_dict

    def _batch_setitems(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                write(SETITEM)
            return
        it = iter(items)
        while True:
            batch = []
            for item in it:
                batch.append(item)
                if len(batch) == _BATCH:
                    break
            n = len(batch)
            if n > 1:
                write(MARK)
                for k, v in batch:
                    save(k)
                    save(v)
                write(SETITEMS)
            elif n:
                k, v = batch[0]
                save(k)
                save(v)
                write(SETITEM)
            if n < _BATCH:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self.write(EMPTY_SET)
        self.memoize(obj)
        items = list(obj)
        for i in range(0, len(items), _BATCH):
            batch = items[i:i + _BATCH]
            self.write(MARK)
            for item in batch:
                self.save(item)
            self.write(ADDITEMS)

    _dispatch[set] = save_set

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self.write(MARK)
        for item in obj:
            self.save(item)
        if id(obj) in self.memo:
            self.write(POP_MARK + self.get(self.memo[id(obj)][0]))
            return
        self.write(FROZENSET)
        self.memoize(obj)

    _dispatch[frozenset] = save_frozenset

    def save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, "__qualname__", None)
        if name is None:
            name = obj.__name__
        if "<locals>" in name.split("."):
            raise AttributeError("Can't pickle local object %r" % name)
        module_name = whichmodule(obj, name)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
            obj2, parent = _getattribute(module, name)
        except (ImportError, KeyError, AttributeError):
            raise PicklingError(
                "Can't pickle %r: it's not found as %s.%s" % (obj, module_name, name)) from None
        if obj2 is not obj:
            raise PicklingError(
                "Can't pickle %r: it's not the same object as %s.%s" % (obj, module_name, name))
        if self.proto >= 2:
            code = copyreg._extension_registry.get((module_name, name))
            if code:
                if code <= 0xFF:
                    self.write(EXT1 + _le(code, 1))
                elif code <= 0xFFFF:
                    self.write(EXT2 + _le(code, 2))
                else:
                    self.write(EXT4 + _le(code, 4, True))
                return
        lastname = name.rpartition(".")[2]
        if parent is module:
            name = lastname
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            self.write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, lastname))
        elif self.proto >= 3:
            self.write(GLOBAL + module_name.encode("utf-8") + b"\n" + name.encode("utf-8") + b"\n")
        else:
            if self.fix_imports:
                module_name, name = _to_py2(module_name, name)
            try:
                self.write(GLOBAL + module_name.encode("ascii") + b"\n" + name.encode("ascii") + b"\n")
            except UnicodeEncodeError:
                raise PicklingError(
                    "can't pickle global identifier '%s.%s' using pickle protocol %i"
                    % (module_name, name, self.proto)) from None
        self.memoize(obj)

    def save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        if obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        if obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)

    def save_builtin(self, obj):
        owner = getattr(obj, "__self__", None)
        if owner is None or isinstance(owner, type(sys)):
            self.save_global(obj)
        else:
            # A builtin method bound to an object: getattr(object, name).
            self.save_reduce(getattr, (owner, obj.__name__), obj=obj)

    _dispatch[type] = save_type
    _dispatch[type(len)] = save_builtin
    _dispatch[type([].__len__)] = save_builtin
    _dispatch[type(str.index)] = save_global
    _dispatch[type(list.__len__)] = save_global
    _dispatch[type(save_global)] = save_global


def _singleton_name(obj):
    return "NotImplemented" if obj is NotImplemented else "Ellipsis"


def _save_singleton(self, obj):
    self.save_global(obj, _singleton_name(obj))


Pickler._dispatch[type(NotImplemented)] = _save_singleton
Pickler._dispatch[type(...)] = _save_singleton


def _reduce_range(r):
    return range, (r.start, r.stop, r.step)


def _reduce_slice(s):
    return slice, (s.start, s.stop, s.step)


copyreg.dispatch_table.setdefault(range, _reduce_range)
copyreg.dispatch_table.setdefault(slice, _reduce_slice)

# Builtin types whose instances the default object reduction handles.
_DEFAULT_REDUCIBLE = {object}


class _MethodHolder:
    def method(self):
        pass


_MethodType = type(_MethodHolder().method)
del _MethodHolder


# ----- unpickling -----

class Unpickler:
    """Reads pickled objects from a binary file."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict",
                 buffers=()):
        self._buffers = iter(buffers) if buffers is not None else None
        self._file_readline = file.readline
        self._file_read = file.read
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    def _read(self, n):
        data = self._file_read(n)
        if len(data) < n:
            raise EOFError("Ran out of input")
        return data

    def _readline(self):
        line = self._file_readline()
        if not line.endswith(b"\n"):
            raise EOFError("Ran out of input")
        return line

    def load(self):
        """Read a pickled object representation from the open file."""
        if not hasattr(self, "_file_read"):
            raise UnpicklingError("Unpickler.__init__() was not called by "
                                  "%s.__init__()" % (self.__class__.__name__,))
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        self.proto = 0
        dispatch = self._dispatch
        read = self._file_read
        first = True
        try:
            while True:
                key = read(1)
                if not key:
                    raise EOFError("Ran out of input")
                first = False
                op = dispatch.get(key[0])
                if op is None:
                    raise UnpicklingError("invalid load key, %s." % _key_repr(key))
                op(self)
        except _Stop as stopinst:
            return stopinst.value

    def _pop_mark(self):
        if not self.metastack:
            raise _StackUnderflow("could not find MARK")
        items = self.stack
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def _pop(self):
        if not self.stack:
            raise _StackUnderflow("unpickling stack underflow")
        return self.stack.pop()

    def _top(self):
        if not self.stack:
            raise _StackUnderflow("unpickling stack underflow")
        return self.stack[-1]

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered,\n"
                              "but no persistent_load function was specified.")

    def find_class(self, module, name):
        """Return the object named by module and name (a GLOBAL)."""
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _PY3_NAMES:
                module, name = _PY3_NAMES[(module, name)]
            elif module in _PY3_MODULES:
                module = _PY3_MODULES[module]
        if module == "_codecs" and name == "encode":
            return _codecs_encode
        try:
            __import__(module, level=0)
        except ImportError:
            if module == "codecs" and name == "encode":
                return _codecs_encode
            raise
        mod = sys.modules[module]
        try:
            if self.proto >= 4:
                return _getattribute(mod, name)[0]
            return getattr(mod, name)
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r" % (name, mod)) from None

    _dispatch = {}

    def load_proto(self):
        proto = self._read(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    _dispatch[PROTO[0]] = load_proto

    def load_frame(self):
        frame_size = int.from_bytes(self._read(8), "little")
        if frame_size > sys.maxsize:
            raise ValueError("frame size > sys.maxsize: %d" % frame_size)

    _dispatch[FRAME[0]] = load_frame

    def load_persid(self):
        try:
            pid = self._readline()[:-1].decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings")
        self.append(self.persistent_load(pid))

    _dispatch[PERSID[0]] = load_persid

    def load_binpersid(self):
        pid = self._pop()
        self.append(self.persistent_load(pid))

    _dispatch[BINPERSID[0]] = load_binpersid

    def load_none(self):
        self.append(None)

    _dispatch[NONE[0]] = load_none

    def load_false(self):
        self.append(False)

    _dispatch[NEWFALSE[0]] = load_false

    def load_true(self):
        self.append(True)

    _dispatch[NEWTRUE[0]] = load_true

    def load_int(self):
        data = self._readline()
        if data == b"00\n":
            val = False
        elif data == b"01\n":
            val = True
        else:
            val = int(data.decode("ascii"), 0)
        self.append(val)

    _dispatch[INT[0]] = load_int

    def load_binint(self):
        self.append(int.from_bytes(self._read(4), "little", signed=True))

    _dispatch[BININT[0]] = load_binint

    def load_binint1(self):
        self.append(self._read(1)[0])

    _dispatch[BININT1[0]] = load_binint1

    def load_binint2(self):
        self.append(int.from_bytes(self._read(2), "little"))

    _dispatch[BININT2[0]] = load_binint2

    def load_long(self):
        val = self._readline()[:-1]
        if val and val[-1] == b"L"[0]:
            val = val[:-1]
        self.append(int(val.decode("ascii"), 0))

    _dispatch[LONG[0]] = load_long

    def load_long1(self):
        n = self._read(1)[0]
        self.append(decode_long(self._read(n)))

    _dispatch[LONG1[0]] = load_long1

    def load_long4(self):
        n = int.from_bytes(self._read(4), "little", signed=True)
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(decode_long(self._read(n)))

    _dispatch[LONG4[0]] = load_long4

    def load_float(self):
        self.append(float(self._readline()[:-1].decode("ascii")))

    _dispatch[FLOAT[0]] = load_float

    def load_binfloat(self):
        self.append(unpack(">d", self._read(8))[0])

    _dispatch[BINFLOAT[0]] = load_binfloat

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def load_string(self):
        data = self._file_readline()
        if data.endswith(b"\n"):
            data = data[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b"\"'":
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.append(self._decode_string(_unescape_py2_string(data)))

    _dispatch[STRING[0]] = load_string

    def load_binstring(self):
        n = int.from_bytes(self._read(4), "little", signed=True)
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.append(self._decode_string(self._read(n)))

    _dispatch[BINSTRING[0]] = load_binstring

    def load_binbytes(self):
        n = int.from_bytes(self._read(4), "little")
        self.append(self._read(n))

    _dispatch[BINBYTES[0]] = load_binbytes

    def load_unicode(self):
        self.append(self._readline()[:-1].decode("raw-unicode-escape"))

    _dispatch[UNICODE[0]] = load_unicode

    def load_binunicode(self):
        n = int.from_bytes(self._read(4), "little")
        self.append(self._read(n).decode("utf-8", "surrogatepass"))

    _dispatch[BINUNICODE[0]] = load_binunicode

    def load_binunicode8(self):
        n = int.from_bytes(self._read(8), "little")
        self.append(self._read(n).decode("utf-8", "surrogatepass"))

    _dispatch[BINUNICODE8[0]] = load_binunicode8

    def load_binbytes8(self):
        n = int.from_bytes(self._read(8), "little")
        self.append(self._read(n))

    _dispatch[BINBYTES8[0]] = load_binbytes8

    def load_bytearray8(self):
        n = int.from_bytes(self._read(8), "little")
        self.append(bytearray(self._read(n)))

    _dispatch[BYTEARRAY8[0]] = load_bytearray8

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data "
                                  "but no *buffers* argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers")
        self.append(buf)

    _dispatch[NEXT_BUFFER[0]] = load_next_buffer

    def load_readonly_buffer(self):
        pass

    _dispatch[READONLY_BUFFER[0]] = load_readonly_buffer

    def load_short_binstring(self):
        n = self._read(1)[0]
        self.append(self._decode_string(self._read(n)))

    _dispatch[SHORT_BINSTRING[0]] = load_short_binstring

    def load_short_binbytes(self):
        n = self._read(1)[0]
        self.append(self._read(n))

    _dispatch[SHORT_BINBYTES[0]] = load_short_binbytes

    def load_short_binunicode(self):
        n = self._read(1)[0]
        self.append(self._read(n).decode("utf-8", "surrogatepass"))

    _dispatch[SHORT_BINUNICODE[0]] = load_short_binunicode

    def load_tuple(self):
        items = self._pop_mark()
        self.append(tuple(items))

    _dispatch[TUPLE[0]] = load_tuple

    def load_empty_tuple(self):
        self.append(())

    _dispatch[EMPTY_TUPLE[0]] = load_empty_tuple

    def _load_tuple_n(self, n):
        if len(self.stack) < n:
            raise _StackUnderflow("unpickling stack underflow")
        items = tuple(self.stack[len(self.stack) - n:])
        del self.stack[len(self.stack) - n:]
        self.append(items)

    def load_tuple1(self):
        self._load_tuple_n(1)

    _dispatch[TUPLE1[0]] = load_tuple1

    def load_tuple2(self):
        self._load_tuple_n(2)

    _dispatch[TUPLE2[0]] = load_tuple2

    def load_tuple3(self):
        self._load_tuple_n(3)

    _dispatch[TUPLE3[0]] = load_tuple3

    def load_empty_list(self):
        self.append([])

    _dispatch[EMPTY_LIST[0]] = load_empty_list

    def load_empty_dictionary(self):
        self.append({})

    _dispatch[EMPTY_DICT[0]] = load_empty_dictionary

    def load_empty_set(self):
        self.append(set())

    _dispatch[EMPTY_SET[0]] = load_empty_set

    def load_frozenset(self):
        items = self._pop_mark()
        self.append(frozenset(items))

    _dispatch[FROZENSET[0]] = load_frozenset

    def load_list(self):
        items = self._pop_mark()
        self.append(items)

    _dispatch[LIST[0]] = load_list

    def load_dict(self):
        items = self._pop_mark()
        d = {items[i]: items[i + 1] for i in range(0, len(items) - 1, 2)}
        self.append(d)

    _dispatch[DICT[0]] = load_dict

    def _instantiate(self, klass, args):
        if (args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__")):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError("in constructor for %s: %s" % (klass.__name__, str(err)),
                                err.__traceback__)
        else:
            value = klass.__new__(klass)
        self.append(value)

    def load_inst(self):
        module = self._readline()[:-1].decode("ascii")
        name = self._readline()[:-1].decode("ascii")
        klass = self.find_class(module, name)
        self._instantiate(klass, self._pop_mark())

    _dispatch[INST[0]] = load_inst

    def load_obj(self):
        args = self._pop_mark()
        if not args:
            raise _StackUnderflow("unpickling stack underflow")
        cls = args.pop(0)
        self._instantiate(cls, args)

    _dispatch[OBJ[0]] = load_obj

    def load_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument isn't a type object")
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ expected an arg tuple.")
        self.append(cls.__new__(cls, *args))

    _dispatch[NEWOBJ[0]] = load_newobj

    def load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        self.append(cls.__new__(cls, *args, **kwargs))

    _dispatch[NEWOBJ_EX[0]] = load_newobj_ex

    def load_global(self):
        module = self._readline()[:-1].decode("utf-8")
        name = self._readline()[:-1].decode("utf-8")
        self.append(self.find_class(module, name))

    _dispatch[GLOBAL[0]] = load_global

    def load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))

    _dispatch[STACK_GLOBAL[0]] = load_stack_global

    def load_ext1(self):
        self._get_extension(self._read(1)[0])

    _dispatch[EXT1[0]] = load_ext1

    def load_ext2(self):
        self._get_extension(int.from_bytes(self._read(2), "little"))

    _dispatch[EXT2[0]] = load_ext2

    def load_ext4(self):
        self._get_extension(int.from_bytes(self._read(4), "little", signed=True))

    _dispatch[EXT4[0]] = load_ext4

    def _get_extension(self, code):
        obj = copyreg._extension_cache.get(code, _MISSING)
        if obj is not _MISSING:
            self.append(obj)
            return
        key = copyreg._inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        copyreg._extension_cache[code] = obj
        self.append(obj)

    def load_reduce(self):
        args = self._pop()
        func = self._pop()
        if not isinstance(args, tuple):
            raise UnpicklingError("REDUCE expected an arg tuple.") if False else \
                TypeError("argument list must be a tuple")
        self.append(func(*args))

    _dispatch[REDUCE[0]] = load_reduce

    def load_pop(self):
        if self.stack:
            del self.stack[-1]
        elif self.metastack:
            self._pop_mark()
        else:
            raise _StackUnderflow("unpickling stack underflow")

    _dispatch[POP[0]] = load_pop

    def load_pop_mark(self):
        self._pop_mark()

    _dispatch[POP_MARK[0]] = load_pop_mark

    def load_dup(self):
        self.append(self._top())

    _dispatch[DUP[0]] = load_dup

    def _memo_get(self, i):
        try:
            self.append(self.memo[i])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % i) from None

    def load_get(self):
        self._memo_get(int(self._readline()[:-1].decode("ascii")))

    _dispatch[GET[0]] = load_get

    def load_binget(self):
        self._memo_get(self._read(1)[0])

    _dispatch[BINGET[0]] = load_binget

    def load_long_binget(self):
        self._memo_get(int.from_bytes(self._read(4), "little"))

    _dispatch[LONG_BINGET[0]] = load_long_binget

    def load_put(self):
        i = int(self._readline()[:-1].decode("ascii"))
        if i < 0:
            raise ValueError("negative PUT argument")
        self.memo[i] = self._top()

    _dispatch[PUT[0]] = load_put

    def load_binput(self):
        self.memo[self._read(1)[0]] = self._top()

    _dispatch[BINPUT[0]] = load_binput

    def load_long_binput(self):
        i = int.from_bytes(self._read(4), "little")
        if i > sys.maxsize:
            raise ValueError("negative LONG_BINPUT argument")
        self.memo[i] = self._top()

    _dispatch[LONG_BINPUT[0]] = load_long_binput

    def load_memoize(self):
        self.memo[len(self.memo)] = self._top()

    _dispatch[MEMOIZE[0]] = load_memoize

    def load_append(self):
        value = self._pop()
        target = self._top()
        target.append(value)

    _dispatch[APPEND[0]] = load_append

    def load_appends(self):
        items = self._pop_mark()
        target = self._top()
        if isinstance(target, list):
            target.extend(items)
            return
        extend = getattr(target, "extend", None)
        if extend is not None:
            extend(items)
        else:
            for item in items:
                target.append(item)

    _dispatch[APPENDS[0]] = load_appends

    def load_setitem(self):
        value = self._pop()
        key = self._pop()
        self._top()[key] = value

    _dispatch[SETITEM[0]] = load_setitem

    def load_setitems(self):
        items = self._pop_mark()
        target = self._top()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for SETITEMS")
        for i in range(0, len(items) - 1, 2):
            target[items[i]] = items[i + 1]

    _dispatch[SETITEMS[0]] = load_setitems

    def load_additems(self):
        items = self._pop_mark()
        target = self._top()
        if isinstance(target, set):
            target.update(items)
        else:
            for item in items:
                target.add(item)

    _dispatch[ADDITEMS[0]] = load_additems

    def load_build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            inst_dict = inst.__dict__
            intern = sys.intern
            for k, v in state.items():
                if type(k) is str:
                    k = intern(k)
                inst_dict[k] = v
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)

    _dispatch[BUILD[0]] = load_build

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append

    _dispatch[MARK[0]] = load_mark

    def load_stop(self):
        if self.metastack:
            raise UnpicklingError("unexpected MARK found")
        value = self._pop()
        raise _Stop(value)

    _dispatch[STOP[0]] = load_stop


_MISSING = object()


def _key_repr(key):
    c = key[0]
    if 32 <= c < 127:
        return repr(chr(c))
    return "'\\x%02x'" % c


_PY2_ESCAPES = {ord("n"): 10, ord("t"): 9, ord("r"): 13, ord("\\"): 92, ord("'"): 39,
                ord('"'): 34, ord("a"): 7, ord("b"): 8, ord("f"): 12, ord("v"): 11}


def _unescape_py2_string(data):
    """The bytes a Python 2 str literal (with escapes) stands for."""
    out = bytearray()
    i = 0
    n = len(data)
    while i < n:
        c = data[i]
        if c == 92 and i + 1 >= n:
            raise ValueError("Trailing \\ in string")
        if c != 92:
            out.append(c)
            i += 1
            continue
        e = data[i + 1]
        if e in _PY2_ESCAPES:
            out.append(_PY2_ESCAPES[e])
            i += 2
        elif e == ord("x"):
            out.append(int(data[i + 2:i + 4].decode("ascii"), 16))
            i += 4
        elif 48 <= e <= 55:
            j = i + 1
            while j < n and j < i + 4 and 48 <= data[j] <= 55:
                j += 1
            out.append(int(data[i + 1:j].decode("ascii"), 8) & 0xFF)
            i = j
        else:
            out.append(c)
            i += 1
    return bytes(out)


# ----- the shorthands -----

def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write a pickled representation of obj to the open file object file."""
    Pickler(file, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Return the pickled representation of the object as a bytes object."""
    f = _Output()
    Pickler(f, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)
    return f.getvalue()


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    """Read and return an object from the pickle data stored in a file."""
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    """Read and return an object from the given pickle data."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    file = io.BytesIO(data)
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()


# CPython's names for its pure-Python implementation, which whirl's is.
_Pickler = Pickler
_Unpickler = Unpickler
_dump = dump
_dumps = dumps
_load = load
_loads = loads
