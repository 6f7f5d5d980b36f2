# StaticFileHandler: files from a directory, content types, default file, 404, 403 for "..".
import os

from tornado import httpclient, ioloop, web

PORT = 21025
ROOT = os.path.join(os.getcwd(), "_static_025")


def make_files():
    os.makedirs(os.path.join(ROOT, "sub"), exist_ok=True)
    with open(os.path.join(ROOT, "hello.txt"), "w") as f:
        f.write("hello static\n")
    with open(os.path.join(ROOT, "page.html"), "w") as f:
        f.write("<p>page</p>")
    with open(os.path.join(ROOT, "data.json"), "w") as f:
        f.write('{"a": 1}')
    with open(os.path.join(ROOT, "sub", "index.html"), "w") as f:
        f.write("sub index")
    with open(os.path.join(os.getcwd(), "_secret_025.txt"), "w") as f:
        f.write("secret")


def remove_files():
    for name in ["hello.txt", "page.html", "data.json", os.path.join("sub", "index.html")]:
        os.remove(os.path.join(ROOT, name))
    os.rmdir(os.path.join(ROOT, "sub"))
    os.rmdir(ROOT)
    os.remove(os.path.join(os.getcwd(), "_secret_025.txt"))


async def main():
    app = web.Application([
        (r"/files/(.*)", web.StaticFileHandler, {"path": ROOT, "default_filename": "index.html"}),
    ])
    server = app.listen(PORT, "127.0.0.1")
    client = httpclient.AsyncHTTPClient()
    base = "http://127.0.0.1:%d" % PORT
    for path in ["/files/hello.txt", "/files/page.html", "/files/data.json", "/files/sub/",
                 "/files/sub", "/files/nothing.txt", "/files/../_secret_025.txt",
                 "/files/%2e%2e/_secret_025.txt"]:
        r = await client.fetch(base + path, raise_error=False, follow_redirects=False)
        print(path, r.code, r.headers.get("Content-Type"), r.headers.get("Content-Length"),
              r.headers.get("Location"), r.body if r.code == 200 else "")
    r = await client.fetch(base + "/files/hello.txt", method="HEAD")
    print("HEAD", r.code, r.headers.get("Content-Length"), r.body)
    server.stop()


make_files()
try:
    ioloop.IOLoop.current().run_sync(main)
finally:
    remove_files()
print(os.path.exists(ROOT))
