# StaticFileHandler: versions for static_url (sha512 of the content, cached
# with least-recently-used eviction past MAX_CACHED_VERSIONS, none for
# content over MAX_VERSION_CONTENT_SIZE or for what is not a regular file,
# logged "Could not open static file"; 403 for paths out of the root), a
# subclass serving from several roots that never calls the base
# initialize, If-None-Match winning over Range (304), and expires given as
# a datetime (format_timestamp).
import datetime
import hashlib
import logging
import os
import shutil
import socket
import tempfile
from io import StringIO

from tornado import gen, httputil, ioloop, web
from tornado.iostream import IOStream

log = StringIO()
handler = logging.StreamHandler(log)
handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
for name in ("tornado.general", "tornado.application"):
    logging.getLogger(name).addHandler(handler)
    logging.getLogger(name).setLevel(logging.INFO)
    logging.getLogger(name).propagate = False
logging.getLogger("tornado.access").setLevel(logging.CRITICAL)

PORT = 21979
tmp = tempfile.mkdtemp()


def show_log():
    for line in log.getvalue().splitlines():
        if line.startswith("tornado"):
            print("  log:", line.replace(tmp, "<tmp>"))
    log.seek(0)
    log.truncate()


def write(path, data):
    with open(path, "w") as f:
        f.write(data)


root = os.path.join(tmp, "static")
root2 = os.path.join(tmp, "static2")
outside = os.path.join(tmp, "outside")
for d in (root, root2, outside, os.path.join(root, "subdir")):
    os.mkdir(d)
write(os.path.join(root, "inside.txt"), "inside")
write(os.path.join(root2, "two.txt"), "two")
write(os.path.join(outside, "secret.txt"), "secret")
for name in "abc":
    write(os.path.join(root, name), name)
os.symlink(os.path.join(outside, "secret.txt"), os.path.join(root, "link.txt"))
os.symlink(os.path.join(root, "inside.txt"), os.path.join(root2, "internal.txt"))


class MultiRoot(web.StaticFileHandler):
    def initialize(self, path):
        self.root = tuple(os.path.abspath(p) + os.path.sep for p in path)
        self.default_filename = None

    @classmethod
    def get_absolute_path(cls, roots, path):
        for r in roots:
            candidate = os.path.abspath(os.path.join(r, path))
            if os.path.exists(candidate):
                return candidate
        return os.path.abspath(os.path.join(roots[0], path))

    def validate_absolute_path(self, root, absolute_path):
        for candidate in self.root:
            if (absolute_path + os.path.sep).startswith(candidate):
                root = candidate
                break
        return super().validate_absolute_path(root, absolute_path)


class Expires(web.RequestHandler):
    def get(self):
        self.set_cookie("when", "x", expires=datetime.datetime(2030, 1, 2, 3, 4, 5))
        self.set_header("X-Date", httputil.format_timestamp(
            datetime.datetime(2030, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)))


async def fetch(path, headers=None):
    stream = IOStream(socket.socket())
    await stream.connect(("127.0.0.1", PORT))
    head = "GET %s HTTP/1.1\r\nHost: h\r\nConnection: close\r\n" % path
    for k, v in (headers or {}).items():
        head += "%s: %s\r\n" % (k, v)
    await stream.write(head.encode() + b"\r\n")
    out = await stream.read_until_close()
    stream.close()
    head, _, body = out.partition(b"\r\n\r\n")
    lines = head.decode().split("\r\n")
    print(path, sorted(headers or {}), lines[0],
          [h for h in lines[1:] if h.split(":")[0] in (
              "Content-Length", "Content-Range", "Set-Cookie", "X-Date")], body[:20])
    await gen.sleep(0.01)
    show_log()


def version(path, cls=web.StaticFileHandler):
    try:
        v = cls.get_version({"static_path": root}, path)
    except web.HTTPError as e:
        v = "HTTPError %d" % e.status_code
    print("version", path, "->", v if v is None or v.startswith("HTTP") else v[:16])
    show_log()


async def main():
    app = web.Application([(r"/multi/(.*)", MultiRoot, {"path": [root, root2]}),
                           ("/expires", Expires)], static_path=root)
    server = app.listen(PORT, "127.0.0.1")
    for path in ("/multi/inside.txt", "/multi/two.txt", "/multi/internal.txt",
                 "/multi/link.txt", "/multi/missing.txt"):
        await fetch(path)
    etag = '"%s"' % hashlib.sha512(b"inside").hexdigest()
    await fetch("/static/inside.txt", {"Range": "bytes=1-3"})
    await fetch("/static/inside.txt", {"Range": "bytes=1-3", "If-None-Match": etag})
    await fetch("/static/inside.txt", {"Range": "bytes=1-3", "If-None-Match": '"other"'})
    await fetch("/expires")
    server.stop()

    web.StaticFileHandler.reset()
    version("inside.txt")
    version("../outside/secret.txt")
    version("subdir")
    version("link.txt")
    version("missing")

    class Small(web.StaticFileHandler):
        MAX_VERSION_CONTENT_SIZE = 6

    version("inside.txt", Small)
    Small.reset()
    Small.MAX_VERSION_CONTENT_SIZE = 5
    version("inside.txt", Small)

    reads = []

    class Limited(web.StaticFileHandler):
        MAX_CACHED_VERSIONS = 2

        @classmethod
        def get_content_version(cls, abspath):
            reads.append(os.path.basename(abspath))
            return super().get_content_version(abspath)

    Limited.reset()
    for name in ["a", "b", "a", "c", "a", "b"]:
        Limited.get_version({"static_path": root}, name)
    print("read:", reads, "cached:", sorted(os.path.basename(p) for p in Limited._static_hashes))
    print(web.StaticFileHandler.MAX_CACHED_VERSIONS,
          web.StaticFileHandler.MAX_VERSION_CONTENT_SIZE)


ioloop.IOLoop.current().run_sync(main)
shutil.rmtree(tmp)
