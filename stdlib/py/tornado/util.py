"""tornado.util: the few helpers programs import from it."""

TimeoutError = TimeoutError


class ObjectDict(dict):
    """A dict whose items are also attributes."""

    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)

    def __setattr__(self, name, value):
        self[name] = value
