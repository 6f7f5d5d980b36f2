# tornado.http1connection.HTTP1Connection as a client over a user's
# IOStream pair: read_response with a delegate for Content-Length, chunked
# (tiny chunks coalesced), read-until-close and 1xx responses; malformed
# messages (logged, read_response gives False); a delegate that raises
# (logged, told the connection closed); HEAD and 304 without a body;
# gzip bodies with decompress=True.
import logging
import socket
from io import StringIO

from tornado import gen, ioloop
from tornado.http1connection import HTTP1Connection, HTTP1ConnectionParameters
from tornado.httputil import HTTPHeaders, HTTPMessageDelegate, RequestStartLine
from tornado.iostream import IOStream

log = StringIO()
handler = logging.StreamHandler(log)
handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
for name in ("tornado.general", "tornado.application"):
    logging.getLogger(name).addHandler(handler)
    logging.getLogger(name).setLevel(logging.INFO)
    logging.getLogger(name).propagate = False


def show_log():
    for line in log.getvalue().splitlines():
        if line.startswith(("tornado", "ValueError", "RuntimeError")):
            print("  log:", line)
    log.seek(0)
    log.truncate()


class Recorder(HTTPMessageDelegate):
    def __init__(self, fail_in=None):
        self.events = []
        self.fail_in = fail_in

    def headers_received(self, start_line, headers):
        self.events.append(("head", tuple(start_line), sorted(headers.get_all())))
        if self.fail_in == "headers_received":
            raise ValueError("boom in headers_received")

    def data_received(self, chunk):
        self.events.append(("data", bytes(chunk)))
        if self.fail_in == "data_received":
            raise RuntimeError("boom in data_received")

    def finish(self):
        self.events.append(("finish",))
        if self.fail_in == "finish":
            raise ValueError("boom in finish")

    def on_connection_close(self):
        self.events.append(("closed",))


def pair():
    a, b = socket.socketpair()
    return IOStream(a), IOStream(b)


async def read(label, server_bytes, close=True, params=None, fail_in=None, request=None,
               sleep=0.0):
    client, server = pair()
    conn = HTTP1Connection(client, True, params)
    if request is not None:
        conn.write_headers(request, HTTPHeaders({"Host": "example"}))
        conn.finish()
    await server.write(server_bytes)
    if close:
        server.close()
    if sleep:
        await gen.sleep(sleep)
    delegate = Recorder(fail_in)
    try:
        result = await conn.read_response(delegate)
    except Exception as e:
        result = "%s: %s" % (type(e).__name__, e)
    print(label, "->", result)
    data = b"".join(e[1] for e in delegate.events if e[0] == "data")
    kinds = [e[0] for e in delegate.events]
    # Data events may be split differently by timing: count them apart.
    squashed = []
    for k in kinds:
        if not (k == "data" and squashed and squashed[-1] == "data"):
            squashed.append(k)
    print("  events:", squashed, "body:", data[:60], "closed:", client.closed())
    for e in delegate.events:
        if e[0] == "head":
            print("  start:", e[1], "headers:", e[2])
    if request is not None and not server.closed():
        sent = await server.read_bytes(200, partial=True)
        print("  request sent:", sent)
    show_log()
    client.close()
    server.close()


async def main():
    await read("content-length", b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\nX-A: 1\r\n\r\nhello")
    await read("bare LF", b"HTTP/1.1 201 Created\nContent-Length: 3\n\nabc")
    await read("http/1.0 until close", b"HTTP/1.0 200 Not Modified\r\n\r\nhello there")
    await read("chunked", b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
               b"3\r\nabc\r\n4;ext=1\r\ndefg\r\n0\r\n\r\n")
    await read("chunked upper", b"HTTP/1.1 200 OK\r\nTransfer-Encoding: CHUNKED\r\n\r\n"
               b"A\r\n0123456789\r\n0\r\n\r\n")
    await read("tiny chunks", b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
               + b"1\r\nx\r\n" * 300 + b"0\r\n\r\n", sleep=0.05)
    await read("100 then 200", b"HTTP/1.1 100 Continue\r\n\r\n"
               b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
    await read("1xx with body", b"HTTP/1.1 101 Switching\r\nContent-Length: 2\r\n\r\nok")
    await read("204 with body", b"HTTP/1.1 204 No Content\r\nContent-Length: 3\r\n\r\nabc")
    await read("304", b"HTTP/1.1 304 Not Modified\r\nContent-Length: 10\r\n\r\n", close=False,
               request=RequestStartLine("GET", "/y", "HTTP/1.1"))
    await read("HEAD", b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n", close=False,
               request=RequestStartLine("HEAD", "/x", "HTTP/1.1"))
    await read("GET written", b"HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\n!",
               request=RequestStartLine("GET", "/path?q=1", "HTTP/1.1"), close=False)
    await read("bad chunk terminator", b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
               b"3\r\nfooXX0\r\n\r\n")
    await read("bad chunk size", b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
               b"zz\r\nfoo\r\n0\r\n\r\n")
    await read("both framings", b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n"
               b"Content-Length: 3\r\n\r\nabc")
    await read("two lengths", b"HTTP/1.1 200 OK\r\nContent-Length: 3, 4\r\n\r\nabc")
    await read("same lengths", b"HTTP/1.1 200 OK\r\nContent-Length: 3, 3\r\n\r\nabc")
    await read("plus length", b"HTTP/1.1 200 OK\r\nContent-Length: +3\r\n\r\nabc")
    await read("unknown encoding", b"HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\nabc")
    await read("bad status line", b"HTTP/1.1 OK\r\n\r\n")
    await read("bad version", b"SPDY/3 200 OK\r\nContent-Length: 0\r\n\r\n")
    await read("header folding", b"HTTP/1.1 200 OK\r\nX-A: 1\r\n  more\r\nContent-Length: 0\r\n\r\n")
    await read("no colon", b"HTTP/1.1 200 OK\r\nnonsense\r\nContent-Length: 0\r\n\r\n")
    await read("closed in head", b"HTTP/1.1 200 OK\r\nContent-Le")
    await read("closed in body", b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc")
    for where in ("headers_received", "data_received", "finish"):
        await read("raises in " + where, b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello",
                   close=False, fail_in=where)
    # (gzip.compress(b"compressed words " * 20, mtime=0) as CPython's zlib makes it.)
    body = (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03K\xce\xcf-(J-.NMQ(\xcf/J)VH\x1e\x15\xa0T"
            b"\x00\x005\xd0\xe9\xc1T\x01\x00\x00")
    head = b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: %d\r\n\r\n" % len(body)
    await read("gzip decompressed", head + body,
               params=HTTP1ConnectionParameters(decompress=True))
    await read("gzip kept", head + body)
    await read("bad gzip", b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 8\r\n\r\n"
               b"notgzip!", params=HTTP1ConnectionParameters(decompress=True))
    await read("body too large", b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n" + b"x" * 100,
               params=HTTP1ConnectionParameters(max_body_size=10))
    await read("head too large", b"HTTP/1.1 200 OK\r\nX-Big: " + b"y" * 300 + b"\r\n\r\n",
               params=HTTP1ConnectionParameters(max_header_size=100))
    params = HTTP1ConnectionParameters()
    print("defaults:", params.no_keep_alive, params.chunk_size, params.max_header_size,
          params.header_timeout, params.max_body_size, params.body_timeout, params.decompress)


ioloop.IOLoop.current().run_sync(main)
