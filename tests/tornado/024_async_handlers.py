# async def and @gen.coroutine handler methods; async prepare.
from tornado import gen, httpclient, ioloop, web

PORT = 21024


class AsyncHandler(web.RequestHandler):
    async def prepare(self):
        await gen.sleep(0.001)
        self.prepared = "yes"

    async def get(self):
        await gen.sleep(0.01)
        self.write("async get, prepared=%s" % self.prepared)


class CoroHandler(web.RequestHandler):
    @gen.coroutine
    def get(self, n):
        total = 0
        for i in range(int(n)):
            yield gen.moment
            total += i
        self.write({"n": int(n), "total": total})


class FailingAsync(web.RequestHandler):
    async def get(self):
        await gen.sleep(0.001)
        raise web.HTTPError(400, "bad thing")


class ExplicitFinish(web.RequestHandler):
    async def get(self):
        self.write("part1 ")
        await gen.sleep(0.001)
        self.finish("part2")


async def main():
    app = web.Application([(r"/async", AsyncHandler), (r"/coro/(\d+)", CoroHandler),
                           (r"/fail", FailingAsync), (r"/finish", ExplicitFinish)])
    server = app.listen(PORT, "127.0.0.1")
    client = httpclient.AsyncHTTPClient()
    base = "http://127.0.0.1:%d" % PORT
    for path in ["/async", "/coro/5", "/fail", "/finish"]:
        r = await client.fetch(base + path, raise_error=False)
        print(path, r.code, r.body.decode())
    results = await gen.multi([client.fetch(base + "/coro/%d" % i) for i in range(4)])
    print([r.body.decode() for r in results])
    server.stop()


ioloop.IOLoop.current().run_sync(main)
