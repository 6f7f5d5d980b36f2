import functools
from functools import partial, reduce, wraps

print(reduce(lambda a, b: a * b, range(1, 8)), reduce(lambda a, b: a + b, ["x", "y", "z"], ">"), reduce(max, [3, 9, 2]))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)
pow2 = partial(pow, 2)
print(pow2(10), pow2.func is pow, pow2.args, pow2.keywords)
int_base2 = partial(int, base=2)
print(int_base2("1011"), int_base2("11", base=3))


def greet(greeting, name, punct="!"):
    return "%s, %s%s" % (greeting, name, punct)


hello = partial(greet, "Hello")
print(hello("Ann"), hello("Bo", punct="?"), partial(hello, punct=".")("Cy"))


def log_calls(fn):
    @wraps(fn)
    def inner(*a, **k):
        inner.calls += 1
        return fn(*a, **k)

    inner.calls = 0
    return inner


@log_calls
def square(x):
    """Square a number."""
    return x * x


print([square(i) for i in range(4)], square.calls, square.__name__, square.__doc__)


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80))
print(fib.cache_info() if hasattr(fib, "cache_info") else "no cache_info")


@functools.total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "Version(%s)" % ".".join(map(str, self.parts))


vs = [Version("1.10"), Version("1.2"), Version("1.2.1"), Version("0.9")]
print(sorted(vs), max(vs), Version("1.0") >= Version("1.0"), Version("2.0") > Version("1.9"), Version("1.0") <= Version("0.1"))
print(sorted(["b", "A", "c"], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
