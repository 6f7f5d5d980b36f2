# functools.wraps / update_wrapper: copied attributes, __dict__, __wrapped__
import functools
from functools import wraps, update_wrapper


def deco(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return ("wrapped", fn(*args, **kwargs))
    return wrapper


@deco
def greet(name, punct="!"):
    """Say hello."""
    return "hello " + name + punct


print(greet("bob"))
print(greet("amy", punct="?"))
print(greet.__name__)
print(greet.__qualname__)
print(greet.__doc__)
print(greet.__module__)
print(greet.__wrapped__("x"))


class Holder:
    def method(self):
        "method doc"
        return 1


def plain(*a):
    return a


update_wrapper(plain, Holder.method)
print(plain.__name__, plain.__qualname__, plain.__doc__)
print(plain.__wrapped__ is Holder.method)


class Undocumented:
    "callable doc"
    def __call__(self):
        return "called"


undocumented = Undocumented()
undocumented.tag = "T"
undocumented.level = 3


@wraps(undocumented)
def w2():
    "has a doc"


print(w2.__doc__)
print(w2.tag, w2.level)
print(w2.__wrapped__())


# decorator with arguments that keeps the name
def repeat(n):
    def decorate(fn):
        @functools.wraps(fn)
        def inner(*a):
            return [fn(*a) for _ in range(n)]
        return inner
    return decorate


@repeat(3)
def one(x):
    return x + 1


print(one(1), one.__name__)


# stacking: __wrapped__ chains
@deco
@deco
def base():
    "base doc"
    return 0


print(base(), base.__name__, base.__doc__)
print(base.__wrapped__.__wrapped__())

# returns the wrapper itself
def a():
    pass


def b():
    pass


print(update_wrapper(a, b) is a, a.__name__)

# assigned / updated arguments
def c():
    "c doc"


def d():
    "d doc"


update_wrapper(d, c, assigned=("__doc__",), updated=())
print(d.__name__, d.__doc__)
