# On the HTTP server, `request.connection.stream` is the connection's
# IOStream: bytes written to it before any headers go out as they are (a
# 100 Continue then the response, written by hand), write() returns a
# Future that callers chain on, and close() ends the connection after
# what was written.
from tornado.httpclient import AsyncHTTPClient
from tornado.httpserver import HTTPServer
from tornado.ioloop import IOLoop
from tornado.iostream import IOStream
from tornado.testing import bind_unused_port
import socket


def by_hand(request):
    stream = request.connection.stream
    first = stream.write(b"HTTP/1.1 100 CONTINUE\r\n\r\n")
    print("write gives", type(first).__name__)

    def then(fut):
        print("first write done:", fut.result())
        second = stream.write(b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\nX-By: hand\r\n\r\nhello")
        second.add_done_callback(lambda f: stream.close())

    first.add_done_callback(then)


def app(request):
    by_hand(request)


async def main():
    sock, port = bind_unused_port()
    server = HTTPServer(app)
    server.add_sockets([sock])
    client = AsyncHTTPClient()
    r = await client.fetch("http://127.0.0.1:%d/hand" % port)
    print("/hand", r.code, r.headers.get("X-By"), r.body)

    # A raw client sees the 100 Continue before the response.
    s = socket.create_connection(("127.0.0.1", port))
    stream = IOStream(s)
    await stream.write(b"GET /hand HTTP/1.1\r\nHost: x\r\n\r\n")
    data = await stream.read_until_close()
    print(data.decode().replace("\r\n", "|"))
    server.stop()


IOLoop.current().run_sync(main)
