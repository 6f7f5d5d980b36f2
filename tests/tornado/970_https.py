# HTTPS with Tornado: HTTPServer(ssl_options=...) as a dict and as an
# SSLContext, AsyncHTTPClient fetching https:// URLs (ca_certs,
# validate_cert=False, client certificates, a CA it does not trust, a name
# the certificate does not carry), request.protocol, redirects, POST
# bodies, streaming responses over TLS.
import logging
import os
import ssl

from tornado import gen, ioloop, web
from tornado.httpclient import AsyncHTTPClient, HTTPClientError
from tornado.httpserver import HTTPServer
from tornado.testing import bind_unused_port

logging.getLogger("tornado").setLevel(logging.CRITICAL)
CERTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "conformance", "tls_certs")


def cert(name):
    return os.path.join(CERTS, name)


class Hello(web.RequestHandler):
    def get(self):
        self.write("hello over %s from %s" % (self.request.protocol, self.request.remote_ip))

    def post(self):
        self.write({"got": self.request.body.decode(), "type": self.request.headers.get("Content-Type")})


class Redirect(web.RequestHandler):
    def get(self):
        self.redirect("/hello?from=redirect")


class Streaming(web.RequestHandler):
    async def get(self):
        for i in range(3):
            self.write("part %d;" % i)
            await self.flush()
            await gen.sleep(0.01)


class Fail(web.RequestHandler):
    def get(self):
        raise web.HTTPError(418)


app = web.Application([("/hello", Hello), ("/redirect", Redirect),
                       ("/stream", Streaming), ("/fail", Fail)])


async def fetch(client, url, **kwargs):
    try:
        r = await client.fetch(url, **kwargs)
        print(" ", r.code, r.body.decode(), r.headers.get("Content-Type"))
        return r
    except HTTPClientError as e:
        print(" ", type(e).__name__, e.code, e)
    except ssl.SSLError as e:
        print(" ", type(e).__name__, e.reason)
    except Exception as e:
        print(" ", type(e).__name__, e)


async def main():
    client = AsyncHTTPClient()

    print("== ssl_options as a dict")
    sock, port = bind_unused_port()
    server = HTTPServer(app, ssl_options=dict(certfile=cert("server.crt"), keyfile=cert("server.key")))
    server.add_sockets([sock])
    base = "https://localhost:%d" % port
    ca = cert("ca.crt")
    await fetch(client, base + "/hello", ca_certs=ca)
    await fetch(client, base + "/hello", method="POST", body="a=1&b=2", ca_certs=ca)
    r = await fetch(client, base + "/redirect", ca_certs=ca)
    print("  effective:", r.effective_url.replace(str(port), "PORT"))
    await fetch(client, base + "/redirect", ca_certs=ca, follow_redirects=False, raise_error=False)
    await fetch(client, base + "/stream", ca_certs=ca)
    chunks = []
    await client.fetch(base + "/stream", ca_certs=ca, streaming_callback=chunks.append)
    print("  streamed:", b"".join(chunks))
    await fetch(client, base + "/fail", ca_certs=ca)
    await fetch(client, base + "/missing", ca_certs=ca)
    await fetch(client, "https://127.0.0.1:%d/hello" % port, validate_cert=False)
    await fetch(client, "https://127.0.0.1:%d/hello" % port, ca_certs=ca)
    print("== a CA the client does not trust")
    await fetch(client, base + "/hello")
    server.stop()

    print("== ssl_options as an SSLContext, a self-signed certificate")
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert("selfsigned.crt"), cert("selfsigned.key"))
    sock, port = bind_unused_port()
    server = HTTPServer(app, ssl_options=ctx)
    server.add_sockets([sock])
    base = "https://localhost:%d" % port
    await fetch(client, base + "/hello", ca_certs=ca)
    await fetch(client, base + "/hello", validate_cert=False)
    server.stop()

    print("== client certificates")
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert("server.crt"), cert("server.key"))
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.load_verify_locations(ca)
    sock, port = bind_unused_port()
    server = HTTPServer(app, ssl_options=ctx)
    server.add_sockets([sock])
    base = "https://localhost:%d" % port
    await fetch(client, base + "/hello", ca_certs=ca, client_cert=cert("client.crt"),
                client_key=cert("client.key"))
    server.stop()

    print("== options refused")
    for options in [dict(keyfile=cert("server.key")), dict(certfile=cert("nope.crt")),
                    dict(certfile=cert("server.crt"), keyfile=cert("nope.key"))]:
        try:
            HTTPServer(app, ssl_options=options)
        except Exception as e:
            print(" ", type(e).__name__, str(e).replace(CERTS, "CERTS"))


ioloop.IOLoop.current().run_sync(main)
