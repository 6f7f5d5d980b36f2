"""Conversions between Python values and C structs packed into bytes,
whirl's own.

A format is an optional byte-order prefix ('@' native with alignment, '='
'<' '>' '!' standard sizes without), then codes with optional repeat
counts. Formats are compiled once into a list of items and cached.
Floats go through `_struct_float` (Rust) for their IEEE encodings.
"""

import _struct_float

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
           'iter_unpack', 'Struct', 'error']


class error(Exception):
    pass


_MAX_SIZE = (1 << 63) - 1
_LONG_MIN = -(1 << 63)
_LONG_MAX = (1 << 63) - 1
_ULONG_MAX = (1 << 64) - 1

# code -> size with native ('@') sizes; alignment equals the size.
_NATIVE_SIZES = {
    'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4,
    'I': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'n': 8, 'N': 8, 'e': 2,
    'f': 4, 'd': 8, 's': 1, 'p': 1, 'P': 8,
}
_STANDARD_SIZES = {
    'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4,
    'I': 4, 'l': 4, 'L': 4, 'q': 8, 'Q': 8, 'e': 2, 'f': 4, 'd': 8,
    's': 1, 'p': 1,
}

_BYTE = 'byte format requires -128 <= number <= 127'
_UBYTE = 'ubyte format requires 0 <= number <= 255'
_SHORT = 'short format requires -32768 <= number <= 32767'
_USHORT = 'ushort format requires 0 <= number <= 65535'


def _quoted(code, low, high):
    return "'%s' format requires %d <= number <= %d" % (code, low, high)


# How an integer code checks its value, per byte-order family: first the
# C conversion it goes through ('long', 'ulong', or a message of its own
# for the whole range), then its range and message (None: the conversion's
# range is the code's). The messages are the ones CPython reports.
def _int_rules(order):
    if order == '@':
        return {
            'b': ('long', (-128, 127, _BYTE)),
            'B': ('long', (0, 255, _UBYTE)),
            'h': ('long', (-32768, 32767, _SHORT)),
            'H': ('long', (0, 65535, _USHORT)),
            'i': ('long', (-2**31, 2**31 - 1, _quoted('i', -2**31, 2**31 - 1))),
            'I': ('ulong', (0, 2**32 - 1, _quoted('I', 0, 2**32 - 1))),
            'l': ('long', None), 'L': ('ulong', None),
            'q': ('long', None), 'Q': ('ulong', None),
            'n': ('long', None), 'N': ('ulong', None),
            'P': ('pointer', None),
        }
    rules = {
        'b': ('long', (-128, 127, _BYTE)),
        'B': ('long', (0, 255, _UBYTE)),
        'h': ('long', (-32768, 32767, _SHORT)),
        'H': ('long', (0, 65535, _USHORT)),
        'i': ('long', (-2**31, 2**31 - 1, _quoted('i', -2**31, 2**31 - 1))),
        'I': ('ulong', (0, 2**32 - 1, _quoted('I', 0, 2**32 - 1))),
        'l': ('long', (-2**31, 2**31 - 1, _quoted('l', -2**31, 2**31 - 1))),
        'L': ('ulong', (0, 2**32 - 1, _quoted('L', 0, 2**32 - 1))),
        'q': ('long', None), 'Q': ('ulong', None),
    }
    if order == '>':
        rules['h'] = ('long', (-32768, 32767, _quoted('h', -32768, 32767)))
        rules['H'] = ('ulong', (0, 65535, _quoted('H', 0, 65535)))
        rules['q'] = ('big', (_LONG_MIN, _LONG_MAX))
        rules['Q'] = ('big', (0, _ULONG_MAX))
    return rules


_RULES = {order: _int_rules(order) for order in '@<>'}


def _as_index(v):
    if isinstance(v, int):
        return int(v)
    method = getattr(type(v), '__index__', None)
    if method is None:
        raise error('required argument is not an integer')
    return int(method(v))


