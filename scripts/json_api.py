"""A small JSON API: a to-do list kept in memory.

Run:   whirl scripts/json_api.py [--port=8889]
Try:   curl -s http://127.0.0.1:8889/todos
       curl -s -X POST -d '{"title": "write docs"}' http://127.0.0.1:8889/todos
       curl -s http://127.0.0.1:8889/todos/1
       curl -s -X PUT -d '{"done": true}' http://127.0.0.1:8889/todos/1
       curl -s -X DELETE -i http://127.0.0.1:8889/todos/1
Errors come back as JSON too: curl -s http://127.0.0.1:8889/todos/99
"""

from tornado import escape, ioloop, web
from tornado.options import define, options, parse_command_line

define("port", default=8889, help="port to listen on", type=int)


class Store:
    def __init__(self):
        self.items = {}
        self.next_id = 1

    def add(self, title):
        item = {"id": self.next_id, "title": title, "done": False}
        self.items[item["id"]] = item
        self.next_id += 1
        return item


class ApiHandler(web.RequestHandler):
    def initialize(self, store):
        self.store = store

    def json_body(self):
        try:
            data = escape.json_decode(self.request.body)
        except ValueError:
            raise web.HTTPError(400, reason="Body is not JSON")
        if not isinstance(data, dict):
            raise web.HTTPError(400, reason="Body must be a JSON object")
        return data

    def write_error(self, status_code, **kwargs):
        self.finish({"error": {"code": status_code, "message": self._reason}})


class TodosHandler(ApiHandler):
    def get(self):
        self.write({"todos": list(self.store.items.values())})

    def post(self):
        data = self.json_body()
        title = data.get("title")
        if not title:
            raise web.HTTPError(400, reason="A title is required")
        self.set_status(201)
        self.write(self.store.add(title))


class TodoHandler(ApiHandler):
    def find(self, todo_id):
        item = self.store.items.get(int(todo_id))
        if item is None:
            raise web.HTTPError(404, reason="No such todo")
        return item

    def get(self, todo_id):
        self.write(self.find(todo_id))

    def put(self, todo_id):
        item = self.find(todo_id)
        data = self.json_body()
        for key in ("title", "done"):
            if key in data:
                item[key] = data[key]
        self.write(item)

    def delete(self, todo_id):
        self.find(todo_id)
        del self.store.items[int(todo_id)]
        self.set_status(204)


def make_app():
    store = Store()
    return web.Application([
        (r"/todos", TodosHandler, {"store": store}),
        (r"/todos/(\d+)", TodoHandler, {"store": store}),
    ])


if __name__ == "__main__":
    parse_command_line()
    make_app().listen(options.port)
    print("JSON API on http://127.0.0.1:%d/todos" % options.port)
    ioloop.IOLoop.current().start()
