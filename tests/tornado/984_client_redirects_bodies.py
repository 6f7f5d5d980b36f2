# Redirects and request bodies in the client: 301/302/303 turning POST
# (and 303 anything) into GET, 307/308 keeping method and body, a redirect
# to an unsupported scheme failing with ValueError, max_redirects,
# expect_100_continue (the body sent after "100 Continue", or never when
# the server answers first), body_producer (sync and coroutine, chunked or
# with Content-Length), network_interface and proxy options refused; over
# https too, against a @stream_request_body handler that answers in
# prepare (so no "100 Continue" and no body).
import logging
import os
import re

from tornado import gen, ioloop, web
from tornado.httpclient import AsyncHTTPClient, HTTPRequest
from tornado.httpserver import HTTPServer
from tornado.testing import bind_unused_port
from tornado.web import stream_request_body

CERTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "conformance", "tls_certs")

logging.getLogger("tornado").setLevel(logging.CRITICAL)


class Redirect(web.RequestHandler):
    def prepare(self):
        self.redirect(self.get_argument("url"), status=int(self.get_argument("status", "302")))


class Methods(web.RequestHandler):
    SUPPORTED_METHODS = ("GET", "POST", "PUT", "DELETE", "OPTIONS", "HEAD", "PATCH")

    def handle(self):
        te = self.request.headers.get("Transfer-Encoding")
        self.write("%s %r te=%s" % (self.request.method, self.request.body, te))

    get = post = put = delete = options = patch = handle

    def head(self):
        self.set_header("X-Method", "HEAD")


class Forbidden(web.RequestHandler):
    def prepare(self):
        self.set_status(403)
        self.finish("no thanks")


@stream_request_body
class StreamingForbidden(Forbidden):
    pass


@stream_request_body
class StreamingEcho(web.RequestHandler):
    def prepare(self):
        self.got = b""

    def data_received(self, chunk):
        self.got += chunk

    def put(self):
        self.write("%s got %r over %s" % (self.request.method, self.got, self.request.protocol))

    post = put


async def main():
    sock, port = bind_unused_port()
    app = web.Application([("/redirect", Redirect), ("/methods", Methods),
                           ("/forbidden", Forbidden), ("/streaming_forbidden", StreamingForbidden),
                           ("/streaming_echo", StreamingEcho)])
    server = HTTPServer(app)
    server.add_sockets([sock])
    client = AsyncHTTPClient()
    base = "http://127.0.0.1:%d" % port

    async def show(label, url, **kwargs):
        try:
            r = await client.fetch(url, raise_error=False, **kwargs)
            print(label, r.code, r.body, re.sub(r"^https?://127.0.0.1:[0-9]+", "",
                                                 r.effective_url))
        except Exception as e:
            print(label, "raised", type(e).__name__, e)

    for status in (301, 302, 303, 307, 308):
        url = base + "/redirect?url=/methods&status=%d" % status
        await show("%d POST" % status, url, method="POST", body=b"data")
        for method in ("PUT", "DELETE"):
            kwargs = dict(body=b"x") if method == "PUT" else {}
            await show("%d %s" % (status, method), url, method=method, **kwargs)
        await show("%d HEAD" % status, url, method="HEAD")
    for target in ("ftp://example.com/", "h:5", "/methods"):
        await show("to %s" % target, base + "/redirect?url=" + target, max_redirects=1)
    await show("no follow", base + "/redirect?url=/methods", follow_redirects=False)
    await show("max_redirects=0", base + "/redirect?url=/methods", max_redirects=0)

    await show("expect 100", base + "/methods", method="POST", body=b"1234",
               expect_100_continue=True)

    def never(write):
        raise Exception("should not be called")

    await show("early answer", base + "/forbidden", method="POST", body_producer=never,
               expect_100_continue=True)
    await show("streaming early answer", base + "/streaming_forbidden", method="POST",
               body_producer=never, expect_100_continue=True)

    def sync_producer(write):
        write(b"1234")
        write(b"5678")

    async def async_producer(write):
        await write(b"abcd")
        await gen.sleep(0.01)
        await write(b"efgh")

    for name, producer in (("sync", sync_producer), ("async", async_producer)):
        await show("%s producer chunked" % name, base + "/methods", method="POST",
                   body_producer=producer)
        await show("%s producer length" % name, base + "/methods", method="PUT",
                   body_producer=producer, headers={"Content-Length": "8"})

    for kwargs in (dict(network_interface="127.0.0.1"),
                   dict(network_interface="not-an-ip"),
                   dict(proxy_host="127.0.0.1", proxy_port=1)):
        await show("options %s" % sorted(kwargs), HTTPRequest(base + "/methods", **kwargs))
    for method, body in (("GET", b"x"), ("POST", None), ("FOO", None)):
        await show("%s body %r" % (method, body), base + "/methods", method=method, body=body)
    server.stop()

    tls_sock, tls_port = bind_unused_port()
    tls_server = HTTPServer(app, ssl_options=dict(certfile=os.path.join(CERTS, "server.crt"),
                                                  keyfile=os.path.join(CERTS, "server.key")))
    tls_server.add_sockets([tls_sock])
    tls = "https://127.0.0.1:%d" % tls_port
    ca = os.path.join(CERTS, "ca.crt")
    await show("https streaming early answer", tls + "/streaming_forbidden", method="POST",
               body_producer=never, expect_100_continue=True, ca_certs=ca)
    await show("https expect 100", tls + "/streaming_echo", method="POST", body=b"hundred",
               expect_100_continue=True, ca_certs=ca)
    await show("https producer", tls + "/streaming_echo", method="PUT",
               body_producer=async_producer, ca_certs=ca)
    await show("https redirect", tls + "/redirect?url=/methods&status=307", method="POST",
               body=b"kept", ca_certs=ca)
    tls_server.stop()


ioloop.IOLoop.current().run_sync(main)
