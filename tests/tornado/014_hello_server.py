# A server and a client in one process: the hello-world handler.
from tornado import httpclient, ioloop, web

PORT = 21014


class MainHandler(web.RequestHandler):
    def get(self):
        self.write("Hello, world")


async def main():
    app = web.Application([(r"/", MainHandler)])
    server = app.listen(PORT, address="127.0.0.1")
    client = httpclient.AsyncHTTPClient()
    response = await client.fetch("http://127.0.0.1:%d/" % PORT)
    print(response.code, response.reason)
    print(response.body)
    for name in ["Content-Type", "Content-Length", "Etag", "Server"]:
        print(name, "=", response.headers.get(name))
    print("Date" in response.headers)
    print(response.effective_url == "http://127.0.0.1:%d/" % PORT)
    print(type(response.request_time).__name__)
    print(httpclient.AsyncHTTPClient() is client)
    for i in range(3):
        r = await client.fetch("http://127.0.0.1:%d/" % PORT)
        print(i, r.code, r.body)
    server.stop()


ioloop.IOLoop.current().run_sync(main)
