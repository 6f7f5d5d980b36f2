# types.MethodType binds any callable (builtins too); object.__sizeof__
# and sys.getsizeof give CPython 3.11's (64-bit) numbers.
import sys
import types


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


m = types.MethodType(len, [1, 2, 3])
print(type(m).__name__, m.__self__, m.__func__, m())
print(repr(m).split(" of ")[0])
m2 = types.MethodType(print, "hi")
m2("there", sep="-")
print(types.MethodType(str.upper, "abc")())
print(types.MethodType(divmod, 17)(5))
print(types.MethodType(sorted, [3, 1, 2])(reverse=True))
print(m == types.MethodType(len, m.__self__), m.__name__, m.__qualname__)


class C:
    pass


C.f = types.MethodType(divmod, 17)
print(C.f(5), C().f(3))
c = C()
bound = types.MethodType(lambda self, x: (type(self).__name__, x), c)
print(bound(4), bound.__self__ is c)
c.g = types.MethodType(lambda self: self is c, c)
print(c.g())
show("rebound", lambda: types.MethodType(m, 9)())
show("too many", lambda: types.MethodType(len, [1])(2))
show("not callable", lambda: types.MethodType(3, c))
show("None self", lambda: types.MethodType(len, None))
show("one arg", lambda: types.MethodType(len))
show("no args", lambda: types.MethodType())
show("three args", lambda: types.MethodType(len, 1, 2))
show("keywords", lambda: types.MethodType(func=len, obj=1))
print(isinstance(m, types.MethodType), callable(m))

# __sizeof__
print(object().__sizeof__(), C().__sizeof__())


class P:
    __slots__ = ("a", "b")


class W:
    __slots__ = ("a", "__weakref__")


print(P().__sizeof__(), W().__sizeof__())
for v in [0, 1, -5, 2**30, 2**100, True, 1.5, 1j, "", "abc", "é", "€", "😀",
          b"", b"ab", bytearray(), bytearray(b"ab"), (), (1, 2), [], {}, {1: 2},
          set(), {1, 2}, frozenset(), None, object(), range(3)]:
    print(type(v).__name__, v.__sizeof__(), sys.getsizeof(v))
print([sys.getsizeof(set(range(n))) for n in (0, 4, 5, 18, 19, 100)])
print([sys.getsizeof(dict.fromkeys(range(n))) for n in (0, 1, 5, 6, 11, 100)])
print(sys.getsizeof(C()), sys.getsizeof(P()), sys.getsizeof(W()))
print(sys.getsizeof(ValueError()))


class S:
    def __sizeof__(self):
        return 1000


class SL(list):
    def __sizeof__(self):
        return 5


class SI(int):
    def __sizeof__(self):
        return True


class SNeg:
    def __sizeof__(self):
        return -1


class SStr:
    def __sizeof__(self):
        return "x"


class SNone:
    __sizeof__ = None


class SRaise:
    def __sizeof__(self):
        raise TypeError("no size")


print(sys.getsizeof(S()), sys.getsizeof(SL()), sys.getsizeof(SI()))
show("negative", lambda: sys.getsizeof(SNeg()))
show("negative with default", lambda: sys.getsizeof(SNeg(), 7))
show("str", lambda: sys.getsizeof(SStr()))
show("str with default", lambda: sys.getsizeof(SStr(), 42))
show("None", lambda: sys.getsizeof(SNone()))
show("None with default", lambda: sys.getsizeof(SNone(), "dflt"))
show("raises", lambda: sys.getsizeof(SRaise()))
show("raises with default", lambda: sys.getsizeof(SRaise(), 0))
show("sizeof arg", lambda: object.__sizeof__(c, 1))
print(sys.getsizeof([1, 2, 3]) > sys.getsizeof([]), sys.getsizeof("a" * 100) > sys.getsizeof("a"))

# A bound callable without a name shows '?'; object()'s repr leaves out
# the 'builtins' module.


class MyCallable:
    def __call__(self, arg):
        return arg


func = MyCallable()
meth = types.MethodType(func, object())
print(repr(meth).split(" at ")[0], meth() is meth.__self__)
func.__name__ = "name"
print(repr(meth).split(" at ")[0])
func.__qualname__ = "qualname"
print(repr(meth).split(" at ")[0])
print(repr(object()).split(" at ")[0], object.__repr__(object()).split(" at ")[0])
print(repr(C()).split(" at ")[0])
