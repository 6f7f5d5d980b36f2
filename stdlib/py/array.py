"""array: compact arrays of numbers or characters of one C type, as
CPython 3.11's module. The items are kept as Python values, checked and
converted (ranges, float32 rounding) as the C type would store them;
the bytes views (tobytes, frombytes, byteswap, files) use native order.
"""

import struct as _struct

typecodes = "bBuhHiIlLqQfd"

_SIZES = {"b": 1, "B": 1, "u": 4, "h": 2, "H": 2, "i": 4, "I": 4, "l": 8,
          "L": 8, "q": 8, "Q": 8, "f": 4, "d": 8}

# typecode -> (low, high, message when above, message when below)
_RANGES = {
    "b": (-128, 127, "signed char is greater than maximum", "signed char is less than minimum"),
    "B": (0, 255, "unsigned byte integer is greater than maximum",
          "unsigned byte integer is less than minimum"),
    "h": (-32768, 32767, "signed short integer is greater than maximum",
          "signed short integer is less than minimum"),
    "H": (0, 65535, "unsigned short is greater than maximum", "unsigned short is less than minimum"),
    "i": (-2**31, 2**31 - 1, "signed integer is greater than maximum",
          "signed integer is less than minimum"),
    "I": (0, 2**32 - 1, "unsigned int is greater than maximum",
          "can't convert negative value to unsigned int"),
    "l": (-2**63, 2**63 - 1, "Python int too large to convert to C long",
          "Python int too large to convert to C long"),
    "L": (0, 2**64 - 1, "Python int too large to convert to C unsigned long",
          "can't convert negative value to unsigned int"),
    "q": (-2**63, 2**63 - 1, "int too big to convert", "int too big to convert"),
    "Q": (0, 2**64 - 1, "int too big to convert", "can't convert negative int to unsigned"),
}

_C_LONG = (-2**63, 2**63 - 1)


def _index(v):
    if isinstance(v, int):
        return int(v)
    if isinstance(v, float) or not hasattr(type(v), "__index__"):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return type(v).__index__(v)


def _check(typecode, v):
    """The value an item of this typecode stores for v, or the error."""
    if typecode in "fd":
        if isinstance(v, float):
            value = v
        elif isinstance(v, (int, bool)) or hasattr(type(v), "__float__"):
            value = float(v)
        else:
            raise TypeError("must be real number, not %s" % type(v).__name__)
        if typecode == "f":
            try:
                value = _struct.unpack("f", _struct.pack("f", value))[0]
            except (OverflowError, _struct.error):
                raise OverflowError("float too large to pack with f format") from None
        return value
    if typecode == "u":
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError("array item must be unicode character")
        return v
    value = _index(v)
    low, high, above, below = _RANGES[typecode]
    if typecode in "bBhHi" and not _C_LONG[0] <= value <= _C_LONG[1]:
        raise OverflowError("Python int too large to convert to C long")
    if typecode == "I" and value > high and value > 2**64 - 1:
        raise OverflowError("Python int too large to convert to C unsigned long")
    if value > high:
        raise OverflowError(above)
    if value < low:
        raise OverflowError(below)
    return value


