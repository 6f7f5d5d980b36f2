# Write futures resolve in order once flushed; a peer that does not read
# leaves data queued (writing() is True) until it does; the close
# callback runs after the callbacks of the reads that finished.
from tornado.ioloop import IOLoop
from tornado.tcpserver import TCPServer
from tornado.tcpclient import TCPClient
from tornado.iostream import StreamClosedError
from tornado.netutil import bind_sockets
from tornado import gen

order = []


class SlowReader(TCPServer):
    async def handle_stream(self, stream, address):
        await gen.sleep(0.1)
        total = 0
        try:
            while True:
                chunk = await stream.read_bytes(65536, partial=True)
                total += len(chunk)
        except StreamClosedError:
            pass
        order.append("server read %d" % total)


async def main():
    socks = bind_sockets(0, "127.0.0.1")
    server = SlowReader()
    server.add_sockets(socks)
    s = await TCPClient().connect("127.0.0.1", socks[0].getsockname()[1])
    s.set_close_callback(lambda: order.append("close callback"))
    futures = []
    for i in range(4):
        f = s.write(b"x" * 4000000)
        f.add_done_callback(lambda f, i=i: order.append("write %d done" % i))
        futures.append(f)
    print("writing:", s.writing())
    await gen.multi(futures)
    print("writing:", s.writing())
    s.close()
    await gen.sleep(0.1)
    for o in order:
        print(o)
    server.stop()


IOLoop.current().run_sync(main)
