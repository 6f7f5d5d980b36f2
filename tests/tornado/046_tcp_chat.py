# A small chat over TCP: several clients, messages broadcast to all.
from tornado import gen, ioloop
from tornado.iostream import StreamClosedError
from tornado.tcpclient import TCPClient
from tornado.tcpserver import TCPServer

PORT = 21046


class ChatServer(TCPServer):
    def __init__(self):
        super().__init__()
        self.clients = []

    async def handle_stream(self, stream, address):
        self.clients.append(stream)
        try:
            while True:
                line = await stream.read_until(b"\n")
                for c in list(self.clients):
                    await c.write(line)
        except StreamClosedError:
            self.clients.remove(stream)


async def main():
    server = ChatServer()
    server.listen(PORT, "127.0.0.1")
    a = await TCPClient().connect("127.0.0.1", PORT)
    b = await TCPClient().connect("127.0.0.1", PORT)
    await gen.sleep(0.02)
    await a.write(b"alice: hi\n")
    print("a got", await a.read_until(b"\n"))
    print("b got", await b.read_until(b"\n"))
    await b.write(b"bob: hello\n")
    print("a got", await a.read_until(b"\n"))
    print("b got", await b.read_until(b"\n"))
    a.close()
    b.close()
    await gen.sleep(0.02)
    print("clients left", len(server.clients))
    server.stop()


ioloop.IOLoop.current().run_sync(main)
