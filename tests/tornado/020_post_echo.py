# Form-encoded POST bodies: get_body_argument(s), get_argument mixing query and body.
from urllib.parse import urlencode

from tornado import httpclient, ioloop, web

PORT = 21020


class EchoHandler(web.RequestHandler):
    def post(self):
        self.write("name=%s\n" % self.get_body_argument("name"))
        self.write("tags=%s\n" % self.get_body_arguments("tag"))
        self.write("q(query)=%s\n" % self.get_query_argument("q", "-"))
        self.write("all q=%s\n" % self.get_arguments("q"))
        self.write("missing=%s\n" % self.get_body_argument("missing", "default"))
        self.write("stripped=%r unstripped=%r\n" % (self.get_argument("pad"),
                                                    self.get_argument("pad", strip=False)))
        self.write("raw=%s\n" % self.request.body.decode())
        self.write("arguments keys=%s\n" % sorted(self.request.arguments))


async def main():
    server = web.Application([(r"/echo", EchoHandler)]).listen(PORT, "127.0.0.1")
    client = httpclient.AsyncHTTPClient()
    body = urlencode([("name", "Jörg & co"), ("tag", "a"), ("tag", "b"), ("q", "body-q"),
                      ("pad", "  spaced  ")])
    r = await client.fetch("http://127.0.0.1:%d/echo?q=query-q" % PORT, method="POST", body=body)
    print(r.body.decode(), end="")
    server.stop()


ioloop.IOLoop.current().run_sync(main)
