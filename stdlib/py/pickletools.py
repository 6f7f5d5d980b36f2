"""Tools for looking inside pickles (whirl's own implementation).

genops() walks the opcodes of a pickle, dis() prints them symbolically and
optimize() drops PUTs that no GET refers to.  The opcode table below lists
every opcode of protocols 0 to 5 with the kind of argument it reads; it is
what the tests of pickle use to look at the bytes pickle writes.
"""

import codecs
import io
import re
import sys

__all__ = ["dis", "genops", "optimize"]

bytes_types = (bytes, bytearray)

# Argument lengths that are not a fixed number of bytes.
UP_TO_NEWLINE = -1
TAKEN_FROM_ARGUMENT1 = -2
TAKEN_FROM_ARGUMENT4 = -3
TAKEN_FROM_ARGUMENT4U = -4
TAKEN_FROM_ARGUMENT8U = -5


class ArgumentDescriptor(object):
    __slots__ = ("name", "n", "reader", "doc")

    def __init__(self, name, n, reader, doc):
        self.name = name
        self.n = n
        self.reader = reader
        self.doc = doc

    def __repr__(self):
        return self.name


def _fixed(what, n, fmt_signed):
    def reader(f):
        data = f.read(n)
        if len(data) != n:
            raise ValueError("not enough data in stream to read %s" % what)
        return int.from_bytes(data, "little", signed=fmt_signed)
    return reader


read_uint1 = _fixed("uint1", 1, False)
read_uint2 = _fixed("uint2", 2, False)
read_int4 = _fixed("int4", 4, True)
read_uint4 = _fixed("uint4", 4, False)
read_uint8 = _fixed("uint8", 8, False)


def _line(f, what):
    data = f.readline()
    if not data.endswith(b"\n"):
        raise ValueError("no newline found when trying to read %s" % what)
    return data[:-1]


def read_stringnl(f, decode=True, stripquotes=True):
    data = _line(f, "stringnl")
    if stripquotes:
        for q in (b'"', b"'"):
            if data.startswith(q):
                if not data.endswith(q) or len(data) < 2:
                    raise ValueError("strinq quote %r not found at both ends of %r"
                                     % (q, data))
                data = data[1:-1]
                break
        else:
            raise ValueError("no string quotes around %r" % data)
    if decode:
        data = codecs.escape_decode(data)[0].decode("latin-1")
    return data


def read_stringnl_noescape(f):
    return read_stringnl(f, decode=False, stripquotes=False).decode("utf-8")


def read_stringnl_noescape_pair(f):
    first = read_stringnl_noescape(f)
    second = read_stringnl_noescape(f)
    return "%s %s" % (first, second)


def _counted(what, size_reader, kind):
    def reader(f):
        n = size_reader(f)
        if n < 0:
            raise ValueError("%s byte count < 0: %d" % (what, n))
        data = f.read(n)
        if len(data) != n:
            raise ValueError("expected %d bytes in a %s, but only %d remain"
                             % (n, what, len(data)))
        if kind == "latin1":
            return data.decode("latin-1")
        if kind == "utf8":
            return data.decode("utf-8", "surrogatepass")
        if kind == "bytearray":
            return bytearray(data)
        return data
    return reader


read_string1 = _counted("string1", read_uint1, "latin1")
read_string4 = _counted("string4", read_int4, "latin1")
read_bytes1 = _counted("bytes1", read_uint1, "bytes")
read_bytes4 = _counted("bytes4", read_uint4, "bytes")
read_bytes8 = _counted("bytes8", read_uint8, "bytes")
read_bytearray8 = _counted("bytearray8", read_uint8, "bytearray")
read_unicodestring1 = _counted("unicodestring1", read_uint1, "utf8")
read_unicodestring4 = _counted("unicodestring4", read_uint4, "utf8")
read_unicodestring8 = _counted("unicodestring8", read_uint8, "utf8")


def read_unicodestringnl(f):
    data = _line(f, "unicodestringnl")
    return str(data, "raw-unicode-escape")


def read_decimalnl_short(f):
    s = read_stringnl(f, decode=False, stripquotes=False)
    if s == b"00":
        return False
    if s == b"01":
        return True
    return int(s)


