"""Hello-world HTTP server.

Run:   whirl scripts/hello_server.py [--port=8888]
Try:   curl -i http://127.0.0.1:8888/
       curl -i http://127.0.0.1:8888/greet/Ada
Stop:  Ctrl-C
"""

from tornado import ioloop, web
from tornado.options import define, options, parse_command_line

define("port", default=8888, help="port to listen on", type=int)


class MainHandler(web.RequestHandler):
    def get(self):
        self.write("Hello, world")


class GreetHandler(web.RequestHandler):
    def get(self, name):
        self.write("Hello, %s!\n" % name)


def make_app():
    return web.Application([
        (r"/", MainHandler),
        (r"/greet/([^/]+)", GreetHandler),
    ])


if __name__ == "__main__":
    parse_command_line()
    make_app().listen(options.port)
    print("listening on http://127.0.0.1:%d/" % options.port)
    ioloop.IOLoop.current().start()
