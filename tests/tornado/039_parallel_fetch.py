# Several fetches in parallel with yield [...]: results in request order.
from tornado import gen, httpclient, ioloop, web

PORT = 21039


class Slow(web.RequestHandler):
    async def get(self, n):
        await gen.sleep(0.01 * (5 - int(n)))
        self.write("slow %s" % n)


@gen.coroutine
def main():
    server = web.Application([(r"/slow/(\d)", Slow)]).listen(PORT, "127.0.0.1")
    client = httpclient.AsyncHTTPClient()
    urls = ["http://127.0.0.1:%d/slow/%d" % (PORT, i) for i in range(5)]
    responses = yield [client.fetch(u) for u in urls]
    print([r.body.decode() for r in responses])
    by_name = yield {"first": client.fetch(urls[0]), "last": client.fetch(urls[4])}
    print(sorted((k, v.body.decode()) for k, v in by_name.items()))
    server.stop()


ioloop.IOLoop.current().run_sync(main)