class array:
    """array(typecode [, initializer]) -> array"""

    # _buf: the bytearray lent to memoryviews (`_buffer_export`), None
    # until one is asked for. While a view holds it the array cannot
    # change size, and item writes on either side are copied to the other.
    __slots__ = ("_code", "_items", "_buf", "__weakref__")
    def __hash__(self):
        raise TypeError("unhashable type: 'array.array'")

    def __new__(cls, *args, **kwargs):
        if cls is array and kwargs:
            raise TypeError("array.array() takes no keyword arguments")
        if not args:
            raise TypeError("array() takes at least 1 argument (0 given)")
        if len(args) > 2:
            raise TypeError("array() takes at most 2 arguments (%d given)" % len(args))
        typecode = args[0]
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not %s"
                            % type(typecode).__name__)
        if typecode not in _SIZES:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self = object.__new__(cls)
        self._code = typecode
        self._items = []
        self._buf = None
        if len(args) == 2:
            init = args[1]
            if isinstance(init, str):
                if typecode != "u":
                    raise TypeError("cannot use a str to initialize an array with typecode '%s'"
                                    % typecode)
                self._items = list(init)
            elif isinstance(init, (bytes, bytearray)):
                self.frombytes(init)
            elif isinstance(init, array):
                if init._code == "u" and typecode != "u":
                    raise TypeError("cannot use a unicode array to initialize an array "
                                    "with typecode '%s'" % typecode)
                self._items = [_check(typecode, v) for v in init._items]
            else:
                self._items = [_check(typecode, v) for v in init]
        return self

    def __init__(self, *args, **kwargs):
        pass

    @property
    def typecode(self):
        return self._code

    @property
    def itemsize(self):
        return _SIZES[self._code]

    def _same_kind(self, other):
        return array.__new__(type(self), self._code)

    def _new(self, items):
        out = array.__new__(array, self._code)
        out._items = items
        return out

    # sequence protocol

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return arrayiterator(self)

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._items[i])
        try:
            return self._items[_index(i)]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(v).__name__)
            if v._code != self._code:
                raise TypeError("bad argument type for built-in operation")
            start, stop, step = i.indices(len(self._items))
            if step == 1:
                self._check_resize(len(self._items) - len(range(start, stop, step))
                                   + len(v._items))
            self._items[i] = list(v._items)
            self._refresh()
            return
        value = _check(self._code, v)
        try:
            self._items[_index(i)] = value
        except IndexError:
            raise IndexError("array assignment index out of range") from None
        self._refresh()

    def __delitem__(self, i):
        if isinstance(i, slice):
            self._check_resize(-1)  # CPython refuses even an empty deletion
            del self._items[i]
            return
        try:
            i = _index(i)
            self._items[i]
            self._check_resize(len(self._items) - 1)
            del self._items[i]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if other._code != self._code:
            raise TypeError("bad argument type for built-in operation")
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")' % type(other).__name__)
        if other._code != self._code:
            raise TypeError("can only extend with array of same kind")
        self._check_resize(len(self._items) + len(other._items))
        self._items += other._items
        return self

    def __mul__(self, n):
        return self._new(self._items * _index(n))

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _index(n)
        if self._items:
            self._check_resize(len(self._items) * max(n, 0))
        self._items *= n
        return self

    def _cmp_items(self, other):
        if not isinstance(other, array):
            return None
        return other._items

    def __eq__(self, other):
        items = self._cmp_items(other)
        return NotImplemented if items is None else self._items == items

    def __ne__(self, other):
        items = self._cmp_items(other)
        return NotImplemented if items is None else self._items != items

    def __lt__(self, other):
        items = self._cmp_items(other)
        return NotImplemented if items is None else self._items < items

    def __le__(self, other):
        items = self._cmp_items(other)
        return NotImplemented if items is None else self._items <= items

    def __gt__(self, other):
        items = self._cmp_items(other)
        return NotImplemented if items is None else self._items > items

    def __ge__(self, other):
        items = self._cmp_items(other)
        return NotImplemented if items is None else self._items >= items

    def __repr__(self):
        name = type(self).__name__ if type(self) is not array else "array"
        if not self._items:
            return "%s(%r)" % (name, self._code)
        if self._code == "u":
            return "%s(%r, %r)" % (name, self._code, "".join(self._items))
        return "%s(%r, %r)" % (name, self._code, self._items)

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __reduce_ex__(self, protocol):
        state = getattr(self, "__dict__", None) or None
        if not isinstance(protocol, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(protocol).__name__)
        if protocol < 3:
            return type(self), (self._code, list(self._items)), state
        # Protocol 3 on: the machine-independent bytes (little-endian here).
        code = self._code
        fmt = _MFORMAT_OF[code]
        return (_array_reconstructor,
                (type(self), code, fmt, self.tobytes()), state)

    # methods

    def append(self, v, /):
        """Append new value v to the end of the array."""
        v = _check(self._code, v)
        self._check_resize(len(self._items) + 1)
        self._items.append(v)

    def extend(self, iterable, /):
        """Append items to the end of the array."""
        if isinstance(iterable, array):
            if iterable._code != self._code:
                raise TypeError("can only extend with array of same kind")
            self._check_resize(len(self._items) + len(iterable._items))
            self._items.extend(iterable._items)
            return
        for v in iterable:
            v = _check(self._code, v)
            self._check_resize(len(self._items) + 1)
            self._items.append(v)

    def insert(self, i, v, /):
        """Insert a new item v into the array before position i."""
        i = _index(i)
        v = _check(self._code, v)
        self._check_resize(len(self._items) + 1)
        self._items.insert(i, v)

    def pop(self, i=-1, /):
        """Return the i-th element and delete it from the array."""
        if not self._items:
            raise IndexError("pop from empty array")
        try:
            i = _index(i)
            self._items[i]
            self._check_resize(len(self._items) - 1)
            return self._items.pop(i)
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, v, /):
        """Remove the first occurrence of v in the array."""
        try:
            i = self._items.index(v)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None
        self._check_resize(len(self._items) - 1)
        del self._items[i]

    def index(self, v, start=0, stop=None, /):
        """Return index of first occurrence of v in the array."""
        n = len(self._items)
        stop = n if stop is None else stop
        for i in range(*slice(start, stop).indices(n)):
            if self._items[i] == v:
                return i
        raise ValueError("array.index(x): x not in array")

    def count(self, v, /):
        """Return number of occurrences of v in the array."""
        return self._items.count(v)

    def reverse(self):
        """Reverse the order of the items in the array."""
        self._items.reverse()
        self._refresh()

    def __buffer__(self, flags):
        """The items' bytes, for bytes-like consumers (memoryview, zlib,
        binascii, hashlib)."""
        return self.tobytes()

    def _buffer_export(self):
        """For memoryview: the bytearray a view reads and writes (refreshed
        from the items), the items' struct format and size."""
        data = self.tobytes()
        buf = self._buf
        if buf is None:
            buf = self._buf = bytearray(data)
        else:
            buf[:] = data
        return buf, _BUFFER_FORMAT.get(self._code, self._code), _SIZES[self._code]

    def _buffer_sync(self, buf):
        """After a view wrote into buf: the items it now holds."""
        codes = _struct.unpack(self._format(len(self._items)), buf)
        if self._code == "u":
            codes = [chr(c) if c <= 0x10FFFF else "\ufffd" for c in codes]
        elif self._code in "fd":
            codes = [float(c) for c in codes]
        self._items[:] = codes

    def _check_resize(self, new_len):
        """A change of length fails while a memoryview holds the buffer."""
        buf = self._buf
        if buf is None or new_len == len(self._items):
            return
        try:
            buf.append(0)
        except BufferError:
            raise BufferError("cannot resize an array that is exporting buffers") from None
        self._buf = None

    def _refresh(self):
        """After an item write: the lent buffer holds the new bytes."""
        if self._buf is not None:
            self._buf[:] = self.tobytes()

    def buffer_info(self):
        """Return a tuple (address, length) giving the current memory address
        and the length in items of the buffer used to hold array's contents."""
        return (id(self._items), len(self._items))

    def _format(self, n):
        # Native sizes in standard ("=") mode: C long is 8 bytes here.
        return "=%d%s" % (n, _STRUCT_CODE.get(self._code, self._code))

    def tobytes(self):
        """Convert the array to an array of machine values and return the bytes
        representation."""
        if self._code == "u":
            return _struct.pack(self._format(len(self._items)), *map(ord, self._items))
        return _struct.pack(self._format(len(self._items)), *self._items)

    def frombytes(self, buffer, /):
        """Appends items from the string, interpreting it as an array of machine
        values, as if it had been read from a file using the fromfile() method."""
        if not isinstance(buffer, (bytes, bytearray, memoryview, array)):
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(buffer).__name__)
        data = bytes(buffer)
        size = _SIZES[self._code]
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        if not data:
            return
        self._check_resize(len(self._items) + len(data) // size)
        if self._code == "u":
            codes = _struct.unpack(self._format(len(data) // size), data)
            for c in codes:
                if c > 0x10FFFF:
                    raise ValueError("character U+%x is not in range [U+0000; U+10ffff]" % c)
            self._items.extend(map(chr, codes))
            return
        self._items.extend(_struct.unpack(self._format(len(data) // size), data))

    def byteswap(self):
        """Byteswap all items of the array."""
        size = _SIZES[self._code]
        if size == 1:
            return
        data = self.tobytes()
        swapped = b"".join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._buffer_sync(swapped)
        self._refresh()

    def tolist(self):
        """Convert array to an ordinary list with the same items."""
        return list(self._items)

    def fromlist(self, list_, /):
        """Append items to array from list."""
        if not isinstance(list_, list):
            raise TypeError("arg must be list")
        values = [_check(self._code, v) for v in list_]
        self._check_resize(len(self._items) + len(values))
        self._items.extend(values)

    def tounicode(self):
        """Extends this array with data from the unicode string ustr."""
        if self._code != "u":
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return "".join(self._items)

    def fromunicode(self, ustr, /):
        """Extends this array with data from the unicode string ustr."""
        if self._code != "u":
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        if not isinstance(ustr, str):
            raise TypeError("fromunicode() argument must be str, not %s" % type(ustr).__name__)
        self._check_resize(len(self._items) + len(ustr))
        self._items.extend(ustr)

    def tofile(self, f, /):
        """Write all items (as machine values) to the file object f."""
        f.write(self.tobytes())

    def fromfile(self, f, n, /):
        """Read n objects from the file object f and append them to the end of
        the array."""
        n = _index(n)
        if n < 0:
            raise ValueError("negative count")
        size = _SIZES[self._code]
        data = f.read(size * n)
        if not isinstance(data, bytes):
            raise TypeError("read() didn't return bytes")
        whole = len(data) - len(data) % size
        self.frombytes(data[:whole])
        if len(data) != size * n:
            raise EOFError("read() didn't return enough bytes")


array.__module__ = "array"
ArrayType = array


_STRUCT_CODE = {"l": "q", "L": "Q", "u": "I"}

# typecode -> the format its memoryviews show, where it differs.
_BUFFER_FORMAT = {"u": "w"}

# The machine formats of pickled arrays (CPython's numbering):
# code -> (struct format of one item, or the codec for 'u').
_MFORMATS = {
    0: "<B", 1: "<b", 2: "<H", 3: ">H", 4: "<h", 5: ">h",
    6: "<I", 7: ">I", 8: "<i", 9: ">i", 10: "<Q", 11: ">Q", 12: "<q", 13: ">q",
    14: "<f", 15: ">f", 16: "<d", 17: ">d",
    18: "utf-16-le", 19: "utf-16-be", 20: "utf-32-le", 21: "utf-32-be",
}

# typecode -> its machine format on this (little-endian, LP64) machine.
_MFORMAT_OF = {"B": 0, "b": 1, "H": 2, "h": 4, "I": 6, "i": 8, "L": 10,
               "l": 12, "Q": 10, "q": 12, "f": 14, "d": 16, "u": 20}


class arrayiterator:
    """Iterates over an array by position, so items appended before the
    end are seen; once exhausted it stays exhausted."""

    __slots__ = ("_a", "_i")

    def __init__(self, a):
        self._a = a
        self._i = 0

    def __iter__(self):
        return self

    def __next__(self):
        a = self._a
        if a is not None:
            i = self._i
            if i < len(a._items):
                self._i = i + 1
                return a._items[i]
            self._a = None
        raise StopIteration

    def __reduce__(self):
        if self._a is None:
            return iter, ((),)
        return iter, (self._a,), self._i

    def __setstate__(self, state):
        if not isinstance(state, int):
            raise TypeError("an integer is required")
        if self._a is not None:
            self._i = min(max(state, 0), len(self._a._items))


arrayiterator.__module__ = "array"


def _array_reconstructor(arraytype, typecode, mformat_code, items, /):
    """Rebuilds a pickled array from its bytes in a machine format."""
    if not isinstance(arraytype, type):
        raise TypeError("first argument must be a type object, not %s"
                        % type(arraytype).__name__)
    if not issubclass(arraytype, array):
        raise TypeError("%s is not a subtype of array.array" % arraytype.__name__)
    if not isinstance(typecode, str) or len(typecode) != 1:
        raise TypeError("array_reconstructor() argument 2 must be a unicode character, not %s"
                        % type(typecode).__name__)
    if typecode not in _SIZES:
        raise ValueError("second argument must be a valid type code")
    if not isinstance(mformat_code, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(mformat_code).__name__)
    if mformat_code not in _MFORMATS:
        raise ValueError("third argument must be a valid machine format code.")
    if not isinstance(items, bytes):
        raise TypeError("fourth argument should be bytes, not %s" % type(items).__name__)
    if mformat_code == _MFORMAT_OF[typecode]:
        # This machine's own format: the bytes as they are.
        out = arraytype(typecode)
        out.frombytes(items)
        return out
    fmt = _MFORMATS[mformat_code]
    size = 4 if mformat_code >= 18 else _struct.calcsize(fmt)
    if len(items) % size:
        raise ValueError("string length not a multiple of item size")
    if mformat_code >= 18:
        return arraytype("u", items.decode(fmt))
    values = [v for (v,) in _struct.iter_unpack(fmt, items)]
    if mformat_code < 14:
        # Integers: the native type of the format's size and signedness.
        signed = fmt[1].islower()
        for code in ("bhiq" if signed else "BHIQ"):
            if _SIZES[code] == size:
                typecode = code
                break
    elif typecode not in "fd":
        typecode = "d" if size == 8 else "f"
    return arraytype(typecode, values)
