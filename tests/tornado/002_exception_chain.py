# An exception travels through every awaiting coroutine.
from tornado import gen, ioloop


class AppError(Exception):
    pass


@gen.coroutine
def inner(n):
    yield gen.sleep(0.001)
    if n > 2:
        raise AppError("too big: %d" % n)
    return n


@gen.coroutine
def middle(n):
    try:
        value = yield inner(n)
    finally:
        print("middle finally", n)
    return value + 1


async def outer(n):
    try:
        return await middle(n)
    except AppError as e:
        print("outer caught", type(e).__name__, e)
        raise ValueError("wrapped %d" % n) from e


async def main():
    print(await outer(1))
    try:
        await outer(5)
    except ValueError as e:
        print(type(e).__name__, e, "cause:", type(e.__cause__).__name__, e.__cause__)
    f = inner(9)
    try:
        yield_result = await f
    except AppError as e:
        print("future exception", type(f.exception()).__name__, f.exception())
    try:
        await gen.maybe_future(1)
    except Exception as e:
        print("maybe_future", type(e).__name__)


ioloop.IOLoop.current().run_sync(main)
