# async def / await on futures, gen.sleep, other coroutines and @gen.coroutine.
from tornado import gen, ioloop
from tornado.concurrent import Future


async def add(a, b):
    await gen.sleep(0.001)
    return a + b


@gen.coroutine
def legacy(x):
    y = yield add(x, 1)
    return y * 2


async def main():
    print(await add(1, 2))
    print(await legacy(3))
    f = Future()
    ioloop.IOLoop.current().call_later(0.01, f.set_result, "from future")
    print(await f)
    values = await gen.multi([add(i, i) for i in range(4)])
    print(values)
    coro = add(5, 5)
    print(type(coro).__name__)
    print(await coro)


print(ioloop.IOLoop.current().run_sync(main))