def read_decimalnl_long(f):
    s = read_stringnl(f, decode=False, stripquotes=False)
    if s[-1:] == b"L":
        s = s[:-1]
    return int(s)


def read_floatnl(f):
    s = read_stringnl(f, decode=False, stripquotes=False)
    return float(s.decode("ascii"))


def read_float8(f):
    import struct
    data = f.read(8)
    if len(data) != 8:
        raise ValueError("not enough data in stream to read float8")
    return struct.unpack(">d", data)[0]


def _long_reader(what, size_reader):
    def reader(f):
        n = size_reader(f)
        if n < 0:
            raise ValueError("%s byte count < 0: %d" % (what, n))
        data = f.read(n)
        if len(data) != n:
            raise ValueError("not enough data in stream to read %s" % what)
        return int.from_bytes(data, "little", signed=True)
    return reader


read_long1 = _long_reader("long1", read_uint1)
read_long4 = _long_reader("long4", read_int4)


def _arg(name, n, reader, doc=""):
    return ArgumentDescriptor(name, n, reader, doc)


uint1 = _arg("uint1", 1, read_uint1, "One-byte unsigned integer.")
uint2 = _arg("uint2", 2, read_uint2, "Two-byte unsigned integer, little-endian.")
int4 = _arg("int4", 4, read_int4, "Four-byte signed integer, little-endian.")
uint4 = _arg("uint4", 4, read_uint4, "Four-byte unsigned integer, little-endian.")
uint8 = _arg("uint8", 8, read_uint8, "Eight-byte unsigned integer, little-endian.")
stringnl = _arg("stringnl", UP_TO_NEWLINE, read_stringnl)
stringnl_noescape = _arg("stringnl_noescape", UP_TO_NEWLINE, read_stringnl_noescape)
stringnl_noescape_pair = _arg("stringnl_noescape_pair", UP_TO_NEWLINE,
                              read_stringnl_noescape_pair)
string1 = _arg("string1", TAKEN_FROM_ARGUMENT1, read_string1)
string4 = _arg("string4", TAKEN_FROM_ARGUMENT4, read_string4)
bytes1 = _arg("bytes1", TAKEN_FROM_ARGUMENT1, read_bytes1)
bytes4 = _arg("bytes4", TAKEN_FROM_ARGUMENT4U, read_bytes4)
bytes8 = _arg("bytes8", TAKEN_FROM_ARGUMENT8U, read_bytes8)
bytearray8 = _arg("bytearray8", TAKEN_FROM_ARGUMENT8U, read_bytearray8)
unicodestringnl = _arg("unicodestringnl", UP_TO_NEWLINE, read_unicodestringnl)
unicodestring1 = _arg("unicodestring1", TAKEN_FROM_ARGUMENT1, read_unicodestring1)
unicodestring4 = _arg("unicodestring4", TAKEN_FROM_ARGUMENT4U, read_unicodestring4)
unicodestring8 = _arg("unicodestring8", TAKEN_FROM_ARGUMENT8U, read_unicodestring8)
decimalnl_short = _arg("decimalnl_short", UP_TO_NEWLINE, read_decimalnl_short)
decimalnl_long = _arg("decimalnl_long", UP_TO_NEWLINE, read_decimalnl_long)
floatnl = _arg("floatnl", UP_TO_NEWLINE, read_floatnl)
float8 = _arg("float8", 8, read_float8)
long1 = _arg("long1", TAKEN_FROM_ARGUMENT1, read_long1)
long4 = _arg("long4", TAKEN_FROM_ARGUMENT4, read_long4)


class StackObject(object):
    __slots__ = ("name", "obtype", "doc")

    def __init__(self, name, obtype, doc):
        self.name = name
        self.obtype = obtype
        self.doc = doc

    def __repr__(self):
        return self.name


anyobject = StackObject("any", object, "Any kind of object whatsoever.")
markobject = StackObject("mark", StackObject, "The mark pushed by MARK.")
stackslice = StackObject("stackslice", StackObject, "The objects above the topmost mark.")


class OpcodeInfo(object):
    __slots__ = ("name", "code", "arg", "stack_before", "stack_after", "proto", "doc")

    def __init__(self, name, code, arg, stack_before, stack_after, proto, doc):
        self.name = name
        self.code = code
        self.arg = arg
        self.stack_before = stack_before
        self.stack_after = stack_after
        self.proto = proto
        self.doc = doc


