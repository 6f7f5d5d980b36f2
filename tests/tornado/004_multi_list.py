# Yielding a list of futures waits for all of them; results keep the order.
from tornado import gen, ioloop


@gen.coroutine
def delayed(value, delay):
    yield gen.sleep(delay)
    print("finished", value)
    return value


@gen.coroutine
def main():
    results = yield [delayed("a", 0.03), delayed("b", 0.01), delayed("c", 0.02)]
    print(results)
    results = yield gen.multi([delayed(1, 0.01), delayed(2, 0)])
    print(results)
    empty = yield []
    print(empty)


ioloop.IOLoop.current().run_sync(main)
