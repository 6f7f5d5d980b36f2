class Mgr:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print("enter", self.name)
        return self.name.upper()
    async def __aexit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.suppress

class Count:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def agen_like():
    async with Mgr("a") as a, Mgr("b") as b:
        print("body", a, b)
    async with Mgr("c", suppress=True):
        raise ValueError("suppressed")
    try:
        async with Mgr("d"):
            raise KeyError("kept")
    except KeyError as e:
        print("caught", e)
    total = 0
    async for x in Count(4):
        if x == 3:
            continue
        total += x
    else:
        print("else ran", total)
    async for x in Count(10):
        if x > 2:
            break
        print("x", x)
    else:
        print("not printed")
    for i in range(3):
        async with Mgr("loop%d" % i):
            if i == 1:
                break
    async def inner():
        async with Mgr("ret"):
            return 42
    print("inner", await inner())
    try:
        async for y in 5:
            pass
    except TypeError as e:
        print(e)
    try:
        async with 5:
            pass
    except TypeError as e:
        print(e)
    return "done"

c = agen_like()
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
