# asyncio beyond gather: wait, as_completed, timeout, TaskGroup, Runner,
# PriorityQueue, Condition, Barrier, BoundedSemaphore, shield, to_thread.
import asyncio
async def work(n, d):
    await asyncio.sleep(d)
    return n
async def main():
    t = [asyncio.create_task(work(i, 0.3 * i)) for i in range(3)]
    done, pending = await asyncio.wait(t, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(x.result() for x in done), len(pending))
    done, pending = await asyncio.wait(t)
    print(sorted(x.result() for x in done), len(pending))
    for c in asyncio.as_completed([work(i, 0.1 * (3 - i)) for i in range(3)]):
        print("ac", await c)
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out", cm.expired())
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(work(1, 0.01)); b = tg.create_task(work(2, 0))
    print(a.result(), b.result())
    async def boom():
        raise ValueError("x")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom()); tg.create_task(work(5, 1))
    except* ValueError as eg:
        print("eg", eg.exceptions)
    q = asyncio.PriorityQueue()
    for x in [3,1,2]: q.put_nowait(x)
    print([q.get_nowait() for _ in range(3)])
    cond = asyncio.Condition()
    async def waiter():
        async with cond:
            await cond.wait()
            return "woken"
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    async with cond:
        cond.notify()
    print(await w)
    b = asyncio.Barrier(2)
    r = await asyncio.gather(b.wait(), b.wait())
    print(sorted(r))
    s = asyncio.BoundedSemaphore(1)
    try:
        s.release()
    except ValueError as e:
        print(e)
    print(await asyncio.shield(work(7, 0)))
    print(await asyncio.to_thread(lambda: 8))
    print(await asyncio.wait_for(work(9, 0), 1))
    print(asyncio.current_task().get_name())
with asyncio.Runner() as r:
    r.run(main())
    print(r.run(work(10, 0)))
print(asyncio.run(work(11, 0)))

# Errors, as CPython words them.
async def errors():
    pending = asyncio.sleep(0)
    for bad in [lambda: asyncio.wait([]), lambda: asyncio.wait(pending),
                lambda: asyncio.wait([pending]),
                lambda: asyncio.wait([asyncio.ensure_future(asyncio.sleep(0))], return_when="x")]:
        c = bad()
        try:
            await c
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    pending.close()
    t = asyncio.timeout(None)
    try:
        t.reschedule(1)
    except AssertionError as e:
        print("AssertionError", e)
    tg = asyncio.TaskGroup()
    c = asyncio.sleep(0)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError", str(e).split(" ")[-3:])
    c.close()
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError", e)
    e = asyncio.IncompleteReadError(b"ab", 5)
    print(e, e.partial, e.expected)
    print(asyncio.LimitOverrunError("m", 3).consumed)
asyncio.run(errors())
r = asyncio.Runner()
r.close()
try:
    r.run(asyncio.sleep(0))
except RuntimeError as e:
    print("RuntimeError", e)
for name in ["wait", "as_completed", "timeout", "timeout_at", "TaskGroup", "Runner", "Barrier",
             "BrokenBarrierError", "LifoQueue", "PriorityQueue", "Protocol", "Transport"]:
    print(name, name in asyncio.__all__)
