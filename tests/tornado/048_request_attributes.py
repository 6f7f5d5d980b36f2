# What a handler sees of its request: method, uri, path, query, version, headers, body, remote_ip.
from tornado import httpclient, ioloop, web

PORT = 21048


class Inspect(web.RequestHandler):
    def get(self, *args):
        self.describe()

    def post(self, *args):
        self.describe()

    def describe(self):
        r = self.request
        self.write("method=%s uri=%s path=%s query=%s version=%s\n" % (r.method, r.uri, r.path, r.query, r.version))
        self.write("host=%s remote_ip=%s protocol=%s\n" % (r.host.replace(str(PORT), "PORT"), r.remote_ip, r.protocol))
        self.write("body=%r content-type=%s\n" % (r.body, r.headers.get("Content-Type")))
        self.write("full_url=%s\n" % r.full_url().replace(str(PORT), "PORT"))
        self.write("request_time ok=%s\n" % (0 <= r.request_time() < 5))


async def main():
    server = web.Application([(r"/inspect(/.*)?", Inspect)]).listen(PORT, "127.0.0.1")
    client = httpclient.AsyncHTTPClient()
    base = "http://127.0.0.1:%d" % PORT
    r = await client.fetch(base + "/inspect/a%20b?x=1&y=2")
    print(r.body.decode(), end="")
    r = await client.fetch(base + "/inspect", method="POST", body="k=v",
                           headers={"Content-Type": "application/x-www-form-urlencoded"})
    print(r.body.decode(), end="")
    server.stop()


ioloop.IOLoop.current().run_sync(main)
