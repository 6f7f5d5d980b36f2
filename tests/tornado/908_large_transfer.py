# Megabytes through one stream: big writes resolve once flushed, big
# reads arrive whole, and many small reads from a big buffer.
from tornado.ioloop import IOLoop
from tornado.tcpserver import TCPServer
from tornado.tcpclient import TCPClient
from tornado.iostream import StreamClosedError
from tornado.netutil import bind_sockets
from tornado import gen


class Sink(TCPServer):
    async def handle_stream(self, stream, address):
        header = await stream.read_until(b"\n")
        size = int(header[:-1].decode())
        body = await stream.read_bytes(size)
        print("server: read", len(body), "bytes, last", body[-3:])
        # Send back 20000 numbered lines in one write.
        lines = "".join([str(i) + "\n" for i in range(20000)]).encode()
        await stream.write(lines)
        await stream.write(b"x" * 3000000)
        await gen.sleep(0.2)
        stream.close()


async def main():
    socks = bind_sockets(0, "127.0.0.1")
    server = Sink()
    server.add_sockets(socks)
    s = await TCPClient().connect("127.0.0.1", socks[0].getsockname()[1])
    size = 4 * 1024 * 1024
    s.write(str(size).encode() + b"\n")
    done = s.write(b"ab" * (size // 2 - 1) + b"end")
    print("writing:", s.writing())
    await done
    print("writing after flush:", s.writing())
    total = 0
    last = None
    for i in range(20000):
        last = await s.read_until(b"\n")
        total += int(last[:-1].decode())
    print("lines sum", total, "last", last)
    rest = await s.read_until_close()
    print("rest", len(rest), rest[:5])
    server.stop()


IOLoop.current().run_sync(main)