def _check_int(v, order, code):
    v = _as_index(v)
    kind, limits = _RULES[order][code]
    if kind == 'long':
        if not _LONG_MIN <= v <= _LONG_MAX:
            raise error('argument out of range')
    elif kind == 'ulong':
        if not 0 <= v <= _ULONG_MAX:
            raise error('argument out of range')
    elif kind == 'pointer':
        if not _LONG_MIN <= v <= _ULONG_MAX:
            raise error('int too large to convert')
        return v & _ULONG_MAX
    elif kind == 'big':
        if not limits[0] <= v <= limits[1]:
            raise error('int too large to convert')
        return v
    if limits is not None and not limits[0] <= v <= limits[1]:
        raise error(limits[2])
    return v


def _as_float(v):
    if isinstance(v, float):
        return v
    cls = type(v)
    try:
        if hasattr(cls, '__float__'):
            return float(cls.__float__(v))
        if isinstance(v, int) or hasattr(cls, '__index__'):
            return float(_as_index(v))
    except OverflowError:
        pass
    raise error('required argument is not a float')


class _Format:
    # A compiled format: items are (code, count, offset), count being the
    # length for 's'/'p' and the repeat otherwise.
    __slots__ = ('text', 'order', 'little', 'size', 'items', 'nargs')

    def __init__(self, text):
        self.text = text
        order = '@'
        at = 0
        if text and text[0] in '@=<>!':
            order = text[0]
            at = 1
        self.little = order in '@=<'
        family = {'@': '@', '=': '<', '<': '<', '>': '>', '!': '>'}[order]
        self.order = family
        sizes = _NATIVE_SIZES if order == '@' else _STANDARD_SIZES
        items = []
        size = 0
        nargs = 0
        n = len(text)
        while at < n:
            c = text[at]
            if c.isspace():
                at += 1
                continue
            count = 1
            if '0' <= c <= '9':
                start = at
                while at < n and '0' <= text[at] <= '9':
                    at += 1
                count = int(text[start:at])
                if at >= n:
                    raise error('repeat count given without format specifier')
                c = text[at]
            at += 1
            item_size = sizes.get(c)
            if item_size is None:
                raise error('bad char in struct format')
            if order == '@' and item_size > 1:
                size = (size + item_size - 1) // item_size * item_size
            if count > _MAX_SIZE or size + count * item_size > _MAX_SIZE:
                raise error('total struct size too long')
            if c in 'sp':
                items.append((c, count, size))
                size += count
                nargs += 1
            elif c == 'x':
                size += count
            else:
                # Repeats stay one entry (expanded when packing), so a
                # large count costs nothing until it is used; a count of 0
                # ('0q') is no value at all.
                if count:
                    items.append((c, -count, size))
                size += count * item_size
                nargs += count
        self.size = size
        self.items = items
        self.nargs = nargs

    def _expanded(self):
        sizes = _NATIVE_SIZES if self.order == '@' else _STANDARD_SIZES
        for code, count, offset in self.items:
            if count < 0:
                step = sizes[code]
                for k in range(-count):
                    yield code, 1, offset + k * step
            else:
                yield code, count, offset

    def pack(self, args, who='pack'):
        if len(args) != self.nargs:
            raise error('%s expected %d items for packing (got %d)'
                        % (who, self.nargs, len(args)))
        out = bytearray_like(self.size)
        little = self.little
        for (code, count, offset), v in zip(self._expanded(), args):
            if code == 's' or code == 'p':
                if not isinstance(v, bytes) and type(v).__name__ != 'bytearray':
                    raise error("argument for '%s' must be a bytes object" % code)
                v = bytes(v)
                if code == 's':
                    data = v[:count]
                else:
                    if count == 0:
                        continue
                    data = v[:count - 1]
                    data = bytes([min(len(data), 255)]) + data
                out[offset:offset + len(data)] = list(data)
            elif code == 'c':
                if not (isinstance(v, bytes) or type(v).__name__ == 'bytearray') \
                        or len(v) != 1:
                    raise error('char format requires a bytes object of length 1')
                out[offset] = v[0]
            elif code == '?':
                out[offset] = 1 if v else 0
            elif code in 'efd':
                size = _STANDARD_SIZES[code]
                x = _as_float(v)
                try:
                    data = _struct_float.pack(x, size, little)
                except OverflowError:
                    if code != 'f' or self.order != '@':
                        raise
                    # A native float is a plain C cast: too large is inf.
                    data = _struct_float.pack(x * float('inf'), size, little)
                out[offset:offset + size] = list(data)
            else:
                v = _check_int(v, self.order, code)
                size = (_NATIVE_SIZES if self.order == '@' else _STANDARD_SIZES)[code]
                out[offset:offset + size] = _int_bytes(v, size, little)
        return bytes(out)

    def unpack(self, data, base=0):
        little = self.little
        sizes = _NATIVE_SIZES if self.order == '@' else _STANDARD_SIZES
        values = []
        for code, count, offset in self._expanded():
            at = base + offset
            if code == 's':
                values.append(bytes(data[at:at + count]))
            elif code == 'p':
                if count == 0:
                    values.append(b'')
                    continue
                length = min(data[at], count - 1)
                values.append(bytes(data[at + 1:at + 1 + length]))
            elif code == 'c':
                values.append(bytes(data[at:at + 1]))
            elif code == '?':
                values.append(data[at] != 0)
            elif code in 'efd':
                size = _STANDARD_SIZES[code]
                values.append(_struct_float.unpack(bytes(data[at:at + size]),
                                                   little))
            else:
                size = sizes[code]
                values.append(_bytes_int(data, at, size, little,
                                         code in 'bhilqn'))
        return tuple(values)


