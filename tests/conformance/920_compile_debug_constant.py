# __debug__ is a constant: every way of binding it is a SyntaxError from
# the compiler, with CPython's message and location.
import builtins

cases = [
    "__debug__ = 1", "obj.__debug__ = 1", "(__debug__ := 1)", "del __debug__",
    "del obj.__debug__", "(a, __debug__, c) = (1, 2, 3)", "(a, *__debug__, c) = (1, 2, 3)",
    "[a, [b, __debug__]] = x", "f(__debug__=1)", "f(**{}, __debug__=1)", "__debug__: int",
    "__debug__: int = 3", "obj.__debug__: int", "__debug__ += 1", "obj.__debug__ += 1",
    "def f(*, x=lambda __debug__:0): pass", "def f(*args:(lambda __debug__:0)): pass",
    "def f(**__debug__): pass", "def f(*xx, __debug__): pass", "def f(__debug__): pass",
    "def f(a, /, __debug__=3): pass", "lambda __debug__: 1", "def __debug__(): pass",
    "async def __debug__(): pass", "class __debug__: pass", "class C(__debug__=1): pass",
    "import __debug__", "import a as __debug__", "import a.b as __debug__",
    "from a import __debug__", "from a import b as __debug__", "for __debug__ in x: pass",
    "with x as __debug__: pass", "with x as (a, __debug__): pass",
    "try:\n  pass\nexcept E as __debug__:\n  pass",
    "match x:\n  case __debug__: pass", "match x:\n  case [1, *__debug__]: pass",
    "match x:\n  case {**__debug__}: pass", "match x:\n  case 1 as __debug__: pass",
    "match x:\n  case C(__debug__=1): pass", "[__debug__ for __debug__ in x]",
    "{k: v for k, __debug__ in x}", "global __debug__", "x = 1\nif x:\n    y.__debug__ = 2",
    "async def f():\n  async for __debug__ in x: pass",
    "def outer():\n    def inner(__debug__): pass", "class C:\n    __debug__ = 1",
    "print(__debug__)", "x[__debug__] = 1", "x.__debug__", "__debug__.real",
]
for src in cases:
    for mode in ("exec", "single"):
        # (A one-line compound statement needs a final newline there.)
        if mode == "single" and ("\n" in src or src.split()[0] in ("def", "async", "class", "for", "with")):
            continue
        try:
            compile(src, "<case>", mode)
            print(mode, repr(src), "compiles")
        except SyntaxError as e:
            print(mode, repr(src), type(e).__name__, e, e.lineno, e.offset, e.end_lineno, e.end_offset)

# Reading it gives the constant, whatever builtins says.
print(__debug__)
saved = builtins.__debug__
setattr(builtins, "__debug__", "changed")
print(__debug__, builtins.__debug__)
def f():
    return __debug__
print(f(), eval("__debug__"), [__debug__ for _ in range(2)])
setattr(builtins, "__debug__", saved)
ns = {}
exec("def g():\n    return __debug__\n", ns)
print(ns["g"]())
try:
    exec("__debug__ = 2")
except SyntaxError as e:
    print(type(e).__name__, e)
