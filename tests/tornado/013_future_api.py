# The Future API: results, exceptions, callbacks, cancel.
from tornado import ioloop
from tornado.concurrent import Future, future_add_done_callback


async def main():
    f = Future()
    print(f.done(), f.cancelled())
    f.add_done_callback(lambda fut: print("callback sees", fut.result()))
    f.set_result(42)
    print(f.done(), f.result(), f.exception())
    g = Future()
    g.set_exception(KeyError("missing"))
    print(type(g.exception()).__name__, g.exception())
    try:
        g.result()
    except KeyError as e:
        print("result() raised", repr(e))
    h = Future()
    print("cancel:", h.cancel(), h.cancelled(), h.done())
    done = Future()
    done.set_result("x")
    future_add_done_callback(done, lambda fut: print("immediate", fut.result()))
    print("end")


ioloop.IOLoop.current().run_sync(main)
