"""tornado.wsgi (being written)."""
