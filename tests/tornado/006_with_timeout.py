# gen.with_timeout raises gen.TimeoutError when the future is too slow.
from tornado import gen, ioloop


async def slow():
    await gen.sleep(0.2)
    return "slow done"


async def fast():
    await gen.sleep(0.001)
    return "fast done"


async def main():
    loop = ioloop.IOLoop.current()
    print(await gen.with_timeout(loop.time() + 0.1, fast()))
    try:
        await gen.with_timeout(loop.time() + 0.02, slow())
    except gen.TimeoutError as e:
        print("TimeoutError:", type(e).__name__, e)
    print(gen.TimeoutError is TimeoutError or issubclass(gen.TimeoutError, Exception))
    print(await gen.with_timeout(0.1 + loop.time(), gen.sleep(0.001)))


ioloop.IOLoop.current().run_sync(main)
