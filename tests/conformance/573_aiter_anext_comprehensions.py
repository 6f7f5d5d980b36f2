# aiter()/anext() with and without a default, async comprehensions and
# async generator expressions, under asyncio.
import asyncio


async def arange(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


class Countdown:
    """A hand-written async iterator."""

    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def main():
    it = aiter(arange(3))
    print(await anext(it), await anext(it), await anext(it))
    print(await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    cd = Countdown(2)
    print(aiter(cd) is cd)
    print(await anext(cd), await anext(cd), await anext(cd, "done"))
    print([x async for x in Countdown(4)])
    print([x * x async for x in arange(6) if x % 2])
    print({x: str(x) async for x in arange(3)})
    print({x % 2 async for x in arange(5)})
    gen = (x + 100 async for x in arange(3))
    print(type(gen).__name__, [y async for y in gen])

    async def double(x):
        await asyncio.sleep(0)
        return 2 * x

    print([await double(x) for x in range(4)])
    print([await double(x) async for x in arange(3)])
    nested = [[y async for y in arange(x)] async for x in arange(4)]
    print(nested)
    awaiting_gen = (await double(x) for x in range(3))
    print(type(awaiting_gen).__name__, [v async for v in awaiting_gen])
    total = 0
    async for x in arange(5):
        if x == 3:
            break
        total += x
    else:
        print("not reached")
    print("total", total)
    async for x in arange(0):
        pass
    else:
        print("else ran")


asyncio.run(main())

for bad in [(1,), ([1],), (object(), 1)]:
    try:
        anext(*bad)
    except TypeError as e:
        print("TypeError", e)
for bad in [1, [1]]:
    try:
        aiter(bad)
    except TypeError as e:
        print("TypeError", e)


class BadAiter:
    def __aiter__(self):
        return 1


try:
    aiter(BadAiter())
except TypeError as e:
    print("TypeError", e)
for args in [(), (1, 2, 3)]:
    try:
        anext(*args)
    except TypeError as e:
        print("TypeError", e)


class PlainIter:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


class ReturnsIter:
    def __aiter__(self):
        return self

    def __anext__(self):
        return PlainIter()


async def bad_anext():
    for args in [(ReturnsIter(),), (ReturnsIter(), "dflt")]:
        try:
            await anext(*args)
        except TypeError as e:
            print("TypeError", e)
    async def agen():
        yield 1
    try:
        async for x in ReturnsIter():
            pass
    except TypeError as e:
        print("TypeError", e)


asyncio.run(bad_anext())


def sync_uses_async_genexp():
    return (x async for x in arange(2))


async def consume():
    return [x async for x in sync_uses_async_genexp()]


print(asyncio.run(consume()))
