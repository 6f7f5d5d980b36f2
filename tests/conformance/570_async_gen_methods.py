# Async generators driven by hand: asend/athrow/aclose and their errors.
import types


@types.coroutine
def suspend(value):
    got = yield value
    return got


def run(coro):
    """Drives a coroutine by hand; prints what it yields to the loop."""
    sent = None
    while True:
        try:
            y = coro.send(sent)
        except StopIteration as e:
            return e.value
        print("  loop got", y)
        sent = "resumed"


async def agen():
    try:
        x = yield 1
        print("  agen got", x)
        r = await suspend("inside")
        print("  await gave", r)
        y = yield 2
        print("  agen got", y)
    except ValueError as e:
        print("  agen caught", type(e).__name__, e)
        yield "after-catch"
    finally:
        print("  agen finally")


async def main():
    g = agen()
    print(type(g).__name__, g.__name__, g.__qualname__.split(".")[-1])
    print("ag_running", g.ag_running, "ag_await", g.ag_await)
    print(await g.asend(None))
    print(await g.asend("hello"))
    print(await g.athrow(ValueError("boom")))
    try:
        await g.asend(None)
    except StopAsyncIteration as e:
        print("StopAsyncIteration", e.args)
    # Finished: everything says so.
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print("finished: StopAsyncIteration")
    print("aclose finished:", await g.aclose())
    try:
        await g.athrow(KeyError)
    except StopAsyncIteration:
        print("athrow finished: StopAsyncIteration")


print(run(main()))


async def forms():
    async def g():
        while True:
            try:
                yield "ready"
            except Exception as e:
                yield "caught %s %r" % (type(e).__name__, e.args)

    it = g()
    await it.asend(None)
    print(await it.athrow(KeyError))
    await it.asend(None)
    print(await it.athrow(KeyError("k")))
    await it.asend(None)
    print(await it.athrow(KeyError, "v"))
    await it.asend(None)
    print(await it.athrow(KeyError, None, None))
    for bad in [(1,), ("x",), (KeyError, KeyError("a"), 5)]:
        try:
            await it.athrow(*bad)
        except TypeError as e:
            print("TypeError", e)
    await it.aclose()


run(forms())


async def errors():
    async def g():
        yield 1

    it = g()
    a = it.asend(None)
    await a
    try:
        await a
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        await it.asend("x")
    except StopAsyncIteration:
        print("StopAsyncIteration after end")

    it2 = g()
    try:
        await it2.asend("not none")
    except TypeError as e:
        print("TypeError", e)

    async def ignores():
        try:
            yield 1
        finally:
            yield 2

    it3 = ignores()
    await it3.asend(None)
    try:
        await it3.aclose()
    except RuntimeError as e:
        print("RuntimeError", e)

    async def raises_stop():
        yield 1
        raise StopAsyncIteration

    it4 = raises_stop()
    await it4.asend(None)
    try:
        await it4.asend(None)
    except RuntimeError as e:
        print("RuntimeError", e, type(e.__cause__).__name__)

    async def raises_stopiter():
        yield 1
        raise StopIteration(5)

    it5 = raises_stopiter()
    await it5.asend(None)
    try:
        await it5.asend(None)
    except RuntimeError as e:
        print("RuntimeError", e)

    async def running():
        await suspend("pause")
        yield 1

    it6 = running()
    first = it6.asend(None)
    first.send(None)
    print("ag_running while suspended in await:", it6.ag_running)
    try:
        it6.asend(None).send(None)
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        it6.athrow(ValueError).send(None)
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        it6.aclose().send(None)
    except RuntimeError as e:
        print("RuntimeError", e)
    first.close()

    # aclose of a generator that never started: nothing runs.
    started = []

    async def never():
        started.append(1)
        yield 1

    await never().aclose()
    print("never started:", started)


run(errors())


async def close_awaits():
    async def g():
        try:
            yield 1
        finally:
            print("  cleanup awaits:", await suspend("in finally"))

    it = g()
    print(await it.__anext__())
    print("aclose ->", await it.aclose())
    print("again  ->", await it.aclose())


run(close_awaits())
