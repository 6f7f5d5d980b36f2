# exec/eval with a custom __builtins__; sys.exc_info(); traceback objects:
# with_traceback, __traceback__ assignment, tb_next, TracebackType().
import sys
import types

code = compile("x = len([1, 2])\ny = abs(-3)", "<s>", "exec")
g = {"__builtins__": {"len": lambda o: 42}}
try:
    exec(code, g)
except NameError as e:
    print(type(e).__name__, e)
print(g.get("x"))
g2 = {"__builtins__": {"abs": abs, "len": len}}
exec(code, g2)
print(g2["x"], g2["y"])
print(eval("len('abc')", {"__builtins__": {"len": lambda s: "mine"}}))
try:
    eval("print(1)", {"__builtins__": {}})
except NameError as e:
    print(type(e).__name__, e)
print(eval("__builtins__", {"__builtins__": {"a": 1}}))
ns = {"__builtins__": {"len": lambda s: -1, "__build_class__": __build_class__}}
exec("def f(s):\n    return len(s)\nr = f('abc')", ns)
print(ns["r"])
exec("r2 = [len(s) for s in ('a', 'bb')]", ns)
print(ns["r2"])
g3 = {}
exec("pass", g3)
print("__builtins__" in g3)
loc = {}
exec("z = len('xyz')", {"__builtins__": {"len": lambda s: 7}}, loc)
print(loc)

print(sys.exc_info())
try:
    raise ValueError("v")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(tb).__name__, tb is v.__traceback__)
    e2 = RuntimeError("r").with_traceback(tb)
    print(e2.__traceback__ is tb)
    e2.__traceback__ = None
    print(e2.__traceback__)
    for bad in (5, "tb"):
        try:
            e2.__traceback__ = bad
        except TypeError as e:
            print(type(e).__name__, e)
    try:
        e2.with_traceback(3)
    except TypeError as e:
        print(type(e).__name__, e)
print(sys.exc_info())


def nested():
    try:
        raise KeyError("inner")
    except KeyError:
        try:
            raise IndexError("second")
        except IndexError:
            print(sys.exc_info()[0].__name__)
        print(sys.exc_info()[0].__name__)


nested()


def raiser():
    raise ValueError


def get_tb():
    try:
        raise OSError()
    except OSError as e:
        return e.__traceback__


try:
    raiser()
except Exception as exc:
    tb = exc.__traceback__
print(type(tb.tb_next).__name__, tb.tb_frame is sys._getframe(),
      isinstance(tb.tb_lasti, int), tb.tb_next.tb_next)
try:
    del tb.tb_next
except TypeError as e:
    print(type(e).__name__, e)
try:
    tb.tb_next = "asdf"
except TypeError as e:
    print(type(e).__name__, e)
for target in (tb, tb.tb_next):
    try:
        target.tb_next = tb
    except ValueError as e:
        print(type(e).__name__, e)
tb.tb_next = None
print(tb.tb_next)
new_tb = get_tb()
tb.tb_next = new_tb
print(tb.tb_next is new_tb)
try:
    tb.tb_lasti = 3
except AttributeError as e:
    print(type(e).__name__, e)

frame = sys._getframe()
other = get_tb()
t2 = types.TracebackType(other, frame, 1, 2)
print(t2.tb_next is other, t2.tb_frame is frame, t2.tb_lasti, t2.tb_lineno)
print(types.TracebackType(None, frame, 1, 2).tb_next)
for args in (("no", frame, 1, 2), (other, frame, "no", 2), (other, frame, 1, "nuh")):
    try:
        types.TracebackType(*args)
    except TypeError as e:
        print(type(e).__name__)

# An exception given a hand-made traceback.
e = ValueError("made").with_traceback(t2)
print(e.__traceback__ is t2, e.__traceback__.tb_next is other)


def positions():
    return a + b


print(max(p[0] for p in positions.__code__.co_positions()) - positions.__code__.co_firstlineno)
print(all(len(p) == 4 for p in positions.__code__.co_positions()))
