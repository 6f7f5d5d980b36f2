# Frame objects: one object per activation, live line and locals, kept
# readable after the frame returns.
import sys


def same_object():
    a = sys._getframe()
    b = sys._getframe()
    print("same frame object:", a is b, a.f_back is b.f_back)
    print("f_back is caller:", a.f_back is sys._getframe(1))
    return a


fr = same_object()
print("caller's frame:", fr.f_back is sys._getframe())
print("finished frame:", fr.f_code.co_name, fr.f_lineno)


def live_locals():
    f = sys._getframe()
    x = 1
    first = sorted(f.f_locals)
    y = 2
    second = sorted(f.f_locals)
    print("locals grow:", first, second)
    print("same dict:", f.f_locals is f.f_locals)
    line_a = f.f_lineno
    line_b = f.f_lineno
    print("lineno live:", line_b - line_a)
    x = 10
    return f


f = live_locals()
print("after return:", f.f_locals["x"], f.f_locals["y"], sorted(f.f_locals))
print("module frame locals is globals:", sys._getframe().f_locals is globals())
print("f_globals:", f.f_globals is globals(), type(f.f_builtins).__name__)
print("f_lasti is an int:", isinstance(f.f_lasti, int))


def catcher():
    try:
        1 / 0
    except ZeroDivisionError as e:
        tb = e.__traceback__
        print("tb_frame is running frame:", tb.tb_frame is sys._getframe())
        print("tb identity:", e.__traceback__ is e.__traceback__)
        return e


e = catcher()
print("tb_frame after:", e.__traceback__.tb_frame.f_code.co_name)


def inner():
    z = "inner local"
    raise KeyError("k")


def outer():
    me = sys._getframe()
    try:
        inner()
    except KeyError as err:
        tb = err.__traceback__
        print("outer's entry is outer's frame:", tb.tb_frame is me)
        print("inner's frame locals:", tb.tb_next.tb_frame.f_locals)
        print("inner's f_back:", tb.tb_next.tb_frame.f_back is me)
        print("linenos:", tb.tb_lineno - me.f_code.co_firstlineno,
              tb.tb_next.tb_lineno - inner.__code__.co_firstlineno)


outer()


def gen():
    me = sys._getframe()
    yield me
    yield sys._getframe() is me


g = gen()
gf = next(g)
print("gi_frame is the generator's frame:", gf is g.gi_frame)
print("suspended f_back:", gf.f_back)
print("second resume same:", next(g))
print("gen frame code:", gf.f_code.co_name, gf.f_lineno - gen.__code__.co_firstlineno)


def runs_gen():
    def g2():
        yield sys._getframe().f_back.f_code.co_name
    return next(g2())


print("running generator's f_back:", runs_gen())

# f_trace and friends are settable; others are not.
f.f_trace = print
print("f_trace:", f.f_trace is print)
f.f_trace = None
f.f_trace_lines = False
print("f_trace_lines:", f.f_trace_lines, f.f_trace_opcodes)
for name in ("f_code", "f_locals", "f_back", "f_nosuch"):
    try:
        setattr(f, name, 1)
    except (AttributeError, ValueError) as err:
        print(name, type(err).__name__, err)
try:
    f.f_nosuch
except AttributeError as err:
    print(type(err).__name__, err)

# clear(): a finished frame drops its locals; a running one cannot.
f.clear()
print("cleared:", f.f_locals)
try:
    sys._getframe().clear()
except RuntimeError as err:
    print(type(err).__name__, err)


def depth():
    return sys._getframe(2).f_code.co_name


def middle():
    return depth()


print("depth 2:", middle())
try:
    sys._getframe(1000)
except ValueError as err:
    print(type(err).__name__, err)


def chain_names():
    f = sys._getframe()
    out = []
    while f is not None:
        out.append(f.f_code.co_name)
        f = f.f_back
    return out


print(chain_names())
print(sorted(k for k in [1, 2, 3] if sys._getframe().f_code.co_name))

# A frame object in a recursion: each level its own object.
frames = []


def rec(n):
    frames.append(sys._getframe())
    if n:
        rec(n - 1)


rec(3)
print("distinct:", len(set(map(id, frames))), all(frames[i + 1].f_back is frames[i] for i in range(3)))
print([fr.f_locals["n"] for fr in frames])



def clr():
    local = [1, 2]
    try:
        1 / 0
    except Exception as e:
        print(sorted(e.__traceback__.tb_frame.f_locals))
        return e


e = clr()
fr = e.__traceback__.tb_frame
import traceback
traceback.clear_frames(e.__traceback__)
print(sorted(fr.f_locals))
