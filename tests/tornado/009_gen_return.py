# gen.Return and plain return both set the coroutine's result.
from tornado import gen, ioloop


@gen.coroutine
def with_return_exc():
    yield gen.moment
    raise gen.Return("via gen.Return")


@gen.coroutine
def with_plain_return():
    yield gen.moment
    return "via return"


@gen.coroutine
def not_a_generator():
    return "plain function"


@gen.coroutine
def returns_none():
    yield gen.moment


@gen.coroutine
def main():
    print((yield with_return_exc()))
    print((yield with_plain_return()))
    f = not_a_generator()
    print("done at once:", f.done(), f.result())
    print((yield returns_none()))
    r = gen.Return(5)
    print(r.value, isinstance(r, Exception))


ioloop.IOLoop.current().run_sync(main)
