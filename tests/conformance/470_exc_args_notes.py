# BaseException.args, str/repr, add_note/__notes__, chaining attributes.
class E(Exception):
    pass

for e in [E(), E(1), E(1, 2), E("a"), E(""), E(None), E((1,)), E([1, 2])]:
    print(repr(str(e)), repr(e), e.args)

print(repr(KeyError()), str(KeyError()), str(KeyError(1)), str(KeyError("a")), str(KeyError("a", "b")))
print(str(ValueError("x")), repr(ValueError("x", 2)))

e = E(1)
e.args = (3, 4)
print(e, e.args)
e.args = [5]
print(e.args, repr(e))
e.args = "ab"
print(e.args)
try:
    e.args = 5
except TypeError as t:
    print(type(t).__name__, t)


class F(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b


f = F(1, 2)
print(f.args, f, repr(f), f.b)


class G(Exception):
    def __init__(self, x):
        self.x = x


g = G(5)
print(g.args, repr(g), str(g), g.x)


class H(Exception):
    def __str__(self):
        return "custom " + str(self.args)


print(str(H(1)), repr(H(1)))

# add_note and __notes__
e = ValueError("v")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second")
print(e.__notes__)
for bad in [3, None, b"x", ["l"]]:
    try:
        e.add_note(bad)
    except TypeError as t:
        print(type(t).__name__, t)
e.__notes__ = ("t",)
try:
    e.add_note("x")
except TypeError as t:
    print(type(t).__name__, t)
e.__notes__ = []
e.add_note("again")
print(e.__notes__)
try:
    e.add_note()
except TypeError as t:
    print(type(t).__name__)

# __cause__, __context__, __suppress_context__
e = E()
print(e.__cause__, e.__context__, e.__suppress_context__)
for name in ["__cause__", "__context__"]:
    for bad in [3, "x", E, [E()]]:
        try:
            setattr(e, name, bad)
        except TypeError as t:
            print(name, type(t).__name__, t)
e.__cause__ = None
print(e.__suppress_context__)
e.__suppress_context__ = False
e.__cause__ = ValueError("c")
print(e.__suppress_context__, repr(e.__cause__))
e.__context__ = KeyError("k")
print(repr(e.__context__))
e.__context__ = None
print(e.__context__)

try:
    raise E("x") from None
except E as x:
    print(x.__cause__, x.__suppress_context__, x.__context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise E("inner") from None
except E as x:
    print(x.__cause__, x.__suppress_context__, type(x.__context__).__name__)

try:
    try:
        {}["k"]
    except KeyError as k:
        raise E("with cause") from k
except E as x:
    print(repr(x.__cause__), x.__suppress_context__, repr(x.__context__))

try:
    try:
        raise ValueError(1)
    except ValueError:
        raise TypeError(2)
except TypeError as x:
    print(repr(x.__context__), x.__cause__, x.__suppress_context__)

for bad in [3, "s"]:
    try:
        raise E from bad
    except TypeError as t:
        print(type(t).__name__, t)

try:
    raise E from ValueError
except E as x:
    print(type(x.__cause__).__name__, x.__suppress_context__)
