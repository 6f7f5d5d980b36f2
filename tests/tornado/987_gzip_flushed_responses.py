# compress_response=True gzips a response flushed in pieces as one gzip
# stream sent chunked (Content-Length dropped), whatever the size of each
# piece; a static file is sent that way too (StaticFileHandler writes then
# flushes), so even a small one is gzipped. Without Accept-Encoding: gzip,
# or for a type that is not compressible, the bytes go as they are.
import gzip
import os
import shutil
import tempfile

from tornado.httpclient import AsyncHTTPClient
from tornado.httpserver import HTTPServer
from tornado.ioloop import IOLoop
from tornado.testing import bind_unused_port
from tornado.web import Application, RequestHandler


class Flushing(RequestHandler):
    async def get(self):
        self.set_header("Content-Type", self.get_argument("type", "text/plain"))
        self.write("first piece, ")
        await self.flush()
        self.write("second piece, ")
        self.flush()
        self.write("x" * 3000)
        await self.flush()
        self.finish(", last piece")


class Small(RequestHandler):
    def get(self):
        self.write("too small to compress in one go")


def show(label, r, gzip_asked):
    h = r.headers
    print(label, r.code, "|", h.get("Content-Encoding"), "|", h.get("Transfer-Encoding"),
          "|", h.get("Content-Length"), "|", h.get("Vary"))
    body = r.body
    if h.get("Content-Encoding") == "gzip":
        print("   one gzip stream:", body[:2] == b"\x1f\x8b", "inflates to",
              gzip.decompress(body)[:40], len(gzip.decompress(body)))
    else:
        print("   as is:", body[:40], len(body))


async def main():
    root = tempfile.mkdtemp()
    try:
        with open(os.path.join(root, "robots.txt"), "w") as f:
            f.write("User-agent: *\nDisallow: /\n")
        with open(os.path.join(root, "big.css"), "w") as f:
            f.write("body { color: red; }\n" * 200)
        with open(os.path.join(root, "pic.png"), "wb") as f:
            f.write(b"\x89PNG" + b"\0" * 100)
        sock, port = bind_unused_port()
        app = Application(
            [("/flush", Flushing), ("/small", Small)], compress_response=True, static_path=root
        )
        server = HTTPServer(app)
        server.add_sockets([sock])
        client = AsyncHTTPClient()
        base = "http://127.0.0.1:%d" % port
        for path in (
            "/flush",
            "/flush?type=image/png",
            "/small",
            "/static/robots.txt",
            "/static/big.css",
            "/static/pic.png",
        ):
            for asked in (True, False):
                headers = {"Accept-Encoding": "gzip"} if asked else {}
                r = await client.fetch(base + path, headers=headers, decompress_response=False)
                show("%s gzip asked=%s" % (path, asked), r, asked)
        # The client inflating it, as a user sees it.
        r = await client.fetch(base + "/static/robots.txt")
        print("decompressed by the client:", r.body, r.headers.get("X-Consumed-Content-Encoding"))
        r = await client.fetch(base + "/flush")
        print("decompressed by the client:", len(r.body), r.body[-12:])
        server.stop()
    finally:
        shutil.rmtree(root)


IOLoop.current().run_sync(main)
