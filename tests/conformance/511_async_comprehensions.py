import asyncio

srcs = [
    "async def f():\n    yield 1\n    return 2\n",
    "async def f():\n    yield from g()\n",
    "def f():\n    return [x async for x in y]\n",
    "def f():\n    return [await x for x in y]\n",
    "[x async for x in y]\n",
    "async def f():\n    def g():\n        return {x async for x in y}\n",
    "def f():\n    return (x async for x in y)\n",
    "async def f():\n    yield 1\n    return\n",
    "async def f():\n    return [x for x in y if await x]\n",
    "def f():\n    await x\n",
    "await x\n",
    "def f():\n    async for x in y: pass\n",
    "async def f():\n    return {k: v async for k, v in y}\n",
]
for s in srcs:
    try:
        exec(s, {})
        print("ok")
    except SyntaxError as e:
        print("SyntaxError", e.msg)

async def agen(n):
    for i in range(n):
        yield i

async def double(x):
    await asyncio.sleep(0)
    return 2 * x

def sync_maker(n):
    return (x + 100 async for x in agen(n))

class AIter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def main():
    print([x async for x in agen(5)])
    print({x % 3 async for x in agen(10)})
    print({x: str(x) async for x in agen(3)})
    print([await double(x) for x in range(4)])
    print([await double(x) async for x in agen(4) if await double(x) > 2])
    print([[y async for y in agen(x)] async for x in agen(4)])
    print([(x, y) async for x in agen(3) for y in range(x)])
    print([(x, y) for x in range(3) async for y in agen(x)])
    g = sync_maker(3)
    print(type(g).__name__, [v async for v in g])
    print([x async for x in AIter(4)])
    print(await anext(AIter(1)), await anext(AIter(0), "empty"))
    lst = [x async for x in (y * y async for y in agen(5))]
    print(lst)
    try:
        lst = [1, 2]
        [x async for x in lst]
    except TypeError as e:
        print("TypeError", e)
    try:
        async for x in 5:
            pass
    except TypeError as e:
        print("TypeError", e)
    for bad in [1, [1]]:
        try:
            aiter(bad)
        except TypeError as e:
            print("TypeError", e)
        try:
            anext(bad)
        except TypeError as e:
            print("TypeError", e)
    class BadAiter:
        def __aiter__(self):
            return 1
    try:
        aiter(BadAiter())
    except TypeError as e:
        print("TypeError", e)
    it = aiter(AIter(2))
    print(type(it).__name__, await anext(it), await anext(it), await anext(it, None))
    total = 0
    async for x in agen(4):
        total += x
    else:
        print("else ran", total)
    async for x in agen(4):
        if x == 2:
            break
    else:
        print("not printed")
    print("broke at", x)

asyncio.run(main())
