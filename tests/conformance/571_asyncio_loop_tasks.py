# asyncio's loop, futures and tasks as async generators and coroutines
# use them: run_until_complete, cancellation, gather, wait_for, the
# exception handler, and the loop finalizing async generators.
import asyncio


loop = asyncio.new_event_loop()
asyncio.set_event_loop(None)
print(loop.is_running(), loop.is_closed())


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


print(loop.run_until_complete(add(2, 3)))

fut = loop.create_future()
print(fut.done(), fut.cancelled())
loop.call_soon(fut.set_result, "soon")
print(loop.run_until_complete(fut))
try:
    fut.set_result(1)
except asyncio.InvalidStateError as e:
    print("InvalidStateError", e)

f2 = asyncio.Future(loop=loop)
try:
    f2.result()
except asyncio.InvalidStateError as e:
    print("InvalidStateError", e)
f2.cancel()
try:
    loop.run_until_complete(f2)
except asyncio.CancelledError:
    print("cancelled future: CancelledError")


order = []


async def worker(name, delay):
    try:
        order.append(name + " start")
        await asyncio.sleep(delay)
        order.append(name + " end")
        return name
    except asyncio.CancelledError:
        order.append(name + " cancelled")
        raise
    finally:
        order.append(name + " finally")


async def main():
    t1 = asyncio.create_task(worker("a", 0.01))
    t2 = asyncio.create_task(worker("b", 10))
    print("current task is a Task:", isinstance(asyncio.current_task(), asyncio.Task))
    print(await t1)
    print("b cancel:", t2.cancel())
    try:
        await t2
    except asyncio.CancelledError:
        print("b raised CancelledError")
    print(t2.cancelled(), t2.done())
    print(await asyncio.gather(add(1, 1), add(2, 2), worker("c", 0)))
    results = await asyncio.gather(add(1, 2), bad(), return_exceptions=True)
    print([type(r).__name__ for r in results])
    try:
        await asyncio.wait_for(worker("d", 10), 0.01)
    except asyncio.TimeoutError:
        print("wait_for: TimeoutError")
    print(await asyncio.wait_for(add(5, 5), 1))
    return "main done"


async def bad():
    raise ValueError("bad")


print(loop.run_until_complete(main()))
print(order)


async def bad_yield():
    class Weird:
        def __await__(self):
            yield "not a future"

    try:
        await Weird()
    except RuntimeError as e:
        print("RuntimeError", e)


loop.run_until_complete(bad_yield())


# An exception nobody handles in a callback goes to the handler.
def handler(lp, context):
    print("handler:", context["message"].split(" at ")[0], type(context.get("exception")).__name__)


loop.set_exception_handler(handler)
loop.call_soon(lambda: 1 / 0)
loop.run_until_complete(asyncio.sleep(0))
loop.set_exception_handler(None)

# Async generators the loop iterated are closed by shutdown_asyncgens().
finalized = []


async def ticker(name):
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        await asyncio.sleep(0)
        finalized.append(name)


async def take_two(name):
    async for i in ticker(name):
        if i == 1:
            return i


async def keep(it):
    return await it.__anext__()


left = ticker("left open")
print(loop.run_until_complete(keep(left)))
print(loop.run_until_complete(take_two("broke out")))
loop.run_until_complete(loop.shutdown_asyncgens())
print(sorted(finalized))

loop.close()
print(loop.is_closed())
coro = add(1, 2)
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    loop.call_soon(print, "never")
except RuntimeError as e:
    print("RuntimeError", e)
coro.close()


# asyncio.run: a fresh loop, and async generators closed before it ends.
async def runner():
    it = ticker("asyncio.run")
    await it.__anext__()
    loop = asyncio.get_running_loop()
    print("running:", loop.is_running())
    return "run result"


print(asyncio.run(runner()))
print(finalized[-1])

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError", e)


async def nested():
    inner = add(1, 2)
    try:
        asyncio.run(inner)
    finally:
        inner.close()


c = nested()
try:
    asyncio.run(c)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError", e)


# Errors in finally blocks of async generators closed at shutdown go to
# the exception handler.
messages = []


async def breaks_on_close():
    try:
        yield 1
    finally:
        1 / 0


async def shutdown_error():
    asyncio.get_running_loop().set_exception_handler(lambda lp, ctx: messages.append(ctx))
    global it
    it = breaks_on_close()
    async for i in it:
        break


asyncio.run(shutdown_error())
print(len(messages), messages[0]["message"].split(" <")[0], type(messages[0]["exception"]).__name__)
print(messages[0]["asyncgen"] is it)
