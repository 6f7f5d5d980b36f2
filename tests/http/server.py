# The server the end-to-end HTTP tests (tests/http.rs) talk to:
# `whirl server.py PORT`. Prints "ready" once listening.
import json
import sys

from tornado import gen, ioloop, web


class HelloHandler(web.RequestHandler):
    def get(self):
        self.write("Hello, world")


class EchoHandler(web.RequestHandler):
    def post(self):
        self.set_header("Content-Type", "text/plain")
        self.write(b"echo:" + self.request.body)

    def put(self):
        self.write({"method": "PUT", "length": len(self.request.body)})


class JsonHandler(web.RequestHandler):
    @gen.coroutine
    def get(self, name):
        yield gen.sleep(0)
        self.write({"hello": name, "args": sorted(self.request.arguments)})


class FailHandler(web.RequestHandler):
    def get(self):
        raise RuntimeError("handler failed")


if __name__ == "__main__":
    port = int(sys.argv[1])
    app = web.Application(
        [
            (r"/", HelloHandler),
            (r"/echo", EchoHandler),
            (r"/json/(\w+)", JsonHandler),
            (r"/fail", FailHandler),
        ]
    )
    app.listen(port, address="127.0.0.1")
    print("ready", flush=True)
    ioloop.IOLoop.current().start()
