class Config:
    defaults = {"debug": False}
    shared_list = []
    version = 1

    def __init__(self, name):
        self.name = name
        self.settings = dict(self.defaults)

    def bump(self):
        self.version += 1
        return self.version


a = Config("a")
b = Config("b")
a.shared_list.append("from a")
a.settings["debug"] = True
print(b.shared_list, b.settings, Config.defaults)
print(a.bump(), a.bump(), b.version, Config.version)
Config.version = 10
print(a.version, b.version, Config("c").version)
del a.version
print(a.version)
print(hasattr(Config, "name"), hasattr(a, "name"), getattr(a, "missing", "default"), "version" in vars(b))
setattr(b, "extra", 5)
print(b.extra, vars(b))
delattr(b, "extra")
print(hasattr(b, "extra"))
try:
    delattr(b, "extra")
except AttributeError as e:
    print("AttributeError:", e)
try:
    a.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Config.nothing
except AttributeError as e:
    print("AttributeError:", e)


class Registry:
    items = {}

    @classmethod
    def register(cls, key, value):
        cls.items[key] = value
        return cls

    @classmethod
    def size(cls):
        return len(cls.items)


Registry.register("x", 1).register("y", 2)
print(Registry.size(), Registry.items, Registry().size())


class Dynamic:
    pass


Dynamic.greet = lambda self, who: "hello " + who
Dynamic.count = 0
d = Dynamic()
print(d.greet("you"), d.count, type(d).__dict__["count"] if "count" in type(d).__dict__ else None)
print(Config.__name__, Config.__module__, type(Config).__name__, type(a).__name__, a.__class__ is Config)
print(sorted(k for k in Config.__dict__ if not k.startswith("__")))
