# gen.moment yields to the loop once: two coroutines interleave.
from tornado import gen, ioloop

trace = []


@gen.coroutine
def worker(name, steps):
    for i in range(steps):
        trace.append("%s%d" % (name, i))
        yield gen.moment
    return name


@gen.coroutine
def main():
    names = yield [worker("a", 3), worker("b", 3)]
    print(names)
    print(" ".join(trace))
    x = yield None
    print("yield None gives", x)


ioloop.IOLoop.current().run_sync(main)