_A = anyobject
_M = markobject
_S = stackslice

# (name, code, argument, stack before, stack after, protocol, summary)
_TABLE = [
    ("INT", "I", decimalnl_short, [], [_A], 0, "Push an integer or bool."),
    ("BININT", "J", int4, [], [_A], 1, "Push a four-byte signed integer."),
    ("BININT1", "K", uint1, [], [_A], 1, "Push a one-byte unsigned integer."),
    ("BININT2", "M", uint2, [], [_A], 1, "Push a two-byte unsigned integer."),
    ("LONG", "L", decimalnl_long, [], [_A], 0, "Push a long integer."),
    ("LONG1", "\x8a", long1, [], [_A], 2, "Long integer using one-byte length."),
    ("LONG4", "\x8b", long4, [], [_A], 2, "Long integer using four-byte length."),
    ("STRING", "S", stringnl, [], [_A], 0, "Push a Python string object."),
    ("BINSTRING", "T", string4, [], [_A], 1, "Push a Python string object."),
    ("SHORT_BINSTRING", "U", string1, [], [_A], 1, "Push a Python string object."),
    ("BINBYTES", "B", bytes4, [], [_A], 3, "Push a Python bytes object."),
    ("SHORT_BINBYTES", "C", bytes1, [], [_A], 3, "Push a Python bytes object."),
    ("BINBYTES8", "\x8e", bytes8, [], [_A], 4, "Push a Python bytes object."),
    ("BYTEARRAY8", "\x96", bytearray8, [], [_A], 5, "Push a Python bytearray object."),
    ("NEXT_BUFFER", "\x97", None, [], [_A], 5, "Push an out-of-band buffer object."),
    ("READONLY_BUFFER", "\x98", None, [_A], [_A], 5,
     "Make an out-of-band buffer object read-only."),
    ("NONE", "N", None, [], [_A], 0, "Push None on the stack."),
    ("NEWTRUE", "\x88", None, [], [_A], 2, "Push True onto the stack."),
    ("NEWFALSE", "\x89", None, [], [_A], 2, "Push False onto the stack."),
    ("UNICODE", "V", unicodestringnl, [], [_A], 0, "Push a Python Unicode string object."),
    ("SHORT_BINUNICODE", "\x8c", unicodestring1, [], [_A], 4,
     "Push a Python Unicode string object."),
    ("BINUNICODE", "X", unicodestring4, [], [_A], 1, "Push a Python Unicode string object."),
    ("BINUNICODE8", "\x8d", unicodestring8, [], [_A], 4,
     "Push a Python Unicode string object."),
    ("FLOAT", "F", floatnl, [], [_A], 0,
     "Newline-terminated decimal float literal."),
    ("BINFLOAT", "G", float8, [], [_A], 1,
     "Float stored in binary form, with 8 bytes of data."),
    ("EMPTY_LIST", "]", None, [], [_A], 1, "Push an empty list."),
    ("APPEND", "a", None, [_A, _A], [_A], 0, "Append an object to a list."),
    ("APPENDS", "e", None, [_A, _M, _S], [_A], 1,
     "Extend a list by a slice of stack objects."),
    ("LIST", "l", None, [_M, _S], [_A], 0, "Build a list out of the topmost stack slice, after markobject."),
    ("EMPTY_TUPLE", ")", None, [], [_A], 1, "Push an empty tuple."),
    ("TUPLE", "t", None, [_M, _S], [_A], 0,
     "Build a tuple out of the topmost stack slice, after markobject."),
    ("TUPLE1", "\x85", None, [_A], [_A], 2, "Build a one-tuple out of the topmost item on the stack."),
    ("TUPLE2", "\x86", None, [_A, _A], [_A], 2,
     "Build a two-tuple out of the top two items on the stack."),
    ("TUPLE3", "\x87", None, [_A, _A, _A], [_A], 2,
     "Build a three-tuple out of the top three items on the stack."),
    ("EMPTY_DICT", "}", None, [], [_A], 1, "Push an empty dict."),
    ("DICT", "d", None, [_M, _S], [_A], 0,
     "Build a dict out of the topmost stack slice, after markobject."),
    ("SETITEM", "s", None, [_A, _A, _A], [_A], 0, "Add a key+value pair to an existing dict."),
    ("SETITEMS", "u", None, [_A, _M, _S], [_A], 1,
     "Add an arbitrary number of key+value pairs to an existing dict."),
    ("EMPTY_SET", "\x8f", None, [], [_A], 4, "Push an empty set."),
    ("ADDITEMS", "\x90", None, [_A, _M, _S], [_A], 4,
     "Add an arbitrary number of items to an existing set."),
    ("FROZENSET", "\x91", None, [_M, _S], [_A], 4,
     "Build a frozenset out of the topmost slice, after markobject."),
    ("POP", "0", None, [_A], [], 0, "Discard the top stack item, shrinking the stack by one item."),
    ("DUP", "2", None, [_A], [_A, _A], 0, "Push the top stack item onto the stack again, duplicating it."),
    ("MARK", "(", None, [], [_M], 0, "Push markobject onto the stack."),
    ("POP_MARK", "1", None, [_M, _S], [], 1,
     "Pop all the stack objects at and above the topmost markobject."),
    ("GET", "g", decimalnl_short, [], [_A], 0, "Read an object from the memo and push it on the stack."),
    ("BINGET", "h", uint1, [], [_A], 1, "Read an object from the memo and push it on the stack."),
    ("LONG_BINGET", "j", uint4, [], [_A], 1, "Read an object from the memo and push it on the stack."),
    ("PUT", "p", decimalnl_short, [], [], 0, "Store the stack top into the memo.  The stack is not popped."),
    ("BINPUT", "q", uint1, [], [], 1, "Store the stack top into the memo.  The stack is not popped."),
    ("LONG_BINPUT", "r", uint4, [], [], 1, "Store the stack top into the memo.  The stack is not popped."),
    ("MEMOIZE", "\x94", None, [_A], [_A], 4, "Store the stack top into the memo.  The stack is not popped."),
    ("EXT1", "\x82", uint1, [], [_A], 2, "Extension code."),
    ("EXT2", "\x83", uint2, [], [_A], 2, "Extension code."),
    ("EXT4", "\x84", int4, [], [_A], 2, "Extension code."),
    ("GLOBAL", "c", stringnl_noescape_pair, [], [_A], 0,
     "Push a global object (module.attr) on the stack."),
    ("STACK_GLOBAL", "\x93", None, [_A, _A], [_A], 4,
     "Push a global object (module.attr) on the stack."),
    ("REDUCE", "R", None, [_A, _A], [_A], 0,
     "Push an object built from a callable and an argument tuple."),
    ("BUILD", "b", None, [_A, _A], [_A], 0,
     "Finish building an object, via __setstate__ or dict update."),
    ("INST", "i", stringnl_noescape_pair, [_M, _S], [_A], 0, "Build a class instance."),
    ("OBJ", "o", None, [_M, _A, _S], [_A], 1, "Build a class instance."),
    ("NEWOBJ", "\x81", None, [_A, _A], [_A], 2, "Build an object instance."),
    ("NEWOBJ_EX", "\x92", None, [_A, _A, _A], [_A], 4, "Build an object instance."),
    ("PROTO", "\x80", uint1, [], [], 2, "Protocol version indicator."),
    ("STOP", ".", None, [_A], [], 0, "Stop the unpickling machine."),
    ("FRAME", "\x95", uint8, [], [], 4, "Indicate the beginning of a new frame."),
    ("PERSID", "P", stringnl_noescape, [], [_A], 0,
     "Push an object identified by a persistent ID."),
    ("BINPERSID", "Q", None, [_A], [_A], 1, "Push an object identified by a persistent ID."),
]

