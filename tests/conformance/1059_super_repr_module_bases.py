# repr of super objects, object.__repr__ on builtin values, __module__ of
# builtin functions and methods, and builtin types that refuse to be
# subclassed.
import heapq
import math
import re
import sys
import time
import types


class A:
    def who(self):
        return super()


class B(A):
    def who(self):
        return super()

    @classmethod
    def cwho(cls):
        return super()


b = B()
print(repr(super(B, b)))
print(repr(super(A, b)))
print(repr(super(B)))
print(repr(super(B, B)))
print(repr(b.who()))
print(repr(B.cwho()))
print(str(super(B, b)))
print(repr(super(B).__get__(b)))


class S(super):
    pass


print(repr(S(B, b)))

pattern = re.compile(r"^<([\w.-]+) object at 0x[0-9a-f]+>$")
for v in [1, 10**30, 1.5, "s", b"b", [], {}, (), None, True, len, object(), A(), 1j, range(3)]:
    m = pattern.match(object.__repr__(v))
    print(type(v).__name__, m.group(1) if m else object.__repr__(v))

for name, f in [
    ("len", len),
    ("print", print),
    ("[].append", [].append),
    ("dict.fromkeys", dict.fromkeys),
    ("math.sqrt", math.sqrt),
    ("heapq.heappush", heapq.heappush),
    ("heapq.heappop", heapq.heappop),
    ("sys.getrecursionlimit", sys.getrecursionlimit),
    ("time.time", time.time),
    ("''.join", "".join),
    ("object.__init_subclass__", object.__init_subclass__),
]:
    print(name, repr(f.__module__))
for name, f in [("list.append", list.append), ("(1).__add__", (1).__add__)]:
    try:
        print(name, f.__module__)
    except AttributeError as e:
        print(name, type(e).__name__, e)

for t in [
    types.MemberDescriptorType,
    types.GetSetDescriptorType,
    types.WrapperDescriptorType,
    types.MethodWrapperType,
    types.MethodDescriptorType,
    types.FunctionType,
    types.BuiltinFunctionType,
    types.MethodType,
    types.CodeType,
    types.GeneratorType,
    types.CoroutineType,
    types.MappingProxyType,
    types.CellType,
    types.FrameType,
    types.TracebackType,
    types.UnionType,
    type(None),
    type(NotImplemented),
    type(...),
    bool,
    range,
    slice,
    memoryview,
    type(iter([])),
    type(iter(())),
    type(iter(range(1))),
    type(iter(set())),
]:
    try:
        class X(t):
            pass
        print(t.__name__, "subclassed")
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        type("Y", (t,), {})
        print(t.__name__, "subclassed by type()")
    except TypeError as e:
        print(type(e).__name__, e)

for t in [int, str, list, dict, set, frozenset, tuple, bytes, float, object, type, property, staticmethod, classmethod, super, Exception, types.ModuleType, types.SimpleNamespace]:
    class Z(t):
        pass
    print(t.__name__, "ok", Z.__mro__[1].__name__)


class Q:
    pass


try:
    Q.__bases__ = (types.MemberDescriptorType,)
except TypeError as e:
    print(type(e).__name__, e)
