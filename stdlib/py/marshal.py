"""Serialize and read back Python values in CPython's marshal format.

dumps/loads handle None, booleans, ints of any size, floats, complex
numbers, str, bytes (and bytearray/memoryview, written as bytes), tuples,
lists, dicts, sets, frozensets, Ellipsis and StopIteration. Code objects
are not supported: whirl's compiled code is not CPython's bytecode (whirl
keeps its own compiled-code cache, see its README).

Versions 0 to 4 are written as CPython writes them, except that from
version 3 on every object that may be referenced again carries the
reference flag and a repeated object (the same one, by identity) is written
as a back-reference: CPython decides the flag from reference counts. Data
written by either interpreter loads in the other.
"""

import sys as _sys

version = 4

_FLAG_REF = 0x80
_MAX_DEPTH = 2000


def _i32(n):
    return (n & 0xFFFFFFFF).to_bytes(4, "little")


def _float_text(x):
    text = format(x, ".17g").encode("ascii")
    return bytes([len(text)]) + text


class _Writer:
    def __init__(self, version):
        self.version = version
        self.out = bytearray()
        self.refs = {}
        self.next_ref = 0
        self.keep = []
        self.depth = 0

    def put(self, code, flagged):
        self.out.append(ord(code) | (_FLAG_REF if flagged else 0))

    def flag_number(self):
        """Numbers are flagged (each takes a reference number) but never
        shared: their identity is not stable."""
        if self.version < 3:
            return False
        self.next_ref += 1
        return True

    def ref(self, value):
        """True when value was written before (a back-reference is
        written then); otherwise remembers it and says it is flagged."""
        if self.version < 3:
            return False, False
        key = id(value)
        if key in self.refs:
            self.out.append(ord("r"))
            self.out += _i32(self.refs[key])
            return True, True
        self.refs[key] = self.next_ref
        self.next_ref += 1
        self.keep.append(value)
        return False, True

    def write(self, v):
        if v is None:
            self.out += b"N"
        elif v is False:
            self.out += b"F"
        elif v is True:
            self.out += b"T"
        elif v is ...:
            self.out += b"."
        elif v is StopIteration:
            self.out += b"S"
        elif type(v) is int:
            self.write_int(v)
        elif type(v) is float:
            if self.version >= 2:
                flagged = self.flag_number()
                self.put("g", flagged)
                self.out += _float_bytes(v)
            else:
                self.put("f", False)
                self.out += _float_text(v)
        elif type(v) is complex:
            if self.version >= 2:
                flagged = self.flag_number()
                self.put("y", flagged)
                self.out += _float_bytes(v.real) + _float_bytes(v.imag)
            else:
                self.put("x", False)
                self.out += _float_text(v.real) + _float_text(v.imag)
        else:
            self.depth += 1
            if self.depth > _MAX_DEPTH:
                raise ValueError("object too deeply nested to marshal")
            try:
                self.write_object(v)
            finally:
                self.depth -= 1

    def write_int(self, v):
        flagged = self.flag_number()
        if -(2**31) <= v < 2**31:
            self.put("i", flagged)
            self.out += _i32(v)
            return
        digits = []
        n = abs(v)
        while n:
            digits.append(n & 0x7FFF)
            n >>= 15
        self.put("l", flagged)
        self.out += _i32(len(digits) if v > 0 else -len(digits))
        for d in digits:
            self.out += d.to_bytes(2, "little")

    def write_object(self, v):
        t = type(v)
        if t not in (str, bytes, bytearray, memoryview, tuple, list, dict, set, frozenset):
            raise ValueError("unmarshallable object")
        done, flagged = self.ref(v)
        if done:
            return
        if t is str:
            data = _encode(v)
            if self.version >= 4 and v.isascii():
                if len(data) < 256:
                    self.put("z", flagged)
                    self.out.append(len(data))
                else:
                    self.put("a", flagged)
                    self.out += _i32(len(data))
            else:
                self.put("u", flagged)
                self.out += _i32(len(data))
            self.out += data
        elif t in (bytes, bytearray, memoryview):
            data = bytes(v)
            self.put("s", flagged)
            self.out += _i32(len(data))
            self.out += data
        elif t is tuple:
            if self.version >= 4 and len(v) < 256:
                self.put(")", flagged)
                self.out.append(len(v))
            else:
                self.put("(", flagged)
                self.out += _i32(len(v))
            for item in v:
                self.write(item)
        elif t is list:
            self.put("[", flagged)
            self.out += _i32(len(v))
            for item in v:
                self.write(item)
        elif t is dict:
            self.put("{", flagged)
            for key, value in v.items():
                self.write(key)
                self.write(value)
            self.out += b"0"
        else:
            self.put("<" if t is set else ">", flagged)
            self.out += _i32(len(v))
            for item in v:
                self.write(item)


