# co_consts[0] is a function's docstring, else None (a lambda's too), as
# in CPython 3.11; a parenthesized expression statement gives no
# instruction to the line of its opening parenthesis.
import sys


def documented():
    """The doc."""
    return 1


def undocumented():
    return "x"


def doc_reused():
    "same"
    return "same"


def not_a_doc():
    x = 1
    "not a doc"
    return x


async def coro():
    "coroutine doc"


def gen():
    yield 1


class K:
    def method(self):
        "method doc"

    @property
    def prop(self):
        return 5


lam = lambda: 42
for f in (documented, undocumented, doc_reused, not_a_doc, coro, gen, K.method, K.prop.fget, lam):
    consts = f.__code__.co_consts
    print(f.__name__, repr(consts[0]), f.__doc__, consts.count(consts[0]))
print(doc_reused(), lam())

# Functions built from these code objects keep the docstring.
import types
print(types.FunctionType(documented.__code__, {}).__doc__)
print(types.FunctionType(undocumented.__code__, {}).__doc__)


def call():
    (
        print("inside")
    )


first = call.__code__.co_firstlineno
print(first + 1 in [line for (_, _, line) in call.__code__.co_lines()])
print(first + 2 in [line for (_, _, line) in call.__code__.co_lines()])
call()


def where():
    return sys._getframe(1).f_lineno


def caller():
    (
        where()
    )
    return (
        where()
    )


def caller2():
    x = (
        where()
    )
    return x


print(caller() - caller.__code__.co_firstlineno, caller2() - caller2.__code__.co_firstlineno)

try:
    (
        1 / 0
    )
except ZeroDivisionError as e:
    print(e.__traceback__.tb_lineno - sys._getframe().f_lineno)

# What cannot be pickled cannot be copied.
import copy
import gc

c = coro()
for obj in (gen(), c):
    for fn in (copy.copy, copy.deepcopy):
        try:
            fn(obj)
        except TypeError as e:
            print("TypeError", e)
c.close()
print(gc.garbage)
