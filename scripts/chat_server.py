"""A TCP chat server: clients send their name, then lines; every line is
broadcast to all connected clients.

    whirl scripts/chat_server.py [port]        (default 8889)
    then, in two other terminals:  nc localhost 8889

Runs unchanged on CPython with Tornado 6.
"""
import sys

from tornado.ioloop import IOLoop
from tornado.iostream import StreamClosedError
from tornado.tcpserver import TCPServer


class ChatServer(TCPServer):
    def __init__(self):
        super().__init__()
        self.clients = set()

    def broadcast(self, message, sender=None):
        for stream in list(self.clients):
            if stream is not sender and not stream.closed():
                stream.write(message)

    async def handle_stream(self, stream, address):
        try:
            await stream.write(b"Your name? ")
            name = (await stream.read_until(b"\n", max_bytes=256)).decode("utf-8", "replace").strip()
            name = name or "%s:%d" % address
            self.clients.add(stream)
            self.broadcast(("* %s joined (%d online)\n" % (name, len(self.clients))).encode())
            while True:
                line = await stream.read_until(b"\n", max_bytes=64 * 1024)
                text = line.decode("utf-8", "replace").rstrip("\r\n")
                if text == "/quit":
                    stream.close()
                    break
                self.broadcast(("<%s> %s\n" % (name, text)).encode(), sender=stream)
        except StreamClosedError:
            pass
        if stream in self.clients:
            self.clients.discard(stream)
            self.broadcast(("* %s left\n" % name).encode())


def main():
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8889
    server = ChatServer()
    server.listen(port)
    print("chat server listening on port %d" % port)
    IOLoop.current().start()


if __name__ == "__main__":
    main()