def _encode(text):
    """UTF-8, lone surrogates included (as CPython's surrogatepass)."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass")


def _decode(data):
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        try:
            return data.decode("utf-8", "surrogatepass")
        except LookupError:
            raise e from None


def _float_bytes(x):
    import struct

    return struct.pack("<d", x)


class _Reader:
    def __init__(self, data):
        self.data = data
        self.at = 0
        self.refs = []
        self.depth = 0

    def take(self, n):
        if self.at + n > len(self.data):
            raise EOFError("marshal data too short")
        chunk = self.data[self.at : self.at + n]
        self.at += n
        return chunk

    def i32(self):
        return int.from_bytes(self.take(4), "little", signed=True)

    def size(self):
        n = self.i32()
        if n < 0:
            raise ValueError("bad marshal data (bytes object size out of range)")
        return n

    def float_text(self):
        n = self.take(1)[0]
        try:
            return float(self.take(n).decode("ascii"))
        except ValueError:
            raise ValueError("bad marshal data (float)") from None

    def read(self, allow_null=False):
        if self.at >= len(self.data):
            raise EOFError("EOF read where object expected")
        self.depth += 1
        if self.depth > _MAX_DEPTH:
            raise ValueError("recursion limit exceeded")
        try:
            return self.read_object(allow_null)
        finally:
            self.depth -= 1

    def remember(self, flagged, value):
        if flagged:
            self.refs.append(value)
        return value

    def reserve(self, flagged):
        if not flagged:
            return None
        self.refs.append(None)
        return len(self.refs) - 1

    def read_object(self, allow_null):
        import struct

        byte = self.take(1)[0]
        flagged = bool(byte & _FLAG_REF)
        code = chr(byte & ~_FLAG_REF)
        if code == "0":
            if allow_null:
                return _NULL
            raise ValueError("bad marshal data (NULL object)")
        if code == "N":
            return None
        if code == "F":
            return False
        if code == "T":
            return True
        if code == ".":
            return ...
        if code == "S":
            return StopIteration
        if code == "i":
            return self.remember(flagged, self.i32())
        if code == "I":
            return self.remember(flagged, int.from_bytes(self.take(8), "little", signed=True))
        if code == "l":
            n = self.i32()
            value = digit = 0
            for i in range(abs(n)):
                digit = int.from_bytes(self.take(2), "little")
                if digit > 0x7FFF:
                    raise ValueError("bad marshal data (digit out of range in long)")
                value |= digit << (15 * i)
            if n and not digit:
                raise ValueError("bad marshal data (unnormalized long data)")
            return self.remember(flagged, -value if n < 0 else value)
        if code == "g":
            return self.remember(flagged, struct.unpack("<d", self.take(8))[0])
        if code == "f":
            return self.remember(flagged, self.float_text())
        if code == "y":
            re, im = struct.unpack("<dd", self.take(16))
            return self.remember(flagged, complex(re, im))
        if code == "x":
            re = self.float_text()
            return self.remember(flagged, complex(re, self.float_text()))
        if code in "uta":
            data = self.take(self.size())
            text = _decode(data) if code != "a" else data.decode("ascii")
            return self.remember(flagged, _sys.intern(text) if code == "t" else text)
        if code in "AzZ":
            n = self.size() if code == "A" else self.take(1)[0]
            text = self.take(n).decode("ascii")
            return self.remember(flagged, text if code == "z" else _sys.intern(text))
        if code == "s":
            return self.remember(flagged, bytes(self.take(self.size())))
        if code in "()":
            n = self.size() if code == "(" else self.take(1)[0]
            slot = self.reserve(flagged)
            value = tuple([self.read() for _ in range(n)])
            if slot is not None:
                self.refs[slot] = value
            return value
        if code == "[":
            value = self.remember(flagged, [])
            for _ in range(self.size()):
                value.append(self.read())
            return value
        if code == "{":
            value = self.remember(flagged, {})
            while True:
                key = self.read(allow_null=True)
                if key is _NULL:
                    return value
                value[key] = self.read()
        if code in "<>":
            n = self.size()
            if code == "<":
                value = self.remember(flagged, set())
                for _ in range(n):
                    value.add(self.read())
                return value
            slot = self.reserve(flagged)
            value = frozenset([self.read() for _ in range(n)])
            if slot is not None:
                self.refs[slot] = value
            return value
        if code == "r":
            n = self.i32()
            if not 0 <= n < len(self.refs) or self.refs[n] is None:
                raise ValueError("bad marshal data (invalid reference)")
            return self.refs[n]
        raise ValueError("bad marshal data (unknown type code)")


_NULL = object()


def dumps(value, version=version, /):
    """Return the bytes object that would be written to a file by
    dump(value, file)."""
    if not isinstance(version, int) or isinstance(version, bool):
        raise TypeError(f"'{type(version).__name__}' object cannot be interpreted as an integer")
    w = _Writer(version)
    w.write(value)
    return bytes(w.out)


def loads(bytes, /):
    """Convert the bytes-like object to a value."""
    try:
        data = memoryview(bytes).tobytes()
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{type(bytes).__name__}'") from None
    return _Reader(data).read()


def dump(value, file, version=version, /):
    """Write the value on the open file."""
    file.write(dumps(value, version))


def load(file, /):
    """Read one value from the open file."""
    try:
        start = file.tell()
    except (AttributeError, OSError):
        start = None
    data = file.read()
    r = _Reader(data)
    value = r.read()
    # What follows the value is left for the next read.
    if start is not None:
        file.seek(start + r.at)
    return value
