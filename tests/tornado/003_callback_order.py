# Callbacks run in order on the next iteration; timers in deadline order;
# call_later(0) runs after callbacks already queued; remove_timeout cancels.
from tornado import ioloop

loop = ioloop.IOLoop.current()
order = []


def cb(name):
    order.append(name)


def start():
    loop.add_callback(cb, "callback 1")
    loop.call_later(0, cb, "call_later 0")
    loop.add_callback(cb, "callback 2")
    loop.call_later(0.03, cb, "call_later 0.03")
    loop.call_later(0.01, cb, "call_later 0.01")
    loop.call_at(loop.time() + 0.02, cb, "call_at +0.02")
    handle = loop.call_later(0.015, cb, "removed")
    loop.remove_timeout(handle)
    t = loop.add_timeout(loop.time() + 0.025, cb, "add_timeout +0.025")
    loop.spawn_callback(cb, "spawn_callback")
    loop.call_later(0.05, loop.stop)
    order.append("start done")


loop.add_callback(start)
loop.start()
for name in order:
    print(name)
