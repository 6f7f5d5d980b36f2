# obj.__dict__ = d: the instance's attributes become d's; checks on the
# value; del obj.__dict__ empties it.
class C:
    pass


c = C()
c.a = 1
c.__dict__ = {"b": 2, "c": 3}
print(c.b, c.c, hasattr(c, "a"), sorted(vars(c)))
c.x = 5
print(sorted(c.__dict__.items()))

for bad in [None, [], 1, "s", (("a", 1),)]:
    try:
        c.__dict__ = bad
    except TypeError as e:
        print("TypeError", e)
print(sorted(vars(c)))

del c.__dict__
print(vars(c), hasattr(c, "b"))
c.y = 1
print(vars(c))

# Through object.__setattr__ and setattr().
object.__setattr__(c, "__dict__", {"z": 26})
print(c.z)
setattr(c, "__dict__", {"w": 23})
print(c.w, hasattr(c, "z"))


# Exceptions have an instance dict too.
e = ValueError("boom")
e.__dict__ = {"note": "n"}
print(e.note, e.args)


# A class with __slots__ has no __dict__ to replace.
class S:
    __slots__ = ("a",)


try:
    S().__dict__ = {}
except AttributeError as e:
    print("AttributeError", e)


# A __setattr__ sees the assignment like any other.
class Hooked:
    def __setattr__(self, name, value):
        print("setattr", name, type(value).__name__)
        object.__setattr__(self, name, value)


h = Hooked()
h.__dict__ = {"q": 1}
print(h.q)


# A class's own __dict__ property decides.
class OwnDict:
    @property
    def __dict__(self):
        return {"fake": True}


try:
    OwnDict().__dict__ = {}
except AttributeError as e:
    print("AttributeError", e)
print(OwnDict().__dict__)
