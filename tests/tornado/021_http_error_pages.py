# HTTPError gives its code and Tornado's error page; an uncaught exception a 500.
from tornado import httpclient, ioloop, web

PORT = 21021


class ErrorHandler(web.RequestHandler):
    def get(self, kind):
        if kind == "404":
            raise web.HTTPError(404)
        if kind == "403msg":
            raise web.HTTPError(403, "user %s may not", "bob")
        if kind == "reason":
            raise web.HTTPError(409, reason="Already There")
        if kind == "crash":
            return 1 / 0
        if kind == "send":
            self.send_error(402)
            return
        if kind == "missing":
            self.get_argument("needed")
        self.write("ok")


async def main():
    server = web.Application([(r"/e/(\w+)", ErrorHandler)]).listen(PORT, "127.0.0.1")
    client = httpclient.AsyncHTTPClient()
    for kind in ["404", "403msg", "reason", "crash", "send", "missing", "fine"]:
        r = await client.fetch("http://127.0.0.1:%d/e/%s" % (PORT, kind), raise_error=False)
        print(kind, r.code, r.reason)
        print("   ", r.body.decode())
    e = web.HTTPError(404, "thing %s not found", "x")
    print(str(e), e.status_code, e.log_message)
    print(str(web.HTTPError(500)), str(web.HTTPError(499)))
    m = web.MissingArgumentError("arg")
    print(str(m), m.status_code, m.arg_name)
    server.stop()


ioloop.IOLoop.current().run_sync(main)