opcodes = [OpcodeInfo(*row) for row in _TABLE]
del _TABLE

code2op = {}
for _d in opcodes:
    code2op[_d.code] = _d
del _d


def _genops(data, yield_end_pos=False):
    if isinstance(data, bytes_types):
        data = io.BytesIO(data)
    if hasattr(data, "tell"):
        getpos = data.tell
    else:
        def getpos():
            return None
    while True:
        pos = getpos()
        code = data.read(1)
        opcode = code2op.get(code.decode("latin-1"))
        if opcode is None:
            if code == b"":
                raise ValueError("pickle exhausted before seeing STOP")
            raise ValueError("at position %s, opcode %r unknown" % (
                "<unknown>" if pos is None else pos, code))
        if opcode.arg is None:
            arg = None
        else:
            arg = opcode.arg.reader(data)
        if yield_end_pos:
            yield opcode, arg, pos, getpos()
        else:
            yield opcode, arg, pos
        if code == b".":
            assert opcode.name == "STOP"
            break


def genops(pickle):
    """Yield (opcode, arg, pos) for each opcode of a pickle (bytes or file)."""
    return _genops(pickle)


def optimize(p):
    """Return p without the PUT opcodes that no GET refers to.

    Pickles that number their memo implicitly (MEMOIZE) or are framed are
    returned unchanged: dropping a store there would renumber the memo.
    """
    ops = list(_genops(p, yield_end_pos=True))
    if any(op.name in ("MEMOIZE", "FRAME") for op, _, _, _ in ops):
        return bytes(p)
    used = {arg for op, arg, _, _ in ops if op.name.endswith("GET")}
    out = []
    for op, arg, pos, end in ops:
        if op.name.endswith("PUT") and arg not in used:
            continue
        out.append(p[pos:end])
    return b"".join(out)


