# Suspended generators that survive a collection: every state a frame can
# be in when it is put aside (locals, a loop's iterator on the stack, a
# handled exception, closures, a delegation, a frame object already made)
# must come back intact, however many collections pass between switches.
import gc
import sys
import weakref


def collect():
    gc.collect()
    gc.collect(0)


def counter(n):
    total = 0
    for i in range(n):
        total += i
        got = yield total
        if got is not None:
            total += got
    return total


g = counter(5)
collect()
print(next(g))
collect()
print(g.send(10))
collect()
print(next(g), next(g))
collect()
try:
    next(g)
    next(g)
except StopIteration as e:
    print("stop", e.value)


def in_handler():
    try:
        raise KeyError("k")
    except KeyError:
        yield sys.exc_info()[0].__name__
        collect()
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]


h = in_handler()
print(next(h))
collect()
print(sys.exc_info()[0])
print(next(h))
collect()
print(next(h))


def closures():
    x = 1

    def bump():
        nonlocal x
        x += 1
        return x

    yield bump
    yield x
    yield bump()


c = closures()
bump = next(c)
collect()
bump()
print(next(c))
collect()
print(next(c))


def inner():
    yield 1
    yield 2
    return "inner done"


def outer():
    r = yield from inner()
    yield r


o = outer()
print(next(o))
collect()
print(o.gi_yieldfrom.__name__, o.gi_yieldfrom.gi_suspended)
print(next(o))
collect()
print(next(o))
print(o.gi_yieldfrom)


def with_finally(log):
    try:
        yield 1
        yield 2
    finally:
        log.append("finally ran")


log = []
f = with_finally(log)
next(f)
collect()
del f
print(log)

f = with_finally(log)
next(f)
collect()
f.close()
print(log)

t = with_finally(log)
next(t)
collect()
try:
    t.throw(ValueError("thrown"))
except ValueError as e:
    print("thrown back:", e, log[-1])


def frame_user():
    a = "local a"
    yield sys._getframe().f_code.co_name
    b = "local b"
    yield sorted(k for k in sys._getframe().f_locals)


fu = frame_user()
print(next(fu))
collect()
print(fu.gi_frame.f_lineno, sorted(fu.gi_frame.f_locals))
collect()
print(next(fu))
collect()
print(fu.gi_frame.f_lineno)

# A frame object made while suspended, then more collections.
s = counter(3)
next(s)
collect()
fr = s.gi_frame
print(fr.f_locals["total"], fr.f_lineno)
collect()
print(next(s), fr.f_locals["total"])

# Not started yet: arguments kept, the first send must be None.
n = counter(2)
collect()
try:
    n.send(1)
except TypeError as e:
    print(e)
print(next(n))


# Many at once, each resumed after a collection, in another order.
gens = [counter(4) for _ in range(2000)]
for g in gens:
    next(g)
collect()
print(sum(g.send(i) for i, g in enumerate(reversed(gens))))


# Cycles through a packed generator are still found.
class Holder:
    pass


def holds(h):
    yield h


refs = []
for _ in range(3):
    hold = Holder()
    hg = holds(hold)
    next(hg)
    hold.gen = hg
    refs.append(weakref.ref(hold))
    collect()
    del hold, hg
    collect()
print("cycles left:", sum(r() is not None for r in refs))


async def co():
    return 5


async def awaiter():
    return await co()


cr = awaiter()
collect()
try:
    cr.send(None)
except StopIteration as e:
    print("coroutine result", e.value)
