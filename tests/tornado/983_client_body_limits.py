# How the client reads bodies, against a raw server: gzip inflated
# (Content-Encoding moved to X-Consumed-Content-Encoding, concatenated
# members, decompress_response=False keeping the bytes), max_body_size
# against Content-Length, chunked, read-until-close and inflated bodies
# (also with a streaming_callback), max_header_size, 1xx heads, 204 with a
# body, both Transfer-Encoding and Content-Length -- each refusal logged
# as Tornado logs it and failing the fetch with HTTPStreamClosedError (or
# the stream's own error).
import gzip
import logging

from tornado import ioloop
from tornado.httpclient import AsyncHTTPClient
from tornado.iostream import StreamClosedError
from tornado.simple_httpclient import SimpleAsyncHTTPClient
from tornado.tcpserver import TCPServer
from tornado.testing import bind_unused_port


class Recorder(logging.Handler):
    def emit(self, record):
        print("  log:", record.name, record.levelname, record.getMessage()[:90])


logging.getLogger("tornado").addHandler(Recorder())
logging.getLogger("tornado").setLevel(logging.INFO)
logging.getLogger("tornado").propagate = False

ZIPPED = gzip.compress(b"hello " * 100)
BOMB = gzip.compress(b"\0" * 200000)


def head(extra=b"", status=b"200 OK"):
    return b"HTTP/1.1 " + status + b"\r\n" + extra + b"\r\n"


def chunked(*pieces):
    return b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in pieces) + b"0\r\n\r\n"


RESPONSES = {
    "gzip": head(b"Content-Encoding: gzip\r\nContent-Length: %d\r\n" % len(ZIPPED)) + ZIPPED,
    "two members": head(b"Content-Encoding: gzip\r\nContent-Length: %d\r\n"
                        % (2 * len(ZIPPED))) + ZIPPED + ZIPPED,
    "bad gzip": head(b"Content-Encoding: gzip\r\nContent-Length: 12\r\n") + b"not gzip at!",
    "truncated gzip": head(b"Content-Encoding: gzip\r\nContent-Length: %d\r\n"
                           % (len(ZIPPED) - 3)) + ZIPPED[:-3],
    "small": head(b"Content-Length: 1000\r\n") + b"a" * 1000,
    "large": head(b"Content-Length: 1001\r\n") + b"a" * 1001,
    "large chunked": head(b"Transfer-Encoding: chunked\r\n") + chunked(b"a" * 600, b"b" * 600),
    "large until close": head() + b"c" * 1500,
    "bomb": head(b"Content-Encoding: gzip\r\nContent-Length: %d\r\n" % len(BOMB)) + BOMB,
    "big head": head(b"X-Filler: " + b"f" * 3000 + b"\r\n"),
    "two 100s": head(status=b"100 Continue") * 2 + head(b"Content-Length: 1\r\n") + b"A",
    "many 100s": head(status=b"100 Continue") * 12 + head(b"Content-Length: 1\r\n") + b"A",
    "204 body": head(b"Content-Length: 3\r\n", b"204 No Content") + b"abc",
    "te and cl": head(b"Transfer-Encoding: chunked\r\nContent-Length: 2\r\n") + chunked(b"ok"),
    "unequal lengths": head(b"Content-Length: 2, 3\r\n") + b"ok!",
}
NAMES = list(RESPONSES)


class Raw(TCPServer):
    async def handle_stream(self, stream, address):
        try:
            request = await stream.read_until(b"\r\n\r\n")
            n = int(request.split(b" ")[1].strip(b"/"))
            await stream.write(RESPONSES[NAMES[n]])
        except StreamClosedError:
            pass
        stream.close()


async def main():
    sock, port = bind_unused_port()
    server = Raw()
    server.add_sockets([sock])
    client = SimpleAsyncHTTPClient(force_instance=True, max_body_size=1000,
                                   max_header_size=2048)

    async def fetch(name, **kwargs):
        url = "http://127.0.0.1:%d/%d" % (port, NAMES.index(name))
        try:
            r = await client.fetch(url, **kwargs)
            body = r.body
            if body.startswith(b"\x1f\x8b"):
                # Still compressed (how compressed is the compressor's
                # business): shown inflated.
                body = b"raw gzip of " + gzip.decompress(body)
            print(name, r.code, len(body), body[:16],
                  r.headers.get("Content-Encoding"), r.headers.get("X-Consumed-Content-Encoding"))
        except Exception as e:
            print(name, "raised", type(e).__name__, e)

    for name in NAMES:
        await fetch(name)
    await fetch("gzip", decompress_response=False)
    got = []
    await fetch("large", streaming_callback=got.append)
    await fetch("bomb", streaming_callback=got.append)
    print("streamed at most", sum(map(len, got)) <= 1000)
    # The default client: no body limit that small.
    r = await AsyncHTTPClient().fetch("http://127.0.0.1:%d/%d"
                                      % (port, NAMES.index("large until close")))
    print("default client:", r.code, len(r.body))
    client.close()
    server.stop()


ioloop.IOLoop.current().run_sync(main)
