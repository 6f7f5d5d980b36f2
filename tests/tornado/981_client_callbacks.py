# header_callback and streaming_callback as a response arrives: the head
# line by line, then the body chunk by chunk (flushed pieces stay apart),
# coroutine streaming callbacks awaited in order, only the final response's
# head after redirects, and a callback that raises (or whose coroutine is
# cancelled) failing the fetch with HTTPStreamClosedError after Tornado
# logs "Uncaught exception".
import asyncio
import logging

from tornado import gen, ioloop, web
from tornado.concurrent import Future
from tornado.httpclient import AsyncHTTPClient
from tornado.httpserver import HTTPServer
from tornado.testing import bind_unused_port


class Recorder(logging.Handler):
    def emit(self, record):
        print("  log:", record.name, record.levelname, record.getMessage())


logging.getLogger("tornado").addHandler(Recorder())
logging.getLogger("tornado").propagate = False


class Chunks(web.RequestHandler):
    async def get(self):
        for piece in ("asdf", "qwer", "zxcv"):
            self.write(piece)
            await self.flush()
            await gen.sleep(0.01)


class Hello(web.RequestHandler):
    def get(self):
        self.set_header("X-Thing", "yes")
        self.write("Hello world!")


class Redirect(web.RequestHandler):
    def get(self):
        self.redirect("/hello")


def show_head(lines):
    # The start line, the header lines (sorted: servers order them
    # differently), the blank line.
    print("  head:", repr(lines[0]))
    for line in sorted(lines[1:-1]):
        if not line.lower().startswith(("date:", "server:")):
            print("  head:", repr(line))
    print("  head:", repr(lines[-1]))


async def main():
    sock, port = bind_unused_port()
    server = HTTPServer(web.Application([("/chunks", Chunks), ("/hello", Hello),
                                         ("/redirect", Redirect)]))
    server.add_sockets([sock])
    client = AsyncHTTPClient()
    url = "http://127.0.0.1:%d" % port

    events = []
    r = await client.fetch(url + "/chunks", header_callback=lambda l: events.append(("h", l)),
                           streaming_callback=lambda c: events.append(("c", c)))
    print("plain:", r.code, repr(r.body))
    show_head([l for kind, l in events if kind == "h"])
    print("  chunks:", [c for kind, c in events if kind == "c"])
    print("  heads first:", [kind for kind, _ in events].index("c") > max(
        i for i, (kind, _) in enumerate(events) if kind == "h"))

    got = []

    async def slow(chunk):
        await asyncio.sleep(0.01)
        got.append(chunk)

    r = await client.fetch(url + "/chunks", streaming_callback=slow)
    print("coroutine:", r.code, repr(r.body), got)

    heads = []
    chunks = []
    r = await client.fetch(url + "/redirect", header_callback=heads.append,
                           streaming_callback=chunks.append)
    print("redirect:", r.code, r.effective_url.endswith("/hello"), chunks,
          len([h for h in heads if h.startswith("HTTP/")]), "start line(s)")

    def bad_header(line):
        raise ValueError("error in header_callback")

    def bad_stream(chunk):
        raise ValueError("error in streaming_callback")

    async def cancelled(chunk):
        f = Future()
        f.cancel()
        await f

    for name, kwargs in [("header_callback", dict(header_callback=bad_header)),
                         ("streaming_callback", dict(streaming_callback=bad_stream)),
                         ("cancelled coroutine", dict(streaming_callback=cancelled))]:
        try:
            r = await client.fetch(url + "/hello", **kwargs)
            print(name, "answered", r.code)
        except Exception as e:
            print(name, "raised", type(e).__name__, e)
    server.stop()


ioloop.IOLoop.current().run_sync(main)
