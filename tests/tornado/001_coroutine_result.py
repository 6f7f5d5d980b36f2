# A coroutine runs at once up to its first yield and returns a Future.
from tornado import gen, ioloop
from tornado.concurrent import Future

log = []


@gen.coroutine
def child(x):
    log.append("child start %d" % x)
    yield gen.moment
    log.append("child resumed %d" % x)
    return x * 10


@gen.coroutine
def parent():
    log.append("parent start")
    f = child(1)
    log.append("child returned a %s, done=%s" % (type(f).__name__, f.done()))
    a = yield f
    b = yield child(2)
    raise gen.Return(a + b)


def main():
    f = parent()
    log.append("parent returned, done=%s" % f.done())
    result = ioloop.IOLoop.current().run_sync(lambda: f)
    for line in log:
        print(line)
    print("result", result)
    print(isinstance(f, Future), f.done(), f.result())


main()
