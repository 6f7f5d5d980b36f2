# PeriodicCallback runs every callback_time milliseconds until stopped.
from tornado import gen, ioloop

count = [0]


def tick():
    count[0] += 1
    print("tick", count[0])
    if count[0] == 4:
        pc.stop()
        print("stopped, running:", pc.is_running())


pc = ioloop.PeriodicCallback(tick, 10)


async def main():
    pc.start()
    print("started, running:", pc.is_running())
    await gen.sleep(0.15)
    print("total", count[0])


ioloop.IOLoop.current().run_sync(main)
