# tornado.wsgi.WSGIContainer serving WSGI applications (the environ it
# builds, status and headers, iterable bodies, validation by
# wsgiref.validate), web.stream_request_body handlers, and HTTPServer's
# decompress_request for gzip bodies (concatenated, invalid, too large).
import gzip
import logging
from io import StringIO

from tornado import gen, ioloop, web
from tornado.httpclient import AsyncHTTPClient
from tornado.httpserver import HTTPServer
from tornado.netutil import bind_sockets
from tornado.routing import RuleRouter
from tornado.wsgi import WSGIContainer
from wsgiref.validate import validator

log = StringIO()
handler = logging.StreamHandler(log)
handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
logging.getLogger("tornado.general").addHandler(handler)
logging.getLogger("tornado.general").setLevel(logging.INFO)
logging.getLogger("tornado.access").setLevel(logging.CRITICAL)
pass
PORT = 21953


def environ_app(environ, start_response):
    keys = ["REQUEST_METHOD", "SCRIPT_NAME", "PATH_INFO", "QUERY_STRING", "SERVER_NAME",
            "SERVER_PORT", "SERVER_PROTOCOL", "CONTENT_TYPE", "CONTENT_LENGTH", "HTTP_X_THING",
            "wsgi.version", "wsgi.url_scheme", "wsgi.multithread", "wsgi.multiprocess",
            "wsgi.run_once"]
    lines = ["%s=%r" % (k, environ.get(k)) for k in keys]
    lines.append("body=%r" % environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0)))
    # (Which headers the client adds by itself is the client's business.)
    lines.append("http keys=%s" % sorted(k for k in environ if k.startswith("HTTP_") and k not in (
        "HTTP_ACCEPT_ENCODING", "HTTP_CONNECTION")))
    start_response("200 OK", [("Content-Type", "text/plain"), ("X-App", "environ")])
    return ["\n".join(lines).encode()]


def generator_app(environ, start_response):
    start_response("201 Created", [("Content-Type", "text/plain")])
    yield b"one "
    yield b""
    yield b"two"


def status_app(environ, start_response):
    start_response("418 I'm a teapot", [("Content-Type", "text/plain"), ("Content-Length", "5")])
    return [b"short"]


@web.stream_request_body
class Streamed(web.RequestHandler):
    def prepare(self):
        self.sizes = []
        self.prepared_body = self.request.body

    async def data_received(self, chunk):
        self.sizes.append(len(chunk))
        await gen.sleep(0)

    def put(self):
        self.write("streamed %d bytes in %d chunks, body during prepare %r, after %r" % (
            sum(self.sizes), len(self.sizes), self.prepared_body[:4], self.request.body))


class Echo(web.RequestHandler):
    def post(self):
        self.write("%r %r %r" % (self.request.body[:30], self.request.headers.get("Content-Encoding"),
                                 sorted(self.request.body_arguments)))


async def main():
    try:
        web.stream_request_body(object)
    except TypeError as e:
        print("decorator", type(e).__name__, e)
    router = RuleRouter([
        ("/env.*", WSGIContainer(validator(environ_app))),
        ("/gen", WSGIContainer(validator(generator_app))),
        ("/status", WSGIContainer(status_app)),
            ("/web/.*", web.Application([("/web/stream", Streamed), ("/web/echo", Echo)])),
    ])
    server = HTTPServer(router, decompress_request=True, max_body_size=200000)
    server.add_sockets(bind_sockets(PORT, "127.0.0.1"))
    client = AsyncHTTPClient()
    base = "http://127.0.0.1:%d" % PORT
    requests = [
        ("GET", "/env/p%20ath?a=1&b=%20", {"X-Thing": "thing"}, None),
        ("POST", "/env", {"Content-Type": "application/x-www-form-urlencoded"}, b"k=v"),
        ("GET", "/gen", {}, None),
        ("GET", "/status", {}, None),
        ("PUT", "/web/stream", {}, b"s" * 150000),
        ("PUT", "/web/stream", {}, b""),
        ("POST", "/web/echo", {"Content-Type": "application/x-www-form-urlencoded"}, b"x=1&y=2"),
        ("POST", "/web/echo", {"Content-Encoding": "gzip",
                               "Content-Type": "application/x-www-form-urlencoded"},
         gzip.compress(b"a=1&") + gzip.compress(b"b=2")),
        ("POST", "/web/echo", {"Content-Encoding": "GZIP"}, gzip.compress(b"upper case")),
        ("POST", "/web/echo", {"Content-Encoding": "gzip"}, gzip.compress(b"data") + b"\0"),
        ("POST", "/web/echo", {"Content-Encoding": "gzip"}, gzip.compress(b"data")[:-1]),
        ("POST", "/web/echo", {"Content-Encoding": "gzip"}, b"not gzip at all"),
        ("POST", "/web/echo", {"Content-Encoding": "gzip"}, gzip.compress(b"z" * 200001)),
        ("POST", "/web/echo", {"Content-Encoding": "deflate"}, b"left alone"),
    ]
    for method, path, headers, body in requests:
        try:
            r = await client.fetch(base + path, method=method, headers=headers, body=body,
                                   raise_error=False)
            print(method, path, r.code, r.reason, r.headers.get("X-App"), r.headers.get("Content-Type"))
            for line in r.body.decode().split("\n"):
                print("   ", line[:100])
        except Exception as e:
            print(method, path, type(e).__name__)
    await gen.sleep(0.01)
    for line in log.getvalue().splitlines():
        print("log:", line.replace(" 127.0.0.1", " IP"))


ioloop.IOLoop.current().run_sync(main, timeout=20)
