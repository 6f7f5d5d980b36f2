# A chat server: every line a client sends goes to all connected clients.
from tornado.ioloop import IOLoop
from tornado.tcpserver import TCPServer
from tornado.tcpclient import TCPClient
from tornado.iostream import StreamClosedError
from tornado.netutil import bind_sockets
from tornado import gen


class ChatServer(TCPServer):
    def __init__(self):
        super().__init__()
        self.clients = {}

    async def handle_stream(self, stream, address):
        name = (await stream.read_until(b"\n"))[:-1]
        self.clients[name] = stream
        self.broadcast(b"* " + name + b" joined\n")
        try:
            while True:
                line = await stream.read_until(b"\n")
                self.broadcast(b"<" + name + b"> " + line)
        except StreamClosedError:
            del self.clients[name]
            self.broadcast(b"* " + name + b" left\n")

    def broadcast(self, message):
        for name in sorted(self.clients):
            stream = self.clients[name]
            if not stream.closed():
                stream.write(message)


async def reader(stream, name, log):
    try:
        while True:
            line = await stream.read_until(b"\n")
            log.append(name + b" got " + line[:-1])
    except StreamClosedError:
        log.append(name + b" disconnected")


async def main():
    socks = bind_sockets(0, "127.0.0.1")
    port = socks[0].getsockname()[1]
    server = ChatServer()
    server.add_sockets(socks)
    log = []
    streams = {}
    readers = []
    for name in [b"alice", b"bob", b"carol"]:
        s = await TCPClient().connect("127.0.0.1", port)
        await s.write(name + b"\n")
        await gen.sleep(0.02)
        streams[name] = s
        readers.append(reader(s, name, log))
    await streams[b"alice"].write(b"hi all\n")
    await gen.sleep(0.02)
    await streams[b"bob"].write(b"hello alice\n")
    await gen.sleep(0.02)
    streams[b"carol"].close()
    await gen.sleep(0.02)
    await streams[b"alice"].write(b"bye\n")
    await gen.sleep(0.02)
    for s in streams.values():
        s.close()
    await gen.multi(readers)
    for line in sorted(log):
        print(line.decode())
    print("clients left:", len(server.clients))
    server.stop()


IOLoop.current().run_sync(main)
