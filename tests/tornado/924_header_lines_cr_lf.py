# CR or LF that reaches a header line anyway (a reason phrase, a header
# put straight into _headers, a client request header or method) is
# refused when the head is written, with Tornado's ValueError.
from tornado import httpclient, ioloop, web
from tornado.iostream import StreamClosedError
from tornado.tcpclient import TCPClient

PORT = 21924


class Reason(web.RequestHandler):
    def get(self):
        self.set_status(200, "OK\r\nX-Evil: 1")
        self.write("body")


class Direct(web.RequestHandler):
    def get(self):
        self._headers["X-A"] = "a\r\nX-Evil: 1"
        self.write("body")


class Echo(web.RequestHandler):
    def get(self):
        self.write("x-a=%r" % self.request.headers.get("X-A"))


async def raw(path):
    stream = await TCPClient().connect("127.0.0.1", PORT)
    await stream.write(("GET %s HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n" % path).encode())
    data = b""
    try:
        while True:
            data += await stream.read_bytes(65536, partial=True)
    except StreamClosedError:
        pass
    head = data.split(b"\r\n\r\n")[0].decode("latin-1").split("\r\n")
    return head[0], [h for h in head[1:] if h.startswith("X-")]


async def main():
    app = web.Application([(r"/reason", Reason), (r"/direct", Direct), (r"/echo", Echo)])
    server = app.listen(PORT, "127.0.0.1")
    for path in ["/reason", "/direct"]:
        print(path, await raw(path))
    client = httpclient.AsyncHTTPClient()
    base = "http://127.0.0.1:%d" % PORT
    for kwargs in [dict(headers={"X-A": "ok"}), dict(headers={"X-A": "a\r\nX-Evil: 1"}),
                   dict(headers={"X-A": "a\nb"}), dict(headers={"X-A\r\nX-Evil": "1"}),
                   dict(method="GET\r\nX"), dict(headers={"X-A": "caf\xe9"})]:
        try:
            r = await client.fetch(base + "/echo", raise_error=False, **kwargs)
            print(sorted(kwargs), r.code, r.body.decode("latin-1"))
        except Exception as e:
            print(sorted(kwargs), type(e).__name__, e)
    server.stop()


ioloop.IOLoop.current().run_sync(main)
