# Unix sockets: netutil.bind_unix_socket (a path, with its mode, a stale
# socket file replaced, a non-socket file refused, Linux's abstract
# namespace), HTTPServer serving on one (a request, a malformed one, the
# request's remote_ip), IOStream connecting to one, and TCPServer handing
# its streams to handle_stream with the address Unix sockets give ('').
import os
import shutil
import socket
import stat
import tempfile
import uuid
from contextlib import closing

from tornado import gen, netutil
from tornado.httpserver import HTTPServer
from tornado.httputil import HTTPHeaders
from tornado.ioloop import IOLoop
from tornado.iostream import IOStream, StreamClosedError
from tornado.tcpserver import TCPServer
from tornado.web import Application, RequestHandler


class Hello(RequestHandler):
    def get(self):
        self.write("Hello world from %s" % self.request.remote_ip)

    def post(self):
        self.write(b"got " + self.request.body)


async def http_over(address):
    app = Application([("/hello", Hello)], log_function=lambda handler: None)
    server = HTTPServer(app)
    server.add_socket(netutil.bind_unix_socket(address))
    with closing(IOStream(socket.socket(socket.AF_UNIX))) as stream:
        await stream.connect(address)
        await stream.write(b"GET /hello HTTP/1.0\r\n\r\n")
        print(" ", await stream.read_until(b"\r\n"))
        header_data = await stream.read_until(b"\r\n\r\n")
        headers = HTTPHeaders.parse(header_data.decode("latin1"))
        print(" ", headers["Content-Type"])
        print(" ", await stream.read_bytes(int(headers["Content-Length"])))
    with closing(IOStream(socket.socket(socket.AF_UNIX))) as stream:
        await stream.connect(address)
        # Keep-alive: two requests on one connection.
        for body in (b"one", b"two"):
            await stream.write(b"POST /hello HTTP/1.1\r\nHost: x\r\nContent-Length: %d\r\n\r\n%s"
                               % (len(body), body))
            header_data = await stream.read_until(b"\r\n\r\n")
            headers = HTTPHeaders.parse(header_data.decode("latin1").split("\r\n", 1)[1])
            print(" ", await stream.read_bytes(int(headers["Content-Length"])))
    with closing(IOStream(socket.socket(socket.AF_UNIX))) as stream:
        await stream.connect(address)
        await stream.write(b"garbage\r\n\r\n")
        print(" ", await stream.read_until_close())
    await server.close_all_connections()
    server.stop()


class Echo(TCPServer):
    async def handle_stream(self, stream, address):
        print("  handle_stream address", repr(address))
        try:
            while True:
                line = await stream.read_until(b"\n")
                await stream.write(line.upper())
        except StreamClosedError:
            print("  server side closed")


async def tcp_over(address):
    server = Echo()
    server.add_socket(netutil.bind_unix_socket(address))
    stream = IOStream(socket.socket(socket.AF_UNIX))
    await stream.connect(address)
    for word in (b"abc\n", b"unix\n"):
        await stream.write(word)
        print(" ", await stream.read_until(b"\n"))
    stream.close()
    for _ in range(5):
        await gen.sleep(0.01)
    server.stop()


async def connect_refused(path):
    stream = IOStream(socket.socket(socket.AF_UNIX))
    try:
        await stream.connect(path)
    except StreamClosedError as e:
        print("  refused:", type(e).__name__, type(e.real_error).__name__)


def main():
    tmp = tempfile.mkdtemp()
    try:
        path = os.path.join(tmp, "test.sock")
        sock = netutil.bind_unix_socket(path)
        st = os.stat(path)
        print("bound:", sock.family == socket.AF_UNIX, sock.type == socket.SOCK_STREAM,
              stat.S_ISSOCK(st.st_mode), oct(stat.S_IMODE(st.st_mode)),
              sock.getsockname() == path, sock.getblocking())
        sock.close()
        sock = netutil.bind_unix_socket(path, mode=0o640)
        print("stale socket file replaced, mode", oct(stat.S_IMODE(os.stat(path).st_mode)))
        sock.close()
        plain = os.path.join(tmp, "plain")
        with open(plain, "w"):
            pass
        try:
            netutil.bind_unix_socket(plain)
        except ValueError as e:
            print("ValueError", str(e).replace(tmp, "TMP"))
        abstract = "\0" + uuid.uuid4().hex
        sock = netutil.bind_unix_socket(abstract)
        print("abstract:", sock.getsockname() == abstract.encode(), os.path.exists(abstract[1:]))
        sock.close()

        print("HTTP over a socket file")
        IOLoop.current().run_sync(lambda: http_over(os.path.join(tmp, "http.sock")))
        print("HTTP over an abstract socket")
        IOLoop.current().run_sync(lambda: http_over("\0" + uuid.uuid4().hex))
        print("TCPServer over a socket file")
        IOLoop.current().run_sync(lambda: tcp_over(os.path.join(tmp, "tcp.sock")))
        print("connecting to nothing")
        IOLoop.current().run_sync(lambda: connect_refused(os.path.join(tmp, "none.sock")))
    finally:
        shutil.rmtree(tmp)


main()
