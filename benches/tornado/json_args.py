# A JSON API handler: `async def`, a path argument, a query argument and a
# dict written as JSON. `python json_args.py PORT`, then
# `wrk http://127.0.0.1:PORT/`.
import sys

from tornado import ioloop, web


class ItemHandler(web.RequestHandler):
    async def get(self, item_id=None):
        verbose = self.get_argument("verbose", "0")
        self.write({"id": item_id or "0", "name": "widget", "tags": ["a", "b"], "verbose": verbose})


if __name__ == "__main__":
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8888
    web.Application([(r"/", ItemHandler), (r"/items/(\d+)", ItemHandler)]).listen(
        port, address="127.0.0.1"
    )
    ioloop.IOLoop.current().start()
