# Generators and coroutines: gi_frame/cr_frame (None once finished),
# gi_running, gi_suspended, gi_code, gi_yieldfrom/cr_await.
import sys


def gen(n):
    total = 0
    for i in range(n):
        total += i
        got = yield total
    return total


g = gen(3)
print(g.gi_frame.f_lineno, g.gi_frame.f_code is g.gi_code, g.gi_running, g.gi_suspended)
print(g.gi_frame.f_locals, g.gi_frame.f_back)
print(next(g), g.gi_frame.f_lineno, sorted(g.gi_frame.f_locals.items()), g.gi_suspended)
print(g.send("x"), sorted(g.gi_frame.f_locals.items()))
print(list(g), g.gi_frame, g.gi_running, g.gi_suspended)
print(g.gi_code.co_name, g.gi_code.co_flags & 0x20)


def watcher():
    me = yield
    yield me.gi_running, me.gi_suspended, me.gi_frame.f_code.co_name, sys._getframe().f_back.f_code.co_name


w = watcher()
next(w)
print(w.send(w))
w.close()
print(w.gi_frame, w.gi_suspended)


def sub():
    yield 1
    yield 2
    return "sub done"


def delegator():
    r = yield from sub()
    yield r


d = delegator()
print(d.gi_yieldfrom)
print(next(d), type(d.gi_yieldfrom).__name__, d.gi_yieldfrom.gi_code.co_name)
print(next(d), next(d), d.gi_yieldfrom)
d.close()



def over_list():
    yield from [10, 20]


o = over_list()
print(next(o), o.gi_yieldfrom is not None, next(o), o.gi_yieldfrom is not None)


def failing():
    yield 1
    raise ValueError("inside")


f = failing()
next(f)
try:
    next(f)
except ValueError as e:
    print(type(e).__name__, f.gi_frame, f.gi_suspended, f.gi_running)

# Generator expressions.
ge = (x * 2 for x in range(3))
print(ge.gi_code.co_name, ge.gi_frame.f_code.co_name, ge.gi_running)
print(list(ge), ge.gi_frame)


# Coroutines.
async def leaf():
    return 5


class Awaitable:
    def __await__(self):
        yield "step"
        return 7


async def coro():
    a = await leaf()
    b = await Awaitable()
    return a + b


c = coro()
print(c.cr_frame.f_code.co_name, c.cr_running, c.cr_await, c.cr_code.co_flags & 0x80)
print(c.send(None), type(c.cr_await).__name__, c.cr_suspended)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
print(c.cr_frame, c.cr_await, c.cr_running, c.cr_suspended)

c2 = coro()
c2.close()
print(c2.cr_frame)

for obj, name in ((gen(1), "cr_frame"), (coro(), "gi_frame"), (coro(), "gi_running")):
    try:
        getattr(obj, name)
    except AttributeError as e:
        print(type(e).__name__, e)
    if hasattr(obj, "close"):
        obj.close()
