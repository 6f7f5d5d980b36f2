# A coroutine handler that gives the loop one turn before answering:
# `python sleep0.py PORT`.
import sys

from tornado import gen, ioloop, web


class MainHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        yield gen.sleep(0)
        self.write("Hello, world")


if __name__ == "__main__":
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8888
    web.Application([(r"/", MainHandler)]).listen(port, address="127.0.0.1")
    ioloop.IOLoop.current().start()
