# Client errors: a bad URL, a refused connection, HTTP errors with and without raise_error.
from tornado import httpclient, ioloop, web

PORT = 21033


class Missing(web.RequestHandler):
    def get(self):
        raise web.HTTPError(404)


async def main():
    client = httpclient.AsyncHTTPClient()
    for url in ["", "no-scheme", "ftp://example.com/"]:
        try:
            await client.fetch(url)
        except ValueError as e:
            print(repr(url), "ValueError:", e)
    try:
        await client.fetch("http://127.0.0.1:%d/" % (PORT + 500))
    except OSError as e:
        print("refused:", type(e).__name__)
    server = web.Application([(r"/missing", Missing)]).listen(PORT, "127.0.0.1")
    url = "http://127.0.0.1:%d/missing" % PORT
    try:
        await client.fetch(url)
    except httpclient.HTTPClientError as e:
        print("HTTPClientError:", e, e.code, e.message, e.response.code)
        print(repr(e))
        print(isinstance(e, httpclient.HTTPError), isinstance(e, Exception))
    r = await client.fetch(url, raise_error=False)
    print(r.code, r.reason, type(r.error).__name__, r.error)
    try:
        r.rethrow()
    except httpclient.HTTPClientError as e:
        print("rethrow:", e)
    try:
        await client.fetch("http://127.0.0.1:%d/" % PORT, method="POST")
    except ValueError as e:
        print("ValueError:", e)
    try:
        await client.fetch("http://127.0.0.1:%d/" % PORT, method="GET", body="x")
    except ValueError as e:
        print("ValueError:", e)
    server.stop()


ioloop.IOLoop.current().run_sync(main)
