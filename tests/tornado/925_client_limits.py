# The HTTP client against interim (1xx) responses and its size limits:
# 1xx responses before the real one are skipped as Tornado's
# simple_httpclient skips them; AsyncHTTPClient(max_header_size=...,
# max_body_size=..., max_buffer_size=...) bound what one response may
# cost, and a fetch past a bound fails with Tornado's error.
from tornado import httpclient, ioloop
from tornado.iostream import StreamClosedError
from tornado.tcpserver import TCPServer

PORT = 23925

OK = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"
RESPONSES = [
    OK,
    b"HTTP/1.1 100 Continue\r\n\r\n" + OK,
    b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 100 Continue\r\n\r\n" + OK,
    b"HTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\n" + OK,
    b"HTTP/1.1 102 Processing\r\n\r\nHTTP/1.1 201 Created\r\nX-Name: real\r\nContent-Length: 3\r\n\r\nnew",
    b"HTTP/1.1 100 Continue\r\nContent-Length: 2\r\n\r\nxx" + OK,
    b"HTTP/1.1 100 Continue\r\nTransfer-Encoding: chunked\r\n\r\n" + OK,
    b"HTTP/1.1 100 Continue\r\n\r\n" * 10 + OK,
    b"HTTP/1.1 100 Continue\r\n\r\n" * 11 + OK,
    b"HTTP/1.1 100 Continue\r\n\r\n",
    b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\n\r\nuntil close",
    b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n",
    b"HTTP/1.1 200 OK\r\nContent-Length: 20\r\n\r\n" + b"b" * 20,
    b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n" + b"b" * 10,
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n8\r\n12345678\r\n8\r\n12345678\r\n0\r\n\r\n",
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n12345\r\n5\r\n12345\r\n0\r\n\r\n",
    b"HTTP/1.1 200 OK\r\n\r\n" + b"u" * 30,
    b"HTTP/1.1 200 OK\r\nX-Pad: " + b"p" * 150 + b"\r\nContent-Length: 2\r\n\r\nok",
    b"HTTP/1.1 200 OK\r\nX-Pad: " + b"p" * 40 + b"\r\nContent-Length: 2\r\n\r\nok",
    b"HTTP/1.1 200 OK\r\nContent-Length: 1500\r\n\r\n" + b"c" * 1500,
    b"HTTP/1.1 200 OK\r\nContent-Length: 900\r\n\r\n" + b"d" * 900,
    b"HTTP/1.1 302 Found\r\nLocation: /0\r\nContent-Length: 0\r\n\r\n",
]


class Hostile(TCPServer):
    async def handle_stream(self, stream, address):
        try:
            head = await stream.read_until(b"\r\n\r\n")
            path = head.split(b" ")[1]
            if path.startswith(b"/expect"):
                # Answers an Expect: 100-continue request: 100, then the
                # body echoed (or at once 417 without reading it).
                expect = b"expect: 100-continue" in head.lower()
                if path == b"/expect417":
                    await stream.write(b"HTTP/1.1 417 Expectation Failed\r\n"
                                       b"Content-Length: 0\r\n\r\n")
                else:
                    await stream.write(b"HTTP/1.1 100 Continue\r\n\r\n")
                    body = await stream.read_bytes(5)
                    answer = str(expect).encode() + b" " + body
                    await stream.write(b"HTTP/1.1 200 OK\r\nContent-Length: "
                                       + str(len(answer)).encode() + b"\r\n\r\n" + answer)
                stream.close()
                return
            n = int(path.strip(b"/"))
            await stream.write(RESPONSES[n])
        except StreamClosedError:
            pass
        stream.close()


async def run(label, client, numbers):
    for n in numbers:
        try:
            r = await client.fetch("http://127.0.0.1:%d/%d" % (PORT, n), raise_error=False,
                                   request_timeout=3)
            if r.error is not None and r.code == 599:
                print(label, n, "error", type(r.error).__name__, r.error)
            else:
                print(label, n, r.code, repr(r.reason), repr(r.body[:20]),
                      repr(r.headers.get("X-Name")), repr(r.headers.get("Link")))
        except Exception as e:
            print(label, n, "raised", type(e).__name__, e)


async def main():
    server = Hostile()
    server.listen(PORT, "127.0.0.1")
    default = httpclient.AsyncHTTPClient()
    await run("default", default, range(len(RESPONSES)))
    small = httpclient.AsyncHTTPClient(force_instance=True, max_header_size=100,
                                       max_body_size=12)
    await run("small", small, range(len(RESPONSES)))
    small.close()
    body_only = httpclient.AsyncHTTPClient(force_instance=True, max_body_size=10)
    await run("body10", body_only, [0, 12, 13, 14, 15, 16])
    body_only.close()
    buffer = httpclient.AsyncHTTPClient(force_instance=True, max_buffer_size=1000)
    await run("buffer1000", buffer, [0, 12, 19, 20])
    buffer.close()
    for path in ("expect", "expect417"):
        r = await default.fetch("http://127.0.0.1:%d/%s" % (PORT, path), method="POST",
                                body=b"hello", expect_100_continue=True, raise_error=False,
                                request_timeout=3)
        print(path, r.code, r.body, r.request.headers.get("Expect"))
    # header_callback and streaming_callback see the final response (no
    # interim one, no redirect), and a streamed body stays out of r.body.
    for n in (0, 1, 4, 12, 21):
        lines, chunks = [], []
        r = await default.fetch("http://127.0.0.1:%d/%d" % (PORT, n), raise_error=False,
                                header_callback=lines.append, streaming_callback=chunks.append)
        print("callbacks", n, r.code, r.body, lines, b"".join(chunks))

    def broken(data):
        raise ValueError("callback failed")
    for kw in ("header_callback", "streaming_callback"):
        try:
            r = await default.fetch("http://127.0.0.1:%d/0" % PORT, raise_error=False,
                                    request_timeout=3, **{kw: broken})
            print(kw, "raising ->", r.code, type(r.error).__name__, r.error)
        except Exception as e:
            print(kw, "raising -> raised", type(e).__name__, e)
    # The limits belong to the client they were given to.
    again = httpclient.AsyncHTTPClient()
    print("same instance", again is default)
    await run("default again", again, [12, 17])
    server.stop()


ioloop.IOLoop.current().run_sync(main)
