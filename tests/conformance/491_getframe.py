# sys._getframe and frame objects: f_back, f_code, f_locals, f_globals,
# f_lineno, f_builtins, across calls, class bodies and native callbacks.
import sys

top = sys._getframe()
print(top.f_code.co_name, top.f_back, top.f_locals is globals(), top.f_globals is globals())
print(top.f_builtins["len"] is len, type(top.f_lineno).__name__)


def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno


def a():
    return where()


def b():
    return a()


print(where())
print(a(), b())


def chain():
    names = []
    f = sys._getframe()
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names


def c1():
    return chain()


def c2():
    return c1()


print(chain(), c2())

for depth in (-1, 0, 1, 2, 3, 50, 10**6):
    try:
        print(depth, sys._getframe(depth).f_code.co_name)
    except ValueError as e:
        print(depth, type(e).__name__, e)
try:
    sys._getframe("x")
except TypeError as e:
    print(type(e).__name__)


def locs(p, q=2, *args, **kw):
    inner_value = p * q
    cell = 5

    def uses_cell():
        return cell

    return sys._getframe().f_locals


d = locs(3, 4, 5, k=1)
print(sorted(d))
print(d["p"], d["q"], d["args"], d["kw"], d["inner_value"], d["cell"])


def unbound_later():
    f = sys._getframe()
    before = sorted(f.f_locals)
    x = 1
    after = sorted(f.f_locals)
    return before, after


print(unbound_later())


def lines():
    f = sys._getframe()
    first = f.f_lineno
    second = f.f_lineno
    return second - first


print(lines())


class K:
    here = sys._getframe().f_code.co_name
    outer = sys._getframe(1).f_code.co_name
    names = sorted(sys._getframe().f_locals)
    is_ns = sys._getframe().f_locals is not globals()


print(K.here, K.outer, K.names, K.is_ns)

# Through native code calling back into Python.
seen = []


def key(v):
    seen.append((sys._getframe(1).f_code.co_name, sys._getframe().f_back.f_code.co_name))
    return -v


def sorter():
    return sorted([1, 2, 3], key=key)


print(sorter(), seen[0])
print(list(map(lambda v: sys._getframe(1).f_code.co_name, [1])))


# A frame kept after its function returned still shows its last state.
def keep():
    v = "kept"
    return sys._getframe()


fr = keep()
print(fr.f_code.co_name, fr.f_locals.get("v"), fr.f_back.f_code.co_name)

# Methods, nested functions, lambdas, comprehensions.
class M:
    def meth(self):
        return sys._getframe().f_code.co_name, sys._getframe().f_locals["self"] is self


m = M()
print(m.meth())


def outer():
    def nested():
        return sys._getframe().f_code.co_qualname, sys._getframe(1).f_code.co_qualname
    return nested()


print(outer())
print((lambda: sys._getframe().f_code.co_name)())
print([sys._getframe().f_code.co_name for _ in range(1)])
print(repr(sys._getframe()).startswith("<frame at 0x"))

# eval/exec code runs in a frame of its own.
print(eval("sys._getframe().f_code.co_name"), eval("sys._getframe(1).f_code.co_name"))
exec("print(sys._getframe().f_code.co_filename, sys._getframe().f_back.f_code.co_name)")
