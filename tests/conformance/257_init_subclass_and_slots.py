class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[name or cls.__name__.lower()] = cls
        print("registered", cls.__name__, name)


class Csv(Plugin, name="csv"):
    pass


class Json(Plugin):
    pass


class Pretty(Json, name="pretty"):
    pass


print(sorted(Plugin.registry))
try:
    class Bad(object, flavor=1):
        pass
except TypeError as e:
    print("TypeError:", e)


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


s = Slotted(1, 2)
s.x = 10
print(s.x, s.y)
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError:", e)


class MoreSlots(Slotted):
    __slots__ = ("z",)


m = MoreSlots(1, 2)
m.z = 3
print(m.z)
try:
    m.w = 1
except AttributeError as e:
    print("AttributeError:", e)


class Open(Slotted):
    pass


o = Open(1, 2)
o.anything = 5
print(o.anything)
