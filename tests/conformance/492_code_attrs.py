# Code objects: names, counts, variables and CPython's co_flags bits.
import sys

FLAGS = [(0x1, "OPTIMIZED"), (0x2, "NEWLOCALS"), (0x4, "VARARGS"),
         (0x8, "VARKEYWORDS"), (0x10, "NESTED"), (0x20, "GENERATOR"),
         (0x40, "NOFREE"), (0x80, "COROUTINE"), (0x200, "ASYNC_GENERATOR")]


def flags(code):
    return [n for bit, n in FLAGS if code.co_flags & bit]


def show(fn):
    c = fn.__code__
    print(c.co_name, c.co_qualname, c.co_argcount, c.co_posonlyargcount,
          c.co_kwonlyargcount, c.co_nlocals)
    print("  varnames", c.co_varnames)
    print("  cellvars", c.co_cellvars, "freevars", c.co_freevars)
    print("  flags", flags(c), c.co_filename.endswith("492_code_attrs.py"),
          c.co_firstlineno)


def plain(a, b):
    x = a + b
    return x


def everything(a, b, /, c, d=1, *args, e, f=2, **kw):
    local = 1
    return local


def gen(n):
    yield n


async def coro(x):
    return x


def outer(p):
    shared = p

    def inner(q):
        return shared + q + p

    return inner


class K:
    def method(self, other):
        return self, other

    @staticmethod
    def static():
        return 1


def with_lambda():
    return lambda v: v * 2


for fn in (plain, everything, gen, coro, outer, outer(1), K.method, K.static,
           with_lambda(), with_lambda, lambda: 0):
    show(fn)

mod = sys._getframe().f_code
print(mod.co_name, flags(mod), mod.co_argcount, mod.co_varnames)

class Body:
    code = sys._getframe().f_code
print(Body.code.co_name, flags(Body.code))

print(type(plain.__code__).__name__)
print(plain.__code__ == plain.__code__)
print(repr(plain.__code__).startswith("<code object plain at 0x"))
try:
    plain.__code__.co_nothing
except AttributeError as e:
    print(type(e).__name__, e)
