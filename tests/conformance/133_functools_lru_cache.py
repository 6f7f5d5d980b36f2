# functools.lru_cache / cache: hits, misses, eviction order, cache_info, cache_clear, bare decorator
import functools
from functools import lru_cache, cache

calls = []


@lru_cache(maxsize=128)
def sq(x):
    calls.append(x)
    return x * x


print(sq(2), sq(3), sq(2), sq(2), sq(3))
print(sq.cache_info())
print(calls)
info = sq.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize)
print(info[0], info[3], list(info), tuple(info))
h, m, mx, cur = info
print(h, m, mx, cur)
print(info == (3, 2, 128, 2), info == (0, 0, 0, 0), len(info))
sq.cache_clear()
print(sq.cache_info())
print(sq(2), calls)


# bare decorator
@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30))
print(fib.cache_info())
print(fib.__name__)


# docstring and name are kept
@lru_cache(maxsize=None)
def documented(a, b=1):
    "adds"
    return a + b


print(documented.__name__, documented.__doc__, documented.__wrapped__(1))
print(documented(1), documented(1, 2), documented(1, b=2), documented(a=1, b=2), documented(1))
print(documented.cache_info())

# eviction: least recently used goes first
log = []


@lru_cache(maxsize=2)
def small(x):
    log.append(x)
    return x


for v in [1, 2, 1, 3, 2, 1]:
    small(v)
print(log, small.cache_info())

# maxsize=0: nothing is kept
@lru_cache(maxsize=0)
def nocache(x):
    return x


nocache(1)
nocache(1)
print(nocache.cache_info())


# cache: unbounded
@cache
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(20), fact(5))
print(fact.cache_info())

# distinct argument kinds
@functools.lru_cache()
def ident(*args, **kw):
    return (args, sorted(kw.items()))


print(ident(1), ident(1.0), ident("a"), ident((1, 2)), ident(x=1), ident(1))
print(ident.cache_info())

# typed=True keeps 1 and 1.0 apart
@lru_cache(typed=True)
def typed_f(x):
    return type(x).__name__


print(typed_f(1), typed_f(1.0), typed_f.cache_info())

# unhashable arguments
try:
    sq([1, 2])
except TypeError as e:
    print(type(e).__name__, e)

# exceptions are not cached
n_calls = [0]


@lru_cache
def fails(x):
    n_calls[0] += 1
    raise ValueError(x)


for _ in range(2):
    try:
        fails(7)
    except ValueError as e:
        print(type(e).__name__, e)
print(n_calls, fails.cache_info())

# on a method
class Calc:
    def __init__(self, k):
        self.k = k

    @lru_cache(maxsize=None)
    def mul(self, x):
        return self.k * x


c = Calc(3)
print(c.mul(4), c.mul(4), Calc.mul.cache_info())

try:
    lru_cache("x")
except TypeError as e:
    print(type(e).__name__, e)

# recursion through a small cache
@lru_cache(maxsize=3)
def stairs(n):
    return 1 if n < 2 else stairs(n - 1) + stairs(n - 2)


print(stairs(15), stairs.cache_info())
stairs.cache_clear()
print(stairs.cache_info(), stairs(3), stairs.cache_info())
print(stairs.cache_parameters(), fact.cache_parameters(), typed_f.cache_parameters())

# negative maxsize behaves as 0; maxsize given by keyword as None
@lru_cache(-5)
def neg(x):
    return x


neg(1)
neg(1)
print(neg.cache_info())
print(lru_cache(maxsize=None)(abs)(-3))
wrapped_len = cache(len)
print(wrapped_len("abc"), wrapped_len("abc"), wrapped_len.cache_info())
