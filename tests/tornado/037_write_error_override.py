# A custom write_error; send_error with a reason; errors as JSON.
from tornado import httpclient, ioloop, web

PORT = 21037


class JsonErrors(web.RequestHandler):
    def write_error(self, status_code, **kwargs):
        info = {"code": status_code, "reason": self._reason}
        if "exc_info" in kwargs:
            info["exception"] = kwargs["exc_info"][0].__name__
        self.finish(info)

    def get(self, kind):
        if kind == "value":
            raise ValueError("nope")
        if kind == "http":
            raise web.HTTPError(422, reason="Unprocessable Thing")
        self.send_error(503, reason="Come Back Later")


async def main():
    server = web.Application([(r"/(\w+)", JsonErrors)]).listen(PORT, "127.0.0.1")
    client = httpclient.AsyncHTTPClient()
    for kind in ["value", "http", "other"]:
        r = await client.fetch("http://127.0.0.1:%d/%s" % (PORT, kind), raise_error=False)
        print(kind, r.code, r.reason, r.headers["Content-Type"], r.body.decode())
    server.stop()


ioloop.IOLoop.current().run_sync(main)
