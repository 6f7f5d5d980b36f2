# A handler that yields a fetch to another local handler (the article's pattern).
from tornado import gen, httpclient, ioloop, web

PORT = 21040


class BackendHandler(web.RequestHandler):
    def get(self):
        self.write("backend:%s" % self.get_argument("x", "?"))


class ActionHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        client = httpclient.AsyncHTTPClient()
        response = yield client.fetch("http://127.0.0.1:%d/backend?x=%s" % (PORT, self.get_argument("x")))
        self.write("action got [%s]" % response.body.decode())


async def main():
    app = web.Application([(r"/backend", BackendHandler), (r"/action", ActionHandler)])
    server = app.listen(PORT, "127.0.0.1")
    client = httpclient.AsyncHTTPClient()
    responses = await gen.multi([client.fetch("http://127.0.0.1:%d/action?x=%d" % (PORT, i)) for i in range(3)])
    for r in responses:
        print(r.code, r.body.decode())
    server.stop()


ioloop.IOLoop.current().run_sync(main)
