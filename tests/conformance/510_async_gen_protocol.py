import asyncio

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def simple():
    yield 1
    yield 2

async def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
    finally:
        print("echo finally", received)

async def main():
    g = simple()
    print(type(g).__name__, g.__name__, g.__qualname__)
    print(g.ag_running, g.ag_code.co_name, g.ag_await)
    print(hasattr(g, "__aiter__"), hasattr(g, "__anext__"), g.__aiter__() is g)
    print(await g.__anext__(), await g.__anext__())
    try:
        await g.__anext__()
    except StopAsyncIteration as e:
        print("StopAsyncIteration", e.args)
    try:
        await g.__anext__()
    except StopAsyncIteration as e:
        print("again StopAsyncIteration")
    e = echo()
    print(await e.asend(None))
    print(await e.asend("a"))
    print(await e.asend("b"))
    try:
        await e.asend("c").throw(ValueError("boom"))
    except ValueError as ex:
        print("thrown", ex)
    print(await e.aclose())
    # reuse
    g = simple()
    n = g.__anext__()
    print(type(n).__name__)
    try:
        n.send(None)
    except StopIteration as s:
        print("StopIteration", s.value)
    try:
        n.send(None)
    except RuntimeError as ex:
        print("RuntimeError", ex)
    # athrow
    e = echo()
    await e.asend(None)
    try:
        await e.athrow(KeyError("k"))
    except KeyError as ex:
        print("KeyError", ex)
    print(await e.athrow(KeyError) if False else "-")
    try:
        print(await e.athrow(KeyError))
    except StopAsyncIteration:
        print("athrow on finished: StopAsyncIteration")
    # athrow caught, yields
    async def catcher():
        while True:
            try:
                yield "normal"
            except ValueError as ex:
                yield "caught " + str(ex)
    c = catcher()
    print(await c.__anext__())
    print(await c.athrow(ValueError, ValueError("v1")))
    print(await c.__anext__())
    print(await c.athrow(ValueError("v2")))
    print(await c.aclose())
    print(await c.aclose())
    # ignored GeneratorExit
    async def stubborn():
        try:
            yield 1
        finally:
            yield 2
    s = stubborn()
    await s.__anext__()
    try:
        await s.aclose()
    except RuntimeError as ex:
        print("RuntimeError", ex)
    # await in finally during aclose
    async def tidy():
        try:
            yield 1
        finally:
            await asyncio.sleep(0)
            print("tidy done")
    t = tidy()
    await t.__anext__()
    print(await t.aclose())
    # aclose unstarted
    t = tidy()
    print(await t.aclose())
    try:
        await t.__anext__()
    except StopAsyncIteration:
        print("closed before start")
    # already running
    async def slow():
        await asyncio.sleep(0.01)
        yield 1
    s = slow()
    a1 = s.__anext__()
    a1.send(None)
    print("running:", s.ag_running)
    try:
        s.__anext__().send(None)
    except RuntimeError as ex:
        print("RuntimeError", ex)
    try:
        s.athrow(ValueError).send(None)
    except RuntimeError as ex:
        print("RuntimeError", ex)
    try:
        s.aclose().send(None)
    except RuntimeError as ex:
        print("RuntimeError", ex)
    a1.close()
    # exceptions propagate and finish the generator
    async def bad():
        yield 1
        raise ValueError("inside")
    b = bad()
    print(await b.__anext__())
    try:
        await b.__anext__()
    except ValueError as ex:
        print("ValueError", ex)
    try:
        await b.__anext__()
    except StopAsyncIteration:
        print("finished after error")
    async def raises_sai():
        yield 1
        raise StopAsyncIteration
    r = raises_sai()
    await r.__anext__()
    try:
        await r.__anext__()
    except RuntimeError as ex:
        print("RuntimeError", ex, type(ex.__cause__).__name__)
    async def raises_si():
        yield 1
        raise StopIteration
    r = raises_si()
    await r.__anext__()
    try:
        await r.__anext__()
    except RuntimeError as ex:
        print("RuntimeError", ex, type(ex.__cause__).__name__)
    # return without value
    async def early(n):
        for i in range(n):
            if i == 2:
                return
            yield i
    print([x async for x in early(10)])

asyncio.run(main())
