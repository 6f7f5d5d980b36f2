# A coroutine's life: states (inspect.getcoroutinestate), "never awaited"
# warnings for one dropped unstarted, 'async for' protocol errors.
import inspect
import types
import warnings


async def work():
    return 1


@types.coroutine
def pause():
    yield "paused"


async def two_steps():
    await pause()
    return 2


c = two_steps()
print(inspect.getcoroutinestate(c))
print(c.send(None))
print(inspect.getcoroutinestate(c), c.cr_await is not None)
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
print(inspect.getcoroutinestate(c), c.cr_frame)


def g():
    yield inspect.getgeneratorstate(it)


it = g()
print(inspect.getgeneratorstate(it), next(it))
it.close()
print(inspect.getgeneratorstate(it))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    work()
    x = work()
    del x
    closed = work()
    closed.close()
    del closed
    started = two_steps()
    started.send(None)
    del started

    async def agen():
        yield 1

    agen()
for w in caught:
    print(w.category.__name__, w.message, w.lineno - caught[0].lineno)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    import sys

    seen = []
    old = sys.unraisablehook
    sys.unraisablehook = lambda u: seen.append((u.exc_type.__name__, str(u.exc_value)))
    try:
        work()
    finally:
        sys.unraisablehook = old
    print(seen)


class NoAnext:
    def __aiter__(self):
        return self


class AiterGivesInt:
    def __aiter__(self):
        return 5


async def loop_over(x):
    async for i in x:
        pass


async def comp_over(x):
    return [i async for i in x]


for x in (NoAnext(), AiterGivesInt(), 3):
    for fn in (loop_over, comp_over):
        co = fn(x)
        try:
            co.send(None)
        except TypeError as e:
            print(e)


class IterRaises:
    def __iter__(self):
        raise KeyError("from __iter__")


try:
    a, b = IterRaises()
except KeyError as e:
    print("KeyError", e)
try:
    a, *b = IterRaises()
except KeyError as e:
    print("KeyError", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError", e)

# The last one goes to stderr.
work()
print("end")
