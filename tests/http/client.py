# whirl's HTTP client against a server nobody here wrote (tests/http.rs
# starts `python3 -m http.server` in a folder with hello.txt):
# `whirl client.py PORT`.
import sys

from tornado import httpclient, ioloop


async def main(port):
    client = httpclient.AsyncHTTPClient()
    response = await client.fetch("http://127.0.0.1:%d/hello.txt" % port)
    print(response.code, response.headers["Content-Type"], response.body.decode().strip())
    try:
        await client.fetch("http://127.0.0.1:%d/missing.txt" % port)
    except httpclient.HTTPClientError as e:
        print("error", e.code)
    response = await client.fetch("http://127.0.0.1:%d/missing.txt" % port, raise_error=False)
    print(response.code)


ioloop.IOLoop.current().run_sync(lambda: main(int(sys.argv[1])))
response = httpclient.HTTPClient().fetch("http://127.0.0.1:%d/hello.txt" % int(sys.argv[1]))
print("blocking", response.code, response.body.decode().strip())
