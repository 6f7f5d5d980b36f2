# Each IOLoop has an asyncio event loop (IOLoop.asyncio_loop): asyncio's
# run_until_complete on it runs coroutines that await Tornado futures and
# coroutines; IOLoop.current() inside a running asyncio loop is that loop's
# IOLoop (one per asyncio loop, found again in IOLoop._ioloop_for_asyncio,
# which forgets closed loops); AddThreadSelectorEventLoop wraps a loop to
# give it add_reader/add_writer, its callbacks run on the loop, and
# closing it twice is harmless.
import asyncio
import socket
import warnings

from tornado import gen
from tornado.ioloop import IOLoop
from tornado.platform.asyncio import AddThreadSelectorEventLoop, AsyncIOLoop, to_asyncio_future

warnings.simplefilter("ignore", DeprecationWarning)


@gen.coroutine
def tornado_coroutine():
    yield gen.moment
    raise gen.Return(42)


async def native():
    return await tornado_coroutine()


async def adapted():
    return await to_asyncio_future(native())


io_loop = AsyncIOLoop(make_current=False)
loop = io_loop.asyncio_loop
print("asyncio_loop is an event loop:", isinstance(loop, asyncio.AbstractEventLoop))
print("same each time:", io_loop.asyncio_loop is loop)
print("mapped back:", IOLoop._ioloop_for_asyncio[loop] is io_loop)
print("run_sync:", io_loop.run_sync(native), io_loop.run_sync(adapted))
print("run_until_complete:", loop.run_until_complete(native()), loop.run_until_complete(adapted()))


async def which_ioloop():
    return IOLoop.current()


first = loop.run_until_complete(which_ioloop())
print("IOLoop.current() in its asyncio loop is it:", first is io_loop)
io_loop.close()
print("closed with its IOLoop:", loop.is_closed(), loop in IOLoop._ioloop_for_asyncio)

before = len(IOLoop._ioloop_for_asyncio)
seen = []
for i in range(5):
    aloop = asyncio.new_event_loop()
    aloop.call_soon(lambda: seen.append(IOLoop.current()))
    aloop.call_soon(lambda: seen.append(IOLoop.current()))
    aloop.call_soon(aloop.stop)
    aloop.run_forever()
    aloop.close()
print("one IOLoop per asyncio loop:", len(set(map(id, seen))), "of", len(seen))
print("entries left:", len(IOLoop._ioloop_for_asyncio) - before)

aloop = asyncio.new_event_loop()
wrapped = AddThreadSelectorEventLoop(aloop)
a, b = socket.socketpair()
got = []


def readable():
    got.append(a.recv(100))
    wrapped.remove_reader(a)
    wrapped.call_soon(wrapped.stop)


wrapped.add_reader(a, readable)
wrapped.call_soon(b.send, b"ping")
wrapped.run_forever()
print("reader saw:", got, "remove again:", wrapped.remove_reader(a))
written = []


def writable():
    written.append("writable")
    wrapped.remove_writer(b)
    wrapped.stop()


wrapped.add_writer(b, writable)
wrapped.run_forever()
print("writer saw:", written)
wrapped.close()
wrapped.close()
print("closed twice; the wrapped loop closed:", aloop.is_closed())
a.close()
b.close()