def _int_bytes(v, size, little):
    # Two's complement, as a list of byte values.
    v &= (1 << (8 * size)) - 1
    out = []
    for _ in range(size):
        out.append(v & 0xff)
        v >>= 8
    if not little:
        out.reverse()
    return out


def _bytes_int(data, at, size, little, signed):
    v = 0
    if little:
        for k in range(at + size - 1, at - 1, -1):
            v = (v << 8) | data[k]
    else:
        for k in range(at, at + size):
            v = (v << 8) | data[k]
    if signed and v >> (8 * size - 1):
        v -= 1 << (8 * size)
    return v


def bytearray_like(size):
    # A mutable byte buffer: a list of ints, turned into bytes at the end.
    return [0] * size


def _buffer(data):
    if isinstance(data, bytes):
        return data
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    if isinstance(data, str) or not hasattr(type(data), '__getitem__') \
            or not hasattr(type(data), '__len__'):
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(data).__name__)
    return bytes(data)


_cache = {}
_MAX_CACHE = 100


def _clearcache():
    """Clear the internal cache."""
    _cache.clear()


def _compile(fmt):
    try:
        return _cache[fmt]
    except (KeyError, TypeError):
        pass
    if isinstance(fmt, bytes):
        text = fmt.decode('ascii')
    elif isinstance(fmt, str):
        text = fmt
    else:
        raise TypeError('Struct() argument 1 must be a str or bytes object, '
                        'not %s' % type(fmt).__name__)
    compiled = _Format(text)
    if len(_cache) >= _MAX_CACHE:
        _cache.clear()
    _cache[fmt] = compiled
    return compiled


class Struct:
    """Struct(fmt) --> compiled struct object"""

    def __init__(self, format):
        self._compiled = _compile(format)

    @property
    def format(self):
        return self._compiled.text

    @property
    def size(self):
        return self._compiled.size

    def pack(self, *values):
        return self._compiled.pack(values)

    def pack_into(self, buffer, offset, *values):
        _pack_into(self._compiled, buffer, offset, values)

    def unpack(self, buffer, /):
        return _unpack(self._compiled, buffer)

    def unpack_from(self, buffer, offset=0):
        return _unpack_from(self._compiled, buffer, offset)

    def iter_unpack(self, buffer, /):
        return _iter_unpack(self._compiled, buffer)

    def __repr__(self):
        # CPython 3.11 shows the C type's default repr.
        return '<_struct.Struct object at %#x>' % id(self)


