# await's errors: async with / async for protocol messages, __await__ results,
# reusing and re-awaiting coroutines, coroutine.__await__().
import types
class CM:
    def __aenter__(self): pass
class CM2:
    def __aexit__(self, *a): pass
class CM3:
    async def __aenter__(self): return 1
    def __aexit__(self, *a): return 1
class CM4:
    def __aenter__(self): return 1
    async def __aexit__(self, *a): return 1
async def f(cm, boom=False):
    async with cm:
        if boom: 1/0
for cm in [CM(), CM2(), CM3(), CM4(), 5]:
    for boom in (False, True):
        try:
            f(cm, boom).send(None)
        except Exception as e:
            print(type(e).__name__, e, repr(e.__cause__))
class F:
    def __aiter__(self): return self
    def __anext__(self): return self
    def __await__(self): 1/0
class G:
    def __aiter__(self): return self
    def __anext__(self): return 5
async def g(it):
    async for x in it: pass
async def h(it):
    return [x async for x in it]
for it in [F(), G()]:
    for fn in (g, h):
        try: fn(it).send(None)
        except Exception as e: print(type(e).__name__, e, repr(e.__cause__))
class A:
    def __init__(s, r): s.r = r
    def __await__(s): return s.r
async def co(): return 1
async def w(x): return await x
c = co()
for x in [A(1), A(None), A(c), A(iter([])), 3]:
    try: print(w(x).send(None))
    except Exception as e: print(type(e).__name__, e)
c.close()
@types.coroutine
def nop(): yield
async def coroutine(): await nop()
cc = coroutine(); cc.send(None)
try: w(cc).send(None)
except Exception as e: print(type(e).__name__, e)
c = co()
try: c.send(None)
except StopIteration as e: print("stop", e.value)
for op in (lambda: c.send(None), lambda: c.throw(ValueError), lambda: w(c).send(None), lambda: c.close()):
    try: print(op())
    except Exception as e: print(type(e).__name__, e)


async def ten():
    return 10


w = ten().__await__()
print(type(w).__name__, "__iter__" in dir(w), iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    next(w)
except RuntimeError as e:
    print("RuntimeError", e)


class Wrapper:
    def __init__(self, coro):
        self.coro = coro

    def __await__(self):
        return self.coro.__await__()


async def uses_wrapper():
    return await Wrapper(ten()) + 1


try:
    uses_wrapper().send(None)
except StopIteration as e:
    print("through __await__:", e.value)


async def tup():
    return (10,)


try:
    tup().__await__().send(None)
except StopIteration as e:
    print("tuple result:", e.value)


def gen():
    yield 1


g = gen()
for bad in [1, "x"]:
    try:
        g.throw(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    g.throw(ValueError("a"), 1)
except TypeError as e:
    print("TypeError", e)
try:
    g.throw(ValueError, 1, 2)
except TypeError as e:
    print("TypeError", e)
print(next(g))
c = ten()
print("__next__" in dir(c), "__await__" in dir(c), "send" in dir(c))
c.close()
