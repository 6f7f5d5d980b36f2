"""tornado.util: the helpers Tornado's modules (and programs) import from
it, as Tornado 6.6 documents them."""

import array
import re
import sys
import warnings
import zlib

TimeoutError = TimeoutError

# Aliases kept from Tornado's Python 2 days; programs still import them.
bytes_type = bytes
unicode_type = str
basestring_type = str


class ObjectDict(dict):
    """A dict whose items are also attributes."""

    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)

    def __setattr__(self, name, value):
        self[name] = value


class GzipDecompressor:
    """Streaming gzip decompression over any number of concatenated
    members (as HTTP bodies may have), with a bound on each call's output.

    `decompress(value, max_length)` returns at most max_length bytes, from
    one member at most; input it did not use is in `unconsumed_tail` and
    must be passed again. A
    member cut short, or bytes after the last member that do not start one,
    make `flush()` (or `decompress`) raise zlib.error.
    """

    def __init__(self):
        self._member = None  # the decompressobj of the member being read
        self._tail = b""

    def decompress(self, value, max_length=0):
        if not max_length:
            warnings.warn(
                "GzipDecompressor.decompress without max_length is deprecated",
                DeprecationWarning,
                stacklevel=2,
            )
        out = []
        remaining = max_length
        data = bytes(value)
        while data:
            if max_length and remaining <= 0:
                break
            if self._member is None:
                self._member = zlib.decompressobj(16 + zlib.MAX_WBITS)
            if max_length:
                chunk = self._member.decompress(data, remaining)
                remaining -= len(chunk)
            else:
                chunk = self._member.decompress(data)
            out.append(chunk)
            if self._member.eof:
                data = self._member.unused_data
                self._member = None
                if max_length:
                    # One member a call: what follows is left for the next.
                    break
            else:
                data = self._member.unconsumed_tail
                break
        self._tail = data
        return b"".join(out)

    @property
    def unconsumed_tail(self):
        return self._tail

    def flush(self):
        if self._tail:
            raise ValueError("unconsumed_tail must be passed to decompress before flush")
        if self._member is None:
            return b""
        rest = self._member.flush()
        if not self._member.eof:
            raise zlib.error("incomplete or truncated gzip stream")
        self._member = None
        return rest


def import_object(name):
    """Imports `name` (`package.module` or `package.module.attr`) and
    returns the module or attribute."""
    if name.count(".") == 0:
        return __import__(name)
    parts = name.split(".")
    obj = __import__(".".join(parts[:-1]), fromlist=[parts[-1]])
    try:
        return getattr(obj, parts[-1])
    except AttributeError:
        raise ImportError("No module named %s" % parts[-1])


def exec_in(code, glob, loc=None):
    """exec() of `code` (a string is compiled on its own, so the caller's
    `from __future__` imports do not leak into it) in glob/loc."""
    if isinstance(code, str):
        code = compile(code, "<string>", "exec", dont_inherit=True)
    exec(code, glob, loc)


def raise_exc_info(exc_info):
    """Re-raises the exception of an exc_info triple, with its traceback."""
    try:
        if exc_info[1] is not None:
            raise exc_info[1].with_traceback(exc_info[2])
        raise TypeError("raise_exc_info called with no exception")
    finally:
        exc_info = None


def errno_from_exception(e):
    """The errno of an OSError-like exception (its `errno`, else its first
    argument), or None."""
    if hasattr(e, "errno"):
        return e.errno
    if e.args:
        return e.args[0]
    return None


_ALPHANUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_RE_UNESCAPE = re.compile(r"\\(.)", re.DOTALL)


def _re_unescape_one(match):
    char = match.group(1)
    if char in _ALPHANUM:
        raise ValueError("cannot unescape '\\\\%s'" % char)
    return char


def re_unescape(s):
    """Undoes re.escape: the text a regular expression of only escaped
    literals matches. Escapes of letters and digits (`\\d`, `\\b`, ...)
    are not literals: ValueError."""
    return _RE_UNESCAPE.sub(_re_unescape_one, s)


def timedelta_to_seconds(td):
    """td.total_seconds() (kept for old callers)."""
    return td.total_seconds()


