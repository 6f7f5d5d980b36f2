# Task.cancel(msg): the message reaches the CancelledError the coroutine
# sees and the one its awaiter sees, for coroutines Tornado runs as tasks,
# asyncio tasks and futures; a coroutine waiting on a future that only it
# references stays alive (its Future holds it) through gc.collect(), and a
# finished coroutine's cycles are collected.
import asyncio
import gc
import weakref

from tornado import gen
from tornado.concurrent import Future
from tornado.ioloop import IOLoop


def show(label, e):
    print(label, type(e).__name__, e.args)


async def sleeper(log):
    try:
        await gen.sleep(10)
    except asyncio.CancelledError as e:
        log.append(e.args)
        raise


async def swallower():
    try:
        await gen.sleep(10)
    except asyncio.CancelledError as e:
        return "swallowed %r" % (e.args,)


async def cancel_cases():
    # A coroutine converted by Tornado (a native task), cancelled while it
    # waits: positional and keyword messages.
    for how in ("positional", "keyword", "none"):
        log = []
        t = gen.convert_yielded(sleeper(log))
        await gen.sleep(0)
        if how == "positional":
            print(how, t.cancel("pos msg"))
        elif how == "keyword":
            print(how, t.cancel(msg="kw msg"))
        else:
            print(how, t.cancel())
        try:
            await t
        except asyncio.CancelledError as e:
            show("  awaiter", e)
        print("  coroutine saw", log, "cancelled", t.cancelled())
        # A later look makes a new CancelledError, without the message.
        try:
            t.result()
        except asyncio.CancelledError as e:
            show("  again", e)

    # An asyncio task made with ensure_future inside Tornado's loop.
    log = []
    t = asyncio.ensure_future(sleeper(log))
    await gen.sleep(0)
    t.cancel("ensure_future msg")
    try:
        await t
    except asyncio.CancelledError as e:
        show("ensure_future awaiter", e)
    print("  coroutine saw", log)

    # Cancelled before its first step: the message is thrown in at once.
    log = []
    t = asyncio.ensure_future(sleeper(log))
    t.cancel("before start")
    try:
        await t
    except asyncio.CancelledError as e:
        show("before start", e)
    print("  coroutine saw", log)

    # Cancelled twice: the first message wins.
    log = []
    t = gen.convert_yielded(sleeper(log))
    await gen.sleep(0)
    print("twice", t.cancel("first"), t.cancel("second"))
    try:
        await t
    except asyncio.CancelledError as e:
        show("  awaiter", e)

    # A coroutine that swallows the cancellation finishes normally.
    t = gen.convert_yielded(swallower())
    await gen.sleep(0)
    t.cancel("ignored")
    print("swallowed:", await t, t.cancelled())

    # A cancelled task no longer cancels.
    print("cancel after done", t.cancel("late"))

    # Plain futures: asyncio's and Tornado's.
    loop = asyncio.get_event_loop()
    for make in (loop.create_future, Future):
        f = make()
        print(type(f).__name__, f.cancel(msg="future msg"), f.cancelled())
        for _ in range(2):
            try:
                f.result()
            except asyncio.CancelledError as e:
                show("  result", e)
        try:
            await f
        except asyncio.CancelledError as e:
            show("  await", e)

    # gather: cancelling it cancels the children with the message.
    log1, log2 = [], []
    g = asyncio.gather(sleeper(log1), sleeper(log2))
    await gen.sleep(0)
    g.cancel("gather msg")
    try:
        await g
    except asyncio.CancelledError as e:
        show("gather", e)
    print("  children saw", log1, log2)

    # wait_for's timeout cancels the inner coroutine.
    log = []
    try:
        await asyncio.wait_for(sleeper(log), 0.01)
    except asyncio.TimeoutError as e:
        show("wait_for", e)
    print("  coroutine saw", len(log), "cancellation(s)")

    # Bad arguments.
    t = gen.convert_yielded(sleeper([]))
    for args, kwargs in (((1, 2), {}), ((), {"message": 1}), (("a",), {"msg": "b"})):
        try:
            t.cancel(*args, **kwargs)
        except TypeError as e:
            print("TypeError")
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        pass


# A @gen.coroutine waiting on a future only it holds (the test reaches
# the future through a weak reference): collecting must not free it.
weak_future = [None]


def resolve_later():
    gc.collect()
    f = weak_future[0]()
    print("awaited future alive after gc.collect():", f is not None)
    if f is not None:
        f.set_result(42)


@gen.coroutine
def waits_alone():
    f = Future()
    weak_future[0] = weakref.ref(f)
    IOLoop.current().add_callback(resolve_later)
    value = yield f
    return value


async def native_waits_alone():
    f = Future()
    weak_future[0] = weakref.ref(f)
    IOLoop.current().add_callback(resolve_later)
    return await f


async def gc_cases():
    print("gen.coroutine got", await gen.with_timeout(IOLoop.current().time() + 1, waits_alone()))
    print("native got", await gen.with_timeout(IOLoop.current().time() + 1, native_waits_alone()))

    # A finished coroutine in a cycle with its own Future is collected.
    class Holder:
        pass

    @gen.coroutine
    def cyclic(holder):
        holder.me = holder
        yield gen.sleep(0)
        return "done"

    h = Holder()
    fut = cyclic(h)
    h.fut = fut
    print("cyclic result", await fut)
    watch = weakref.ref(h)
    del h, fut
    gc.collect()
    print("cycle collected:", watch() is None)


async def main():
    await cancel_cases()
    await gc_cases()


IOLoop.current().run_sync(main)
