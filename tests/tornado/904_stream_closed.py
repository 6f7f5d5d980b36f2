# StreamClosedError: an IOError whose message is "Stream is closed", with
# real_error; writes and reads on a closed stream raise it at once.
from tornado.ioloop import IOLoop
from tornado.tcpserver import TCPServer
from tornado.tcpclient import TCPClient
from tornado.iostream import StreamClosedError, UnsatisfiableReadError, StreamBufferFullError, IOStream
from tornado.netutil import bind_sockets
from tornado import gen

print(issubclass(StreamClosedError, IOError), issubclass(StreamClosedError, OSError))
print(issubclass(UnsatisfiableReadError, Exception), issubclass(StreamBufferFullError, Exception))
e = StreamClosedError()
print(repr(e), str(e), e.args, e.real_error)
e = StreamClosedError(real_error=ValueError("boom"))
print(repr(e), repr(e.real_error))
e = StreamClosedError(KeyError("k"))
print(repr(e.real_error))
try:
    raise StreamClosedError()
except IOError as caught:
    print("caught as IOError:", caught)


class Quiet(TCPServer):
    async def handle_stream(self, stream, address):
        try:
            await stream.read_until_close()
        except StreamClosedError:
            pass


async def main():
    socks = bind_sockets(0, "127.0.0.1")
    server = Quiet()
    server.add_sockets(socks)
    stream = await TCPClient().connect("127.0.0.1", socks[0].getsockname()[1])
    print("error before close:", stream.error)
    print(stream.reading(), stream.writing(), stream.closed())
    stream.set_nodelay(True)
    await stream.write(b"")
    stream.close()
    stream.close()
    print("closed:", stream.closed(), stream.error)
    for what, call in [
        ("write", lambda: stream.write(b"data")),
        ("read_until", lambda: stream.read_until(b"\n")),
        ("read_bytes", lambda: stream.read_bytes(3)),
    ]:
        try:
            call()
            print(what, "did not raise")
        except StreamClosedError as e:
            print(what, "raises", type(e).__name__, e, e.real_error)
    try:
        stream.read_until_close()
    except StreamClosedError as e:
        print("read_until_close after a failed read:", e)

    # close(exc_info=...) records the error.
    stream = await TCPClient().connect("127.0.0.1", socks[0].getsockname()[1])
    pending = stream.read_until(b"\n")
    try:
        raise ValueError("bad input")
    except ValueError:
        stream.close(exc_info=True)
    print("error:", repr(stream.error))
    try:
        await pending
    except StreamClosedError as e:
        print("pending read:", e, repr(e.real_error))
    stream = await TCPClient().connect("127.0.0.1", socks[0].getsockname()[1])
    stream.close(exc_info=KeyError("x"))
    print("error:", repr(stream.error))
    try:
        await stream.write(b"late")
    except StreamClosedError as e:
        print("write:", repr(e.real_error))
    await gen.sleep(0.02)
    server.stop()


IOLoop.current().run_sync(main)
