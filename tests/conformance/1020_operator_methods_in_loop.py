# Operator methods of Python classes, which the dispatch loop runs as
# in-loop calls: results, NotImplemented fallbacks, reflected operands,
# errors and tracebacks, and the cases that must take the general path.
import sys
import traceback


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        if isinstance(other, V):
            return V(self.x + other.x)
        if isinstance(other, int):
            return V(self.x + other)
        return NotImplemented

    def __radd__(self, other):
        return ("radd", other)

    def __sub__(self, other):
        raise ValueError("no subtraction for " + repr(other))

    def __mul__(self, other):
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, V):
            return self.x < other.x
        return NotImplemented

    def __gt__(self, other):
        return "gt called"

    def __eq__(self, other):
        if isinstance(other, V):
            return self.x == other.x
        return NotImplemented

    __hash__ = object.__hash__

    def __repr__(self):
        return "V(%r)" % (self.x,)


print((V(1) + V(2)).x, (V(1) + 10).x, 3 + V(1), "s" + V(1))
try:
    V(1) * V(2)
except TypeError as e:
    print("TypeError", e)
try:
    V(1) * 2.5
except TypeError as e:
    print("TypeError", e)
try:
    V(1) - 7
except ValueError as e:
    print("ValueError", e)
print(V(1) < V(2), V(2) < V(1), V(1) > 5, V(1) == V(1), V(1) == 1, V(1) != V(2))
try:
    V(1) < 5
except TypeError as e:
    print("TypeError", e)
print(sorted([V(3), V(1), V(2)]), max([V(3), V(5), V(1)], key=lambda v: v.x))
if V(1) < V(2):
    print("branch taken")
if not (V(2) < V(1)):
    print("negated branch taken")


# Same type: the reflected method is never asked for an arithmetic operator,
# but is for a comparison.
class Shy:
    def __add__(self, other):
        return NotImplemented

    def __radd__(self, other):
        return "radd"

    def __lt__(self, other):
        return NotImplemented

    def __gt__(self, other):
        return "reflected gt"


try:
    Shy() + Shy()
except TypeError as e:
    print("TypeError", e)
print(Shy() < Shy())


# A subclass operand that overrides the reflected method goes first.
class Base:
    def __add__(self, other):
        return "Base.__add__"

    def __radd__(self, other):
        return "Base.__radd__"


class Derived(Base):
    def __radd__(self, other):
        return "Derived.__radd__"


print(Base() + Derived(), Derived() + Base(), Base() + Base())


# Methods the loop cannot enter directly still work.
class Odd:
    def __add__(self, other, extra=100):
        return other + extra

    def __sub__(self, *args):
        return args

    def __mul__(self, other):
        yield other

    def __truediv__(self, other):
        return lambda: other

    @staticmethod
    def __mod__(b):
        return ("static", b)


print(Odd() + 1, Odd() - 2, list(Odd() * 3), (Odd() / 4)(), Odd() % 5)


def make_adder(k):
    class Closure:
        def __add__(self, other):
            return other + k

    return Closure()


print(make_adder(40) + 2)


# The method is looked up on the class each time: replacing it takes effect,
# an instance attribute of the same name does not.
class Swap:
    def __add__(self, other):
        return "first"


s = Swap()
print(s + 1)
Swap.__add__ = lambda self, other: "second"
print(s + 1)
s.__add__ = lambda other: "instance"
print(s + 1)
del Swap.__add__
try:
    s + 1
except TypeError as e:
    print("TypeError", e)


# Errors inside the method carry its frame in the traceback.
class Boom:
    def __add__(self, other):
        return other / 0


def use():
    return Boom() + 1


try:
    use()
except ZeroDivisionError:
    frames = traceback.extract_tb(sys.exc_info()[2])
    print([(fr.name, fr.line) for fr in frames])


# Deep recursion through an operator is a RecursionError, not a crash.
class Deep:
    def __add__(self, other):
        return self + other


sys.setrecursionlimit(200)
try:
    Deep() + Deep()
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(1000)


# A generator suspended around operator calls.
def gen():
    total = V(0)
    while True:
        got = yield total < V(10)
        total = total + got


g = gen()
print(next(g), g.send(V(4)), g.send(V(4)), g.send(V(4)))


# Frames seen from inside an operator method.
class Peek:
    def __add__(self, other):
        return sys._getframe(1).f_code.co_name


def caller():
    return Peek() + 1


print(caller())
