# sys.unraisablehook sees errors from __del__, weakref callbacks and
# generators closed while collected; a global statement in a nested
# function makes the module-level name global under exec; call errors.
import gc
import sys
import weakref

seen = []


def hook(u):
    seen.append((u.exc_type.__name__, str(u.exc_value), u.err_msg,
                 type(u.exc_traceback).__name__, type(u.object).__name__))


print(sys.unraisablehook is sys.__unraisablehook__)
sys.unraisablehook = hook


class BrokenDel:
    def __del__(self):
        raise ValueError("del is broken")

obj = BrokenDel()
del obj
gc.collect()
print(seen.pop())


class Thing:
    pass

t = Thing()
r = weakref.ref(t, lambda ref: 1 / 0)
del t
gc.collect()
print(seen.pop())


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

g = stubborn()
next(g)
del g
gc.collect()
u = seen.pop()
print(u[:3], u[4])


class Reraise:
    def __del__(self):
        try:
            1 / 0
        except:
            raise

def f():
    x = Reraise()
    try:
        try:
            f.missing
        except AttributeError:
            del x
            gc.collect()
            raise TypeError
    except Exception as e:
        print("context kept:", type(e.__context__).__name__)

f()
print(seen.pop())
print(len(seen))
sys.unraisablehook = sys.__unraisablehook__

# A global statement in one nested function makes the module-level name
# global (stores go to globals even with exec's separate locals).
local_ns = {}
global_ns = {}
exec("""if 1:
    def f():
        y = 1
        def g():
            global y
            return y
        def h():
            return y + 1
        return g, h
    y = 9
    g, h = f()
    result9 = g()
    result2 = h()
    """, local_ns, global_ns)
print(global_ns["result2"], global_ns["result9"], "y" in local_ns, "y" in global_ns)


def g(*args, **kwargs):
    return args, kwargs

def broken():
    raise TypeError("myerror")

class BrokenIterable:
    def __iter__(self):
        raise TypeError("myerror")

class BrokenSequence:
    def __getitem__(self, i):
        raise TypeError("myerror")

for make in [lambda: (broken() for i in range(1)), BrokenIterable, BrokenSequence]:
    try:
        g(*make())
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        g(*range(1), *make())
    except TypeError as e:
        print(type(e).__name__, e)

for bad in [None, 1]:
    try:
        bad(*g)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        bad(**g)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    g(*1)
except TypeError as e:
    print(type(e).__name__, e)

# ExceptionGroup is generic.
print(ExceptionGroup[int], BaseExceptionGroup[ValueError])
