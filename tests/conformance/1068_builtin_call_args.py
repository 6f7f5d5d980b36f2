# bytearray.__init__ refills an existing bytearray, with bytearray()'s
# arguments; a subclass's own __init__ starts from an empty one.
ba = bytearray(b"xyz")
bytearray.__init__(ba, "abc\xbd\u20ac", encoding="latin1", errors="replace")
print(ba)
ba.__init__(3)
print(ba)
ba.__init__()
print(ba)
ba.__init__([65, 66])
print(ba)
# Too many arguments or an unknown keyword leave it as it was; an unfit
# value empties it.
for args, kw in [((), {"bogus": 1}), ((1, 2, 3, 4), {}), (("x",), {}), ((b"x",), {"encoding": "ascii"})]:
    try:
        bytearray.__init__(ba, *args, **kw)
    except TypeError as e:
        print("TypeError:", e)
    print(ba)
try:
    bytearray(bogus=1)
except TypeError as e:
    print("TypeError:", e)
try:
    bytearray.__init__([], b"x")
except TypeError as e:
    print("TypeError:", e)


class Ignores(bytearray):
    def __init__(self, x):
        pass


class Doubles(bytearray):
    def __init__(self, x):
        super().__init__(x * 2)


class Plain(bytearray):
    pass


print(Ignores(b"abc"), Doubles(b"abc"), Plain(b"abc"))
print(Doubles(b"ab") + b"!", len(Doubles(b"q")))

# A view on it pins its size.
ba = bytearray(b"abc")
m = memoryview(ba)
try:
    ba.__init__(b"longer")
except BufferError as e:
    print("BufferError:", e)
m.release()
ba.__init__(b"longer")
print(ba)

# The numbers' constructors name a keyword they do not take.
for ctor, kw in [
    (int, {"x": 1}),
    (int, {"base": 10, "x": 1}),
    (float, {"x": 2}),
    (bool, {"x": 2}),
    (complex, {"bogus": 1}),
    (tuple, {"sequence": ()}),
    (list, {"sequence": ()}),
    (str, {"bogus": 1}),
]:
    try:
        ctor(**kw)
    except TypeError as e:
        print(ctor.__name__, "TypeError:", e)
print(int("10", base=16), complex(imag=42, real=666), str(object=b"abc", errors="strict"))


class MyFloat(float):
    def __init__(self, x, flag=False):
        self.flag = flag



class MyTuple(tuple):
    def __init__(self, items, flag=False):
        self.flag = flag


class MyFrozen(frozenset):
    def __init__(self, items, flag=False):
        self.flag = flag


for cls in (MyFloat, MyTuple, MyFrozen):
    try:
        v = cls([1] if cls is not MyFloat else 1.5, flag=True)
        print(cls.__name__, v, v.flag)
    except TypeError as e:
        print(cls.__name__, "TypeError:", e)


class PlainFloat(float):
    pass


try:
    PlainFloat(1.5, flag=True)
except TypeError as e:
    print("TypeError:", e)


# ord() of a str, bytes or bytearray subclass reads its value, not what
# its __str__ says.
class Hex(str):
    def __str__(self):
        return self.encode("ascii").hex()

    def __repr__(self):
        return self + " repr"


class MyBytes(bytes):
    pass


class MyArray(bytearray):
    pass


o = Hex("A")
print(ord(o), str(o), repr(o), type(str(o)).__name__, ord(MyBytes(b"z")), ord(MyArray(b"y")))
for v in (Hex("ab"), MyBytes(b""), MyArray(b"no"), 3.5):
    try:
        ord(v)
    except TypeError as e:
        print("TypeError:", e)
