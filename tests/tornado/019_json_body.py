# write(dict) sends JSON; json_decode of the request body.
from tornado import escape, httpclient, ioloop, web

PORT = 21019

ITEMS = {}


class ItemsHandler(web.RequestHandler):
    def get(self):
        self.write({"items": sorted(ITEMS.values(), key=lambda i: i["id"]), "count": len(ITEMS)})

    def post(self):
        data = escape.json_decode(self.request.body)
        item = {"id": len(ITEMS) + 1, "name": data["name"], "tags": data.get("tags", [])}
        ITEMS[item["id"]] = item
        self.set_status(201)
        self.write(item)


class ItemHandler(web.RequestHandler):
    def get(self, item_id):
        item = ITEMS.get(int(item_id))
        if item is None:
            raise web.HTTPError(404)
        self.write(item)


async def main():
    app = web.Application([(r"/items", ItemsHandler), (r"/items/(\d+)", ItemHandler)])
    server = app.listen(PORT, "127.0.0.1")
    client = httpclient.AsyncHTTPClient()
    base = "http://127.0.0.1:%d" % PORT
    for name in ["apple", "pear"]:
        body = escape.json_encode({"name": name, "tags": [name[0], "</tag>"]})
        r = await client.fetch(base + "/items", method="POST", body=body,
                               headers={"Content-Type": "application/json"})
        print(r.code, r.headers["Content-Type"], r.body.decode())
    r = await client.fetch(base + "/items")
    data = escape.json_decode(r.body)
    print(data["count"], [i["name"] for i in data["items"]])
    r = await client.fetch(base + "/items/2")
    print(escape.json_decode(r.body))
    r = await client.fetch(base + "/items/9", raise_error=False)
    print(r.code, r.headers["Content-Type"])
    server.stop()


ioloop.IOLoop.current().run_sync(main)
