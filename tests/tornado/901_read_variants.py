# read_until, read_bytes (partial or not), read_until_close, max_bytes,
# reads answered from the buffer, one read at a time.
from tornado.ioloop import IOLoop
from tornado.tcpserver import TCPServer
from tornado.tcpclient import TCPClient
from tornado.iostream import StreamClosedError, UnsatisfiableReadError
from tornado.netutil import bind_sockets
from tornado import gen


class Sender(TCPServer):
    """Sends a scripted sequence of chunks, pausing between them."""

    def __init__(self, chunks):
        super().__init__()
        self.chunks = chunks

    async def handle_stream(self, stream, address):
        for c in self.chunks:
            if c is None:
                await gen.sleep(0.02)
            else:
                await stream.write(c)
        stream.close()


async def connect(chunks):
    socks = bind_sockets(0, "127.0.0.1")
    server = Sender(chunks)
    server.add_sockets(socks)
    stream = await TCPClient().connect("127.0.0.1", socks[0].getsockname()[1])
    return server, stream


async def main():
    server, s = await connect([b"line one\r\nline two\r\n", None, b"0123456789", None, b"abc", None, b"tail end"])
    print(await s.read_until(b"\r\n"))
    print(await s.read_until(b"\r\n"))
    print(await s.read_bytes(4))
    print(await s.read_bytes(6))
    print(await s.read_bytes(100, partial=True))
    print(await s.read_bytes(0))
    print(await s.read_until_close())
    print("closed:", s.closed())
    try:
        await s.read_bytes(1)
    except StreamClosedError as e:
        print("read after close:", e)
    server.stop()

    # The buffer already holds the answer: the future is done at once.
    server, s = await connect([b"ab\ncd\nef\n", None, None, None])
    first = await s.read_until(b"\n")
    f = s.read_until(b"\n")
    print(first, f.done(), f.result() if f.done() else None)
    f = s.read_bytes(1)
    print(f.done(), await f)
    print(await s.read_until(b"\n"))
    # One read at a time.
    f = s.read_until(b"never")
    try:
        s.read_bytes(1)
    except AssertionError as e:
        print("second read:", e)
    print("reading:", s.reading())
    try:
        await f
    except StreamClosedError as e:
        print("pending read fails at close:", type(e).__name__, s.reading())
    server.stop()

    # max_bytes exceeded: UnsatisfiableReadError closes the stream.
    server, s = await connect([b"x" * 50, None, b"more"])
    try:
        await s.read_until(b"\n", max_bytes=10)
    except StreamClosedError as e:
        print("unsatisfiable:", type(e.real_error).__name__, e.real_error)
    print("closed:", s.closed(), type(s.error).__name__)
    server.stop()

    # A delimiter found within max_bytes is fine; a multi-byte delimiter
    # split across chunks is found.
    server, s = await connect([b"key: val", None, b"ue\r", None, b"\n\r\nrest"])
    print(await s.read_until(b"\r\n\r\n", max_bytes=100))
    print(await s.read_until_close())
    server.stop()

    # read_bytes cut short by the close: the stream reports closed.
    server, s = await connect([b"12345"])
    try:
        await s.read_bytes(10)
    except StreamClosedError as e:
        print("short read:", e, e.real_error)
    server.stop()


IOLoop.current().run_sync(main)
