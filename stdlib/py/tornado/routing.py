"""tornado.routing (being written)."""
