# IOStream over user sockets and pipes: add_accept_handler, connect,
# read_until / read_bytes / read_until_regex / read_into / read_until_close,
# partial reads, max_bytes, max_buffer_size, close callbacks, errors.
import os
import socket

from tornado import gen
from tornado.concurrent import Future
from tornado.ioloop import IOLoop
from tornado.iostream import (IOStream, PipeIOStream, StreamClosedError,
                              UnsatisfiableReadError, StreamBufferFullError)
from tornado.netutil import add_accept_handler, bind_sockets
from tornado.log import gen_log
import logging

gen_log.setLevel(logging.CRITICAL)


async def pair(**kwargs):
    listener = bind_sockets(0, "127.0.0.1")[0]
    port = listener.getsockname()[1]
    accepted = Future()

    def on_accept(conn, addr):
        accepted.set_result(IOStream(conn, **kwargs))

    stop = add_accept_handler(listener, on_accept)
    client = IOStream(socket.socket())
    connected = await client.connect(("127.0.0.1", port))
    print("connect returns the stream:", connected is client)
    server = await accepted
    stop()
    listener.close()
    return server, client


async def main():
    server, client = await pair()
    print("types:", type(server).__name__, type(client).__name__)
    await client.write(b"line one\r\nline two\r\nrest")
    print(await server.read_until(b"\r\n"))
    print(await server.read_until_regex(rb"t\w+"))
    print(await server.read_bytes(4))
    print(await server.read_bytes(100, partial=True))

    client.write(b"0123456789")
    buf = bytearray(4)
    print(await server.read_into(buf), bytes(buf))
    print(await server.read_into(bytearray(6), partial=True))

    # max_bytes: the delimiter must come within the limit
    client.write(b"abcdefghij\n")
    try:
        await server.read_until(b"\n", max_bytes=5)
    except StreamClosedError as e:
        print("max_bytes:", type(e).__name__, type(e.real_error).__name__, e.real_error)
    print("closed after unsatisfiable read:", server.closed())
    client.close()

    # close callback, read_until_close
    server, client = await pair()
    closed = Future()
    server.set_close_callback(lambda: closed.set_result("close callback ran"))
    client.write(b"last words")
    await gen.sleep(0.05)
    client.close()
    print(await server.read_until_close())
    print(await closed)
    try:
        server.write(b"x")
    except StreamClosedError as e:
        print("write after close:", type(e).__name__, e)
    try:
        await server.read_bytes(1)
    except StreamClosedError as e:
        print("read after close:", type(e).__name__, e)

    # max_buffer_size
    server, client = await pair(max_buffer_size=1024)
    fut = server.read_until(b"never")
    client.write(b"a" * 4096)
    try:
        await fut
    except StreamClosedError as e:
        print("buffer full:", type(e.real_error).__name__, e.real_error)
    client.close()

    # the write future resolves once the data left
    server, client = await pair()
    print("write future:", await client.write(b"x" * 100000))
    print(len(await server.read_bytes(100000)))
    print("reading/writing:", server.reading(), client.writing())
    client.set_nodelay(True)
    server.close()
    client.close()

    # connection refused
    stream = IOStream(socket.socket())
    try:
        await stream.connect(("127.0.0.1", 1))
    except StreamClosedError as e:
        print("refused:", type(stream.error).__name__)

    # pipes
    r, w = os.pipe()
    reader, writer = PipeIOStream(r), PipeIOStream(w)
    await writer.write(b"through the pipe\nmore")
    print(await reader.read_until(b"\n"))
    writer.close()
    print(await reader.read_until_close())
    reader.close()

    # add_handler on a raw descriptor
    a, b = socket.socketpair()
    seen = Future()
    loop = IOLoop.current()

    def handler(fd, events):
        print("handler: same object:", fd is a, "READ:", bool(events & IOLoop.READ))
        print("data:", a.recv(100))
        loop.remove_handler(a)
        seen.set_result(None)

    loop.add_handler(a, handler, IOLoop.READ)
    try:
        loop.add_handler(a.fileno(), handler, IOLoop.READ)
    except ValueError as e:
        print("ValueError", "added twice" in str(e))
    b.send(b"ping")
    await seen
    a.close()
    b.close()


IOLoop.current().run_sync(main)
