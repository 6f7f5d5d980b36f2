# set_status with and without a reason; codes without a body.
from tornado import httpclient, ioloop, web

PORT = 21017


class StatusHandler(web.RequestHandler):
    def get(self, code):
        code = int(code)
        reason = self.get_argument("reason", None)
        self.set_status(code, reason)
        if code not in (204, 304):
            self.write("status %d" % self.get_status())


async def main():
    server = web.Application([(r"/status/(\d+)", StatusHandler)]).listen(PORT, "127.0.0.1")
    client = httpclient.AsyncHTTPClient()
    for path in ["/status/200", "/status/201", "/status/202", "/status/204", "/status/400",
                 "/status/418", "/status/451", "/status/503", "/status/299?reason=Custom+Reason",
                 "/status/599"]:
        r = await client.fetch("http://127.0.0.1:%d%s" % (PORT, path), raise_error=False)
        print(path, r.code, r.reason, r.body, r.headers.get("Content-Length"))
    server.stop()


ioloop.IOLoop.current().run_sync(main)
