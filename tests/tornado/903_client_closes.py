# The other side closing mid-read: pending reads fail with
# StreamClosedError, read_until_close gets the rest, close callbacks run.
from tornado.ioloop import IOLoop
from tornado.tcpserver import TCPServer
from tornado.tcpclient import TCPClient
from tornado.iostream import StreamClosedError
from tornado.netutil import bind_sockets
from tornado import gen

events = []


class Server(TCPServer):
    async def handle_stream(self, stream, address):
        stream.set_close_callback(lambda: events.append("server close callback"))
        mode = await stream.read_until(b"\n")
        events.append("mode " + mode[:-1].decode())
        try:
            if mode == b"bytes\n":
                data = await stream.read_bytes(100)
                events.append("got %r" % data)
            elif mode == b"line\n":
                data = await stream.read_until(b"\n")
                events.append("got %r" % data)
            elif mode == b"partial\n":
                data = await stream.read_bytes(100, partial=True)
                events.append("partial %r" % data)
            else:
                data = await stream.read_until_close()
                events.append("until close %r" % data)
        except StreamClosedError as e:
            events.append("closed: %s (real_error %r)" % (e, e.real_error))
        events.append("server stream closed: %s" % stream.closed())


async def main():
    socks = bind_sockets(0, "127.0.0.1")
    port = socks[0].getsockname()[1]
    server = Server()
    server.add_sockets(socks)
    for mode in [b"bytes", b"line", b"partial", b"close"]:
        events.clear()
        stream = await TCPClient().connect("127.0.0.1", port)
        stream.set_close_callback(lambda: events.append("client close callback"))
        await stream.write(mode + b"\nsome data without end")
        await gen.sleep(0.02)
        stream.close()
        events.append("client closed")
        await gen.sleep(0.05)
        for e in events:
            print(e)
        print("--")
    server.stop()


IOLoop.current().run_sync(main)
