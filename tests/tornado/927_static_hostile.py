# StaticFileHandler against hostile and odd requests: Range headers
# (valid, unsatisfiable, garbage, several ranges), If-None-Match and
# If-Modified-Since garbage, and paths that try to leave the root
# (.., encoded .., NUL, absolute, backslash). Each answer is shown; after
# each case a plain request on a new connection must still be served.
import os

from tornado import gen, ioloop, web
from tornado.iostream import StreamClosedError
from tornado.tcpclient import TCPClient

PORT = 23927
ROOT = "/tmp/whirl_927_static"
SHOWN = ("Content-Range", "Content-Length", "Content-Type", "Accept-Ranges", "Location")


async def send(raw):
    stream = await TCPClient().connect("127.0.0.1", PORT)
    try:
        await stream.write(raw)
    except StreamClosedError:
        pass
    data = b""
    try:
        while True:
            data += await gen.with_timeout(ioloop.IOLoop.current().time() + 3,
                                           stream.read_bytes(65536, partial=True))
    except StreamClosedError:
        pass
    except gen.TimeoutError:
        data += b" [timeout]"
    stream.close()
    if not data:
        return "closed", {}, b""
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {}
    for line in lines[1:]:
        k, _, v = line.partition(": ")
        if k in SHOWN:
            headers[k] = v
    return lines[0], headers, body


def request(path, headers=(), method="GET"):
    lines = ["%s %s HTTP/1.1" % (method, path), "Host: x", "Connection: close"]
    lines += list(headers)
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


RANGES = ["bytes=0-3", "bytes=4-", "bytes=-3", "bytes=-0", "bytes=0-", "bytes=0-9",
          "bytes=0-999", "bytes=9-1", "bytes=10-", "bytes=10-20", "bytes=-20", "bytes=",
          "bytes=-", "bytes=1-2,4-5", "bytes=x-y", "bytes= 1 - 2 ", "bytes=+1-2",
          "bytes=--2", "bytes=1_0-", "items=0-1", "BYTES=0-1", "bytes=99999999999999999999-",
          "bytes=0-99999999999999999999", "=", "bytes", "bytes=\xbd-2"]


async def main():
    if not os.path.isdir(ROOT):
        os.mkdir(ROOT)
    if not os.path.isdir(ROOT + "/sub"):
        os.mkdir(ROOT + "/sub")
    with open(ROOT + "/ten.txt", "wb") as f:
        f.write(b"0123456789")
    with open(ROOT + "/sub/index.html", "wb") as f:
        f.write(b"<p>index</p>")
    with open("/tmp/whirl_927_outside.txt", "wb") as f:
        f.write(b"outside")
    # Links that stay inside the root are served; links that leave it
    # are refused unless allowed_symlink_directory lets them.
    for target, link in [("/tmp/whirl_927_outside.txt", "out.txt"), ("/tmp", "outdir"),
                         ("ten.txt", "in.txt"), ("sub", "subdir"), ("../whirl_927_static/ten.txt", "round.txt"),
                         ("loop", "loop"), ("/tmp/whirl_927_missing", "dangling.txt")]:
        try:
            os.symlink(target, ROOT + "/" + link)
        except OSError:
            pass
    app = web.Application([
        (r"/static/(.*)", web.StaticFileHandler, {"path": ROOT, "default_filename": "index.html"}),
        (r"/allowed/(.*)", web.StaticFileHandler, {"path": ROOT, "allowed_symlink_directory": ["/tmp"]}),
    ])
    server = app.listen(PORT, "127.0.0.1")
    cases = [("range %r" % r, request("/static/ten.txt", ["Range: " + r])) for r in RANGES]
    cases += [("range %r HEAD" % r, request("/static/ten.txt", ["Range: " + r], "HEAD"))
              for r in ["bytes=0-3", "bytes=20-"]]
    cases += [
        ("two range headers", request("/static/ten.txt", ["Range: bytes=0-1", "Range: bytes=2-3"])),
        ("inm star", request("/static/ten.txt", ["If-None-Match: *"])),
        ("inm garbage", request("/static/ten.txt", ['If-None-Match: W/, "", ,,'])),
        ("inm unterminated", request("/static/ten.txt", ['If-None-Match: "abc'])),
        ("ims garbage", request("/static/ten.txt", ["If-Modified-Since: yesterday"])),
        ("ims future", request("/static/ten.txt", ["If-Modified-Since: Fri, 01 Jan 2100 00:00:00 GMT"])),
        ("ims past", request("/static/ten.txt", ["If-Modified-Since: Thu, 01 Jan 1970 00:00:00 GMT"])),
        ("ims huge year", request("/static/ten.txt", ["If-Modified-Since: Fri, 01 Jan 99999 00:00:00 GMT"])),
        ("ims day 32", request("/static/ten.txt", ["If-Modified-Since: Fri, 32 Jan 2100 00:00:00 GMT"])),
        ("ims 31 feb", request("/static/ten.txt", ["If-Modified-Since: Fri, 31 Feb 2100 00:00:00 GMT"])),
        ("ims hour 25", request("/static/ten.txt", ["If-Modified-Since: Fri, 01 Jan 2100 25:00:00 GMT"])),
        ("ims 29 feb leap", request("/static/ten.txt", ["If-Modified-Since: Tue, 29 Feb 2028 00:00:00 GMT"])),
        ("ims and range", request("/static/ten.txt", ["If-Modified-Since: Fri, 01 Jan 2100 00:00:00 GMT", "Range: bytes=0-1"])),
        ("dotdot", request("/static/../etc/passwd")),
        ("encoded dotdot", request("/static/%2e%2e/%2e%2e/etc/passwd")),
        ("encoded slash dotdot", request("/static/..%2f..%2fetc%2fpasswd")),
        ("absolute", request("/static//etc/passwd")),
        ("backslash", request("/static/..\\..\\etc\\passwd")),
        ("dir no slash", request("/static/sub")),
        ("dir slash", request("/static/sub/")),
        ("double slash dir", request("/static//tmp")),
        ("missing", request("/static/nope.txt")),
        ("nul", request("/static/ten.txt%00.png")),
        ("symlink outside", request("/static/out.txt")),
        ("symlink outside dir", request("/static/outdir/whirl_927_outside.txt")),
        ("symlink inside", request("/static/in.txt")),
        ("symlink inside dir", request("/static/subdir/index.html")),
        ("symlink inside dir default", request("/static/subdir/")),
        ("symlink round trip", request("/static/round.txt")),
        ("symlink loop", request("/static/loop")),
        ("symlink dangling", request("/static/dangling.txt")),
        ("allowed outside", request("/allowed/out.txt")),
        ("allowed dotdot", request("/allowed/../whirl_927_outside.txt")),
        ("bad utf8", request("/static/%FF.txt")),
        ("long name", request("/static/" + "a" * 5000)),
    ]
    for name, raw in cases:
        status, headers, body = await send(raw)
        after, _, _ = await send(request("/static/ten.txt"))
        print(name, "->", status, sorted(headers.items()), repr(body[:80]),
              "" if after.endswith("200 OK") else "NEXT: " + after)
    server.stop()
    remove_tree(ROOT)
    os.unlink("/tmp/whirl_927_outside.txt")


def remove_tree(path):
    """Deletes what main() made under /tmp (links are removed, not followed)."""
    for name in os.listdir(path):
        full = path + "/" + name
        if os.path.isdir(full) and not os.path.islink(full):
            remove_tree(full)
        else:
            os.unlink(full)
    os.rmdir(path)


ioloop.IOLoop.current().run_sync(main)
