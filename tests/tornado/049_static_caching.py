# StaticFileHandler caching headers: Etag (sha512 of the content), Last-Modified,
# If-None-Match and If-Modified-Since giving 304, ?v= giving Cache-Control.
import os

from tornado import httpclient, httputil, ioloop, web

PORT = 21049
ROOT = os.path.join(os.getcwd(), "_static_049")


async def main():
    app = web.Application([(r"/s/(.*)", web.StaticFileHandler, {"path": ROOT})])
    server = app.listen(PORT, "127.0.0.1")
    client = httpclient.AsyncHTTPClient()
    url = "http://127.0.0.1:%d/s/app.css" % PORT
    r = await client.fetch(url)
    etag = r.headers["Etag"]
    modified = r.headers["Last-Modified"]
    print(r.code, r.headers["Content-Type"], etag, r.headers.get("Cache-Control"))
    print(modified == httputil.format_timestamp(int(os.path.getmtime(os.path.join(ROOT, "app.css")))))
    for headers in [{"If-None-Match": etag}, {"If-None-Match": '"stale"'},
                    {"If-Modified-Since": modified}, {"If-Modified-Since": "Thu, 01 Jan 1970 00:00:00 GMT"}]:
        r = await client.fetch(url, headers=headers, raise_error=False)
        print(sorted(headers.keys()), r.code, len(r.body))
    r = await client.fetch(url + "?v=123")
    print(r.headers.get("Cache-Control"), "Expires" in r.headers)
    server.stop()


os.makedirs(ROOT, exist_ok=True)
with open(os.path.join(ROOT, "app.css"), "w") as f:
    f.write("body { color: #333; }\n")
try:
    ioloop.IOLoop.current().run_sync(main)
finally:
    os.remove(os.path.join(ROOT, "app.css"))
    os.rmdir(ROOT)
