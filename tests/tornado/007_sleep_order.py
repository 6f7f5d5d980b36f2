# Coroutines sleeping for different times wake in order of their deadlines.
from tornado import gen, ioloop

events = []


@gen.coroutine
def sleeper(name, delay):
    events.append("start " + name)
    yield gen.sleep(delay)
    events.append("wake " + name)


@gen.coroutine
def main():
    yield [sleeper("long", 0.04), sleeper("short", 0.01), sleeper("mid", 0.02), sleeper("zero", 0)]
    for e in events:
        print(e)


ioloop.IOLoop.current().run_sync(main)
