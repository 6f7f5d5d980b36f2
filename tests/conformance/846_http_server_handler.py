# http.server: a BaseHTTPRequestHandler subclass (GET, POST, chunked and
# keep-alive responses, send_error, bad requests) in a child process;
# http.client and raw sockets talk to it.
import http.client
import os
import socket
import subprocess
import sys
import tempfile

SERVER = r'''
import sys
from http.server import HTTPServer, BaseHTTPRequestHandler

class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):
        pass

    def do_GET(self):
        if self.path == "/chunked":
            self.send_response(200)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for part in [b"alpha,", b"beta,", b"gamma"]:
                self.wfile.write(b"%X\r\n%s\r\n" % (len(part), part))
            self.wfile.write(b"0\r\n\r\n")
            return
        if self.path == "/teapot":
            self.send_error(418)
            return
        if self.path == "/custom-error":
            self.send_error(400, "Bad thing <b>", "Explained & escaped")
            return
        if self.path == "/stop":
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.send_header("Connection", "close")
            self.end_headers()
            self.server.shutdown()
            return
        body = ("%s %s %s|%s|%s" % (self.command, self.path, self.request_version,
                                    self.headers.get("X-Thing"), self.headers.get("host") is not None)).encode()
        self.send_response(200, "Fine")
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Set-Cookie", "a=1")
        self.send_header("Set-Cookie", "b=2")
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        n = int(self.headers.get("Content-Length", 0))
        if self.headers.get("Transfer-Encoding") == "chunked":
            data = b""
            while True:
                size = int(self.rfile.readline().strip(), 16)
                if size == 0:
                    self.rfile.readline()
                    break
                data += self.rfile.read(size)
                self.rfile.readline()
        else:
            data = self.rfile.read(n)
        body = b"got " + data + b" " + self.headers.get("Content-Type", "-").encode()
        self.send_response(201)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

with HTTPServer(("127.0.0.1", 0), Handler) as httpd:
    print(httpd.server_address[1], flush=True)
    httpd.serve_forever(poll_interval=0.05)
print("server stopped", flush=True)
'''

d = tempfile.mkdtemp()
script = os.path.join(d, "server.py")
with open(script, "w") as f:
    f.write(SERVER)
srv = subprocess.Popen([sys.executable, script], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
port = int(srv.stdout.readline())


def show(r):
    print(r.status, repr(r.reason), r.version, r.getheader("Content-Type"), r.getheader("Set-Cookie"),
          r.getheader("Connection"), r.chunked)
    print(r.read())


try:
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    c.request("GET", "/hello", headers={"X-Thing": "42"})
    show(c.getresponse())
    c.request("GET", "/chunked")
    r = c.getresponse()
    print(r.chunked, r.length, r.read(3), r.read(4), r.read())
    c.request("GET", "/chunked")
    r = c.getresponse()
    print(r.read())
    c.request("POST", "/form", body="a=1&b=2", headers={"Content-Type": "application/x-www-form-urlencoded"})
    show(c.getresponse())
    c.request("POST", "/bytes", body=b"raw bytes")
    show(c.getresponse())
    c.request("POST", "/iter", body=iter([b"one", b"two"]))
    show(c.getresponse())
    c.request("PUT", "/nothing")
    show(c.getresponse())
    c.request("GET", "/teapot")
    show(c.getresponse())
    c.close()
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    c.request("GET", "/custom-error")
    show(c.getresponse())
    c.close()
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    c.putrequest("GET", "/manual")
    c.putheader("X-Thing", "a", "b")
    c.endheaders()
    show(c.getresponse())
    c.close()
    for raw in [b"GARBAGE\r\n\r\n", b"GET / HTTP/9.9\r\n\r\n", b"GET / HTTP/x.y\r\n\r\n",
                b"GET / HTTP/1.0 extra\r\n\r\n", b"POST /x\r\n\r\n", b"GET /old\r\n\r\n"]:
        s = socket.create_connection(("127.0.0.1", port), timeout=10)
        s.sendall(raw)
        data = b""
        while True:
            chunk = s.recv(4096)
            if not chunk:
                break
            data += chunk
        s.close()
        head, _, body = data.partition(b"\r\n\r\n")
        lines = head.split(b"\r\n")
        print(raw, lines[0], sorted(l.split(b":")[0] for l in lines[1:]))
        print(body.decode())
finally:
    srv.terminate()
    srv.wait()
    print("exit", srv.returncode)
    print(srv.stderr.read().decode())
