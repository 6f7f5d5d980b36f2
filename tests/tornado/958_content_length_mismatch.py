# A handler whose body does not match the Content-Length it set: the
# connection is closed with the response unfinished, finish() raises
# HTTPOutputError (logged as uncaught, "Cannot send error response after
# headers written"), and the client sees the connection close. Also a
# handler that closes request.connection.stream itself, and matching
# lengths (set by hand, on HEAD) that go through untouched.
import logging
from io import StringIO

from tornado import gen, ioloop, web
from tornado.httpclient import AsyncHTTPClient

log = StringIO()
handler = logging.StreamHandler(log)
handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
for name in ("tornado.general", "tornado.application"):
    logging.getLogger(name).addHandler(handler)
    logging.getLogger(name).setLevel(logging.INFO)
    logging.getLogger(name).propagate = False
logging.getLogger("tornado.access").setLevel(logging.CRITICAL)

errors = []


def show_log():
    for line in log.getvalue().splitlines():
        if line.startswith("tornado"):
            print("  log:", line)
    log.seek(0)
    log.truncate()


class Length(web.RequestHandler):
    def get(self, declared, body):
        self.set_header("Content-Length", declared)
        try:
            self.finish(body)
        except Exception as e:
            errors.append("%s: %s" % (type(e).__name__, e))
            raise

    head = get


class CloseStream(web.RequestHandler):
    def get(self):
        stream = self.request.connection.stream
        stream.close()
        self.write("closed: %s" % stream.closed())


PORT = 21960


async def fetch(label, path, method="GET"):
    del errors[:]
    try:
        response = await AsyncHTTPClient().fetch("http://127.0.0.1:%d%s" % (PORT, path),
                                                 method=method, raise_error=False)
        print(label, "->", response.code, response.body,
              type(response.error).__name__ if response.error else None)
    except Exception as e:
        print(label, "raised", type(e).__name__, e)
    await gen.sleep(0.02)
    print("  server error:", errors)
    show_log()


async def main():
    app = web.Application([(r"/len/(\d+)/(\w*)", Length), ("/close", CloseStream)])
    server = app.listen(PORT, "127.0.0.1")
    await fetch("too high", "/len/42/ok")
    await fetch("too low", "/len/2/hello")
    await fetch("exact", "/len/5/hello")
    await fetch("empty", "/len/0/")
    await fetch("head", "/len/7/abc", method="HEAD")
    await fetch("stream closed by handler", "/close")
    await fetch("still serving", "/len/2/hi")
    server.stop()


ioloop.IOLoop.current().run_sync(main)
