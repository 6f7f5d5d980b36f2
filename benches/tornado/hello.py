# Hello-world server: `python hello.py PORT`, then `wrk http://127.0.0.1:PORT/`.
import sys

from tornado import ioloop, web


class MainHandler(web.RequestHandler):
    def get(self):
        self.write("Hello, world")


if __name__ == "__main__":
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8888
    web.Application([(r"/", MainHandler)]).listen(port, address="127.0.0.1")
    ioloop.IOLoop.current().start()