def dis(pickle, out=None, memo=None, indentlevel=4, annotate=0):
    """Print a symbolic disassembly of a pickle to out (sys.stdout)."""
    stack = []
    if memo is None:
        memo = {}
    maxproto = -1
    markstack = []
    indentchunk = " " * indentlevel
    errormsg = None
    annocol = annotate
    for opcode, arg, pos in genops(pickle):
        if pos is not None:
            print("%5d:" % pos, end=" ", file=out)
        line = "%-4s %s%s" % (repr(opcode.code)[1:-1],
                              indentchunk * len(markstack),
                              opcode.name)
        maxproto = max(maxproto, opcode.proto)
        before = opcode.stack_before
        after = opcode.stack_after
        numtopop = len(before)

        markmsg = None
        if markobject in before or (opcode.name == "POP" and stack and
                                    stack[-1] is markobject):
            assert markobject not in after
            if markstack:
                markpos = markstack.pop()
                if markpos is None:
                    markmsg = "(MARK at unknown opcode offset)"
                else:
                    markmsg = "(MARK at %d)" % markpos
                while stack[-1] is not markobject:
                    stack.pop()
                stack.pop()
                try:
                    numtopop = before.index(markobject)
                except ValueError:
                    assert opcode.name == "POP"
                    numtopop = 0
            else:
                errormsg = markmsg = "no MARK exists on stack"

        if opcode.name in ("PUT", "BINPUT", "LONG_BINPUT", "MEMOIZE"):
            if opcode.name == "MEMOIZE":
                memo_idx = len(memo)
                markmsg = "(as %d)" % memo_idx
            else:
                assert arg is not None
                memo_idx = arg
            if memo_idx in memo:
                errormsg = "memo key %r already defined" % arg
            elif not stack:
                errormsg = "stack is empty -- can't store into memo"
            elif stack[-1] is markobject:
                errormsg = "can't store markobject in the memo"
            else:
                memo[memo_idx] = stack[-1]
        elif opcode.name in ("GET", "BINGET", "LONG_BINGET"):
            if arg in memo:
                assert len(after) == 1
                after = [memo[arg]]
            else:
                errormsg = "memo key %r has never been stored into" % arg

        if arg is not None or markmsg:
            line += " " * (10 - len(opcode.name))
            if arg is not None:
                line += " " + repr(arg)
            if markmsg:
                line += " " + markmsg
        if annotate:
            line += " " * (annocol - len(line))
            annocol = len(line)
            if annocol > 50:
                annocol = annotate
            line += " " + opcode.doc.split("\n", 1)[0]
        print(line, file=out)

        if errormsg:
            raise ValueError(errormsg)

        if len(stack) < numtopop:
            raise ValueError("tries to pop %d items from stack with "
                             "only %d items" % (numtopop, len(stack)))
        if numtopop:
            del stack[-numtopop:]
        if markobject in after:
            assert markobject not in before
            markstack.append(pos)

        stack.extend(after)

    print("highest protocol among opcodes =", maxproto, file=out)
    if stack:
        raise ValueError("stack not empty after STOP: %r" % stack)
