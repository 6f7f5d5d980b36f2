import asyncio, sys, gc

async def ag(name):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", name)

async def slow_cleanup(name):
    try:
        yield 1
        yield 2
    finally:
        await asyncio.sleep(0.001)
        print("slow cleanup", name)

async def main():
    async for x in ag("loop-break"):
        print(x)
        break
    print("after break")
    g = ag("dropped")
    print(await g.__anext__())
    del g
    print("after del")
    await asyncio.sleep(0.01)
    print("after sleep")
    h = slow_cleanup("h")
    await h.__anext__()
    del h
    await asyncio.sleep(0.01)
    kept = ag("kept")
    await kept.__anext__()
    never = ag("never started")
    print("end main")
    hooks = sys.get_asyncgen_hooks()
    print(hooks.firstiter is not None, hooks.finalizer is not None)

asyncio.run(main())
print("done", sys.get_asyncgen_hooks())

# hooks by hand
events = []
def firstiter(agen):
    events.append(("first", agen.__name__))
def finalizer(agen):
    events.append(("final", agen.__name__))
old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(firstiter=firstiter, finalizer=finalizer)
print(sys.get_asyncgen_hooks() == (firstiter, finalizer))
async def counter():
    yield 1
    yield 2
def drive(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
g = counter()
print(drive(g.__anext__()))
del g
gc.collect()
print(events)
sys.set_asyncgen_hooks(*old)
try:
    sys.set_asyncgen_hooks(firstiter=5)
except TypeError as e:
    print("TypeError", e)
try:
    sys.set_asyncgen_hooks(finalizer="x")
except TypeError as e:
    print("TypeError", e)
print(sys.get_asyncgen_hooks())
