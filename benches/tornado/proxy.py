# A handler that fetches a second local server before answering (the
# article's ActionHandler): `python proxy.py PORT` serves the proxy on PORT
# and the backend on PORT+1.
import sys

from tornado import gen, httpclient, ioloop, web


class BackendHandler(web.RequestHandler):
    def get(self):
        self.write("backend says hello")


class ProxyHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        response = yield httpclient.AsyncHTTPClient().fetch(self.application.settings["backend"])
        self.write("proxy got: " + response.body.decode())


if __name__ == "__main__":
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8888
    web.Application([(r"/", BackendHandler)]).listen(port + 1, address="127.0.0.1")
    web.Application(
        [(r"/", ProxyHandler)], backend="http://127.0.0.1:%d/" % (port + 1)
    ).listen(port, address="127.0.0.1")
    ioloop.IOLoop.current().start()
