# Yielding a dict of futures gives a dict of results with the same keys.
from tornado import gen, ioloop


async def square(x):
    await gen.sleep(0.001 * (5 - x))
    return x * x


@gen.coroutine
def main():
    results = yield {"two": square(2), "three": square(3), "four": square(4)}
    print(sorted(results.items()))
    print(list(results.keys()))
    nested = yield gen.multi({"x": square(1)})
    print(nested)


ioloop.IOLoop.current().run_sync(main)