class Configurable:
    """A base class whose constructor makes an instance of a configured
    subclass: `Base.configure(Impl, **kwargs)` makes `Base()` return an
    `Impl`, with kwargs passed on to `initialize` (the constructor of these
    classes). A subclass may itself be a configurable base."""

    # Spelled mangled by hand: whirl does not mangle private names yet.
    _Configurable__impl_class = None
    _Configurable__impl_kwargs = None

    def __new__(cls, *args, **kwargs):
        base = cls.configurable_base()
        init_kwargs = {}
        if cls is base:
            impl = cls.configured_class()
            if base._Configurable__impl_kwargs:
                init_kwargs.update(base._Configurable__impl_kwargs)
        else:
            impl = cls
        init_kwargs.update(kwargs)
        if impl.configurable_base() is not base:
            # The configured class is a configurable base of its own:
            # it chooses its implementation.
            return impl(*args, **init_kwargs)
        instance = super(Configurable, cls).__new__(impl)
        instance.initialize(*args, **init_kwargs)
        return instance

    @classmethod
    def configurable_base(cls):
        """The class whose configuration applies (the one `configure` is
        called on); subclasses override it."""
        raise NotImplementedError()

    @classmethod
    def configurable_default(cls):
        """The implementation used when none is configured."""
        raise NotImplementedError()

    def _initialize(self):
        pass

    initialize = _initialize

    @classmethod
    def configure(cls, impl, **kwargs):
        """Makes `impl` (a class or its dotted name; None for the default)
        the class this base constructs, with `kwargs` for `initialize`."""
        base = cls.configurable_base()
        if isinstance(impl, str):
            impl = import_object(impl)
        if impl is not None and not issubclass(impl, cls):
            raise ValueError("Invalid subclass of %s" % cls)
        base._Configurable__impl_class = impl
        base._Configurable__impl_kwargs = kwargs

    @classmethod
    def configured_class(cls):
        base = cls.configurable_base()
        # Set on the base itself, not inherited from a configurable parent.
        if base.__dict__.get("_Configurable__impl_class") is None:
            base._Configurable__impl_class = cls.configurable_default()
        if base._Configurable__impl_class is not None:
            return base._Configurable__impl_class
        raise ValueError("configured class not found")

    @classmethod
    def _save_configuration(cls):
        base = cls.configurable_base()
        return (base.__dict__.get("_Configurable__impl_class"), base.__dict__.get("_Configurable__impl_kwargs"))

    @classmethod
    def _restore_configuration(cls, saved):
        base = cls.configurable_base()
        base._Configurable__impl_class = saved[0]
        base._Configurable__impl_kwargs = saved[1]


class ArgReplacer:
    """Finds an argument of a function's calls by name, passed positionally
    or by keyword, and replaces it."""

    def __init__(self, func, name):
        self.name = name
        try:
            self.arg_pos = self._getargnames(func).index(name)
        except ValueError:
            self.arg_pos = None

    def _getargnames(self, func):
        code = func.__code__
        return list(code.co_varnames[: code.co_argcount])

    def get_old_value(self, args, kwargs, default=None):
        """The argument's value in a call with args/kwargs (default if it
        was not passed)."""
        if self.arg_pos is not None and len(args) > self.arg_pos:
            return args[self.arg_pos]
        return kwargs.get(self.name, default)

    def replace(self, new_value, args, kwargs):
        """(old value, args, kwargs) with the argument set to new_value; a
        positional one makes args a new list."""
        if self.arg_pos is not None and len(args) > self.arg_pos:
            old_value = args[self.arg_pos]
            args = list(args)
            args[self.arg_pos] = new_value
        else:
            old_value = kwargs.get(self.name)
            kwargs[self.name] = new_value
        return old_value, args, kwargs


def doctests():
    import doctest

    return doctest.DocTestSuite()


del array, sys


def _websocket_mask_python(mask, data):
    """XORs `data` with the 4-byte websocket `mask` repeated (RFC 6455
    5.3), done on one big integer rather than byte by byte."""
    mask = bytes(mask)
    data = bytes(data)
    if len(mask) != 4:
        raise ValueError("mask must contain 4 bytes")
    n = len(data)
    if not n:
        return b""
    key = int.from_bytes((mask * (n // 4 + 1))[:n], "little")
    return (int.from_bytes(data, "little") ^ key).to_bytes(n, "little")


_websocket_mask = _websocket_mask_python
