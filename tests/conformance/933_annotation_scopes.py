# Annotated names and scopes: `x: int` makes x local (a parenthesized
# `(x): int` does not), may not be declared global or nonlocal, and
# exec() with a custom locals mapping keeps __annotations__ in it.
for src in [
    "def f():\n    x: int\n    global x\n",
    "def f():\n    global x\n    x: int\n",
    "def f():\n    global x\n    x: int = 1\n",
    "def f():\n    global x\n    (x): int = 1\n",
    "def f():\n    global x\n    (x): int\n",
    "def g():\n    x = 1\n    def f():\n        nonlocal x\n        x: int\n",
    "def g():\n    x = 1\n    def f():\n        x: int\n        nonlocal x\n",
    "global x\nx: int\n",
    "x: int\nglobal x\n",
    "class C:\n    global x\n    x: int\n",
    "def f():\n    x = 1\n    global x\n",
]:
    try:
        compile(src, "<case>", "exec")
        print("compiles:", repr(src))
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)


def bad():
    x: int
    print(x)


def paren():
    (no_such_global): int
    print(no_such_global)


def paren_value():
    (y): int = 5
    return y


for fn in (bad, paren, paren_value):
    try:
        print(fn())
    except NameError as e:
        print(type(e).__name__, e)
print(paren.__code__.co_varnames, paren_value.__code__.co_varnames)


class CNS:
    def __init__(self):
        self._dct = {}

    def __setitem__(self, item, value):
        self._dct[item.lower()] = value

    def __getitem__(self, item):
        return self._dct[item]


ns = {"__annotations__": CNS()}
exec('X: int; Z: str = "Z"; (w): complex = 1j', ns)
print(ns["__annotations__"]._dct, ns["Z"], ns["w"])

seen = {}


class Recording:
    def __init__(self):
        self._dct = {}

    def __setitem__(self, item, value):
        self._dct[item] = value
        seen[item] = value

    def __getitem__(self, item):
        return self._dct[item]


loc = Recording()
exec("x: int = 1\ny: str\n(z): float = 2.0", {}, loc)
print(seen)
loc2 = Recording()
loc2["__annotations__"] = {"kept": bool}
exec("a: list = []", {}, loc2)
print(loc2["__annotations__"])


class Strict:
    def __getitem__(self, item):
        raise LookupError("no " + item)

    def __setitem__(self, item, value):
        print("set", item)


try:
    exec("q: int = 1", {}, Strict())
except LookupError as e:
    print("LookupError", e)

# The docstrings of generator and coroutine methods.
g = (i for i in range(3))
print(g.__next__.__doc__)
print(g.send.__doc__)
print(g.close.__doc__)


async def co():
    pass


c = co()
print(c.send.__doc__)
print(c.close.__doc__)
c.close()
print(iter([]).__next__.__doc__)
