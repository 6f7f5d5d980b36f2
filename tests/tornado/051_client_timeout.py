# request_timeout: a slow handler gives HTTPTimeoutError (code 599).
from tornado import gen, httpclient, ioloop, web

PORT = 21051


class Slow(web.RequestHandler):
    async def get(self):
        await gen.sleep(0.5)
        self.write("late")


async def main():
    server = web.Application([(r"/slow", Slow)]).listen(PORT, "127.0.0.1")
    client = httpclient.AsyncHTTPClient()
    url = "http://127.0.0.1:%d/slow" % PORT
    try:
        await client.fetch(url, request_timeout=0.05)
    except httpclient.HTTPClientError as e:
        print(type(e).__name__, e.code, e, e.response)
    try:
        await client.fetch(url, request_timeout=0.05, raise_error=False)
    except httpclient.HTTPClientError as e:
        print("raise_error=False still raises", type(e).__name__, e.code)
    r = await client.fetch(url, request_timeout=2)
    print(r.code, r.body)
    server.stop()


ioloop.IOLoop.current().run_sync(main)