Struct.__module__ = '_struct'
error.__module__ = 'struct'


def calcsize(format, /):
    """Return size in bytes of the struct described by the format string."""
    return _compile(format).size


def pack(format, /, *values):
    """Return a bytes object containing the values packed by the format."""
    return _compile(format).pack(values)


def _unpack(compiled, buffer):
    data = _buffer(buffer)
    if len(data) != compiled.size:
        raise error('unpack requires a buffer of %d bytes' % compiled.size)
    return compiled.unpack(data)


def unpack(format, buffer, /):
    """Unpack the buffer, which must be exactly calcsize(format) bytes."""
    return _unpack(_compile(format), buffer)


def _unpack_from(compiled, buffer, offset):
    data = _buffer(buffer)
    offset = _as_offset(offset)
    size = compiled.size
    n = len(data)
    if offset < 0:
        if offset + n < 0:
            raise error('offset %d out of range for %d-byte buffer'
                        % (offset, n))
        if -offset < size:
            raise error('not enough data to unpack %d bytes at offset %d'
                        % (size, offset))
        offset += n
    elif n - offset < size:
        raise error('unpack_from requires a buffer of at least %d bytes for '
                    'unpacking %d bytes at offset %d (actual buffer size is %d)'
                    % (size + offset, size, offset, n))
    return compiled.unpack(data, offset)


def _as_offset(offset):
    if isinstance(offset, int):
        return int(offset)
    method = getattr(type(offset), '__index__', None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(offset).__name__)
    return int(method(offset))


def unpack_from(format, /, buffer, offset=0):
    """Unpack from the buffer starting at offset."""
    return _unpack_from(_compile(format), buffer, offset)


def _iter_unpack(compiled, buffer):
    data = _buffer(buffer)
    size = compiled.size
    if size == 0:
        raise error('cannot iteratively unpack with a struct of length 0')
    if len(data) % size:
        raise error('iterative unpacking requires a buffer of a multiple of '
                    '%d bytes' % size)
    return _UnpackIterator(compiled, data)


class _UnpackIterator:
    def __init__(self, compiled, data):
        self._compiled = compiled
        self._data = data
        self._at = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._at >= len(self._data):
            raise StopIteration
        at = self._at
        self._at += self._compiled.size
        return self._compiled.unpack(self._data, at)

    def __length_hint__(self):
        return (len(self._data) - self._at) // self._compiled.size


_UnpackIterator.__name__ = 'unpack_iterator'
_UnpackIterator.__qualname__ = 'unpack_iterator'


def iter_unpack(format, buffer, /):
    """Return an iterator yielding tuples unpacked from the buffer."""
    return _iter_unpack(_compile(format), buffer)


def _pack_into(compiled, buffer, offset, values):
    writable = isinstance(buffer, bytearray) or (
        isinstance(buffer, memoryview) and not buffer.readonly)
    if not writable and (isinstance(buffer, (bytes, str, memoryview))
                         or not hasattr(type(buffer), '__setitem__')):
        raise TypeError('argument must be read-write bytes-like object, not %s'
                        % type(buffer).__name__)
    data = compiled.pack(values, 'pack_into')
    offset = _as_offset(offset)
    size = compiled.size
    n = len(buffer)
    if offset < 0:
        if offset + n < 0:
            raise error('offset %d out of range for %d-byte buffer'
                        % (offset, n))
        if -offset < size:
            raise error('no space to pack %d bytes at offset %d'
                        % (size, offset))
        offset += n
    elif n - offset < size:
        raise error('pack_into requires a buffer of at least %d bytes for '
                    'packing %d bytes at offset %d (actual buffer size is %d)'
                    % (size + offset, size, offset, n))
    buffer[offset:offset + size] = data


def pack_into(format, buffer, offset, /, *values):
    """Pack the values into the writable buffer starting at offset."""
    _pack_into(_compile(format), buffer, offset, values)
