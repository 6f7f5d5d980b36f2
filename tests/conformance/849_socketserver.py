# socketserver: TCPServer/UDPServer with BaseRequestHandler,
# StreamRequestHandler and DatagramRequestHandler, handle_request,
# verify_request, handle_error, server_close, in one process (a client
# socket connects before the server accepts).
import io
import socket
import socketserver
import sys


class Echo(socketserver.BaseRequestHandler):
    def setup(self):
        print("setup", type(self.request).__name__, self.client_address[0])

    def handle(self):
        data = self.request.recv(1024)
        print("handle", data)
        self.request.sendall(data.upper())

    def finish(self):
        print("finish")


with socketserver.TCPServer(("127.0.0.1", 0), Echo) as server:
    host, port = server.server_address
    print(host, port > 0, server.socket.type == socket.SOCK_STREAM, server.fileno() >= 0)
    print(server.RequestHandlerClass.__name__, server.request_queue_size, server.allow_reuse_address)
    c = socket.create_connection((host, port))
    c.sendall(b"hello")
    server.handle_request()
    print("client got", c.recv(1024))
    c.close()


class Lines(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            line = line.strip()
            if line == b"bye":
                self.wfile.write(b"goodbye\n")
                break
            self.wfile.write(b"<" + line + b">\n")


class Server(socketserver.TCPServer):
    allow_reuse_address = True

    def verify_request(self, request, client_address):
        ok = getattr(self, "accept_next", True)
        print("verify", ok)
        return ok


with Server(("127.0.0.1", 0), Lines) as server:
    port = server.server_address[1]
    c = socket.create_connection(("127.0.0.1", port))
    c.sendall(b"one\ntwo\nbye\nignored\n")
    server.handle_request()
    f = c.makefile("rb")
    print(f.read())
    c.close()
    server.accept_next = False
    c = socket.create_connection(("127.0.0.1", port))
    server.handle_request()
    print("refused ->", c.recv(10))
    c.close()


class Broken(socketserver.BaseRequestHandler):
    def handle(self):
        raise ValueError("handler failed")


err = io.StringIO()
saved = sys.stderr
sys.stderr = err
try:
    with socketserver.TCPServer(("127.0.0.1", 0), Broken) as server:
        c = socket.create_connection(server.server_address)
        server.handle_request()
        c.close()
finally:
    sys.stderr = saved
lines = err.getvalue().splitlines()
print(lines[0], lines[1].split(" from ")[0], "ValueError: handler failed" in lines, lines[-1])


class Timeout(socketserver.TCPServer):
    timeout = 0.05

    def handle_timeout(self):
        print("timed out")


with Timeout(("127.0.0.1", 0), Echo) as server:
    server.handle_request()


class Shout(socketserver.DatagramRequestHandler):
    def handle(self):
        data = self.rfile.read()
        print("datagram", data)
        self.wfile.write(data[::-1])


with socketserver.UDPServer(("127.0.0.1", 0), Shout) as server:
    c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    c.sendto(b"abc", server.server_address)
    server.handle_request()
    print("udp reply", c.recvfrom(100)[0])
    c.close()

server = socketserver.TCPServer(("127.0.0.1", 0), Echo, bind_and_activate=False)
print(server.server_address)
server.server_bind()
server.server_activate()
print(server.server_address[1] > 0)
server.server_close()
print(server.socket.fileno())
print(issubclass(socketserver.ThreadingTCPServer, socketserver.TCPServer),
      issubclass(socketserver.UDPServer, socketserver.TCPServer),
      hasattr(socketserver, "UnixStreamServer"))
