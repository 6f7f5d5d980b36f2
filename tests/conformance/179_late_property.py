class Base:
    pass
class Child(Base):
    pass
class GrandChild(Child):
    pass
c = GrandChild()
c.__dict__['size'] = 3
Base.size = property(lambda self: 42)
print(c.size, Child().size)
def setter(self, v):
    self.__dict__['_w'] = v * 2
Base.width = property(lambda self: self._w, setter)
c.width = 5
print(c.width, c._w)
Base.__setattr__ = lambda self, k, v: object.__setattr__(self, k, str(v))
c.z = 1
print(repr(c.z))

# a class decorator that adds read-only properties for listed fields
def readonly(*names):
    def deco(cls):
        for n in names:
            setattr(cls, n, property(lambda self, n=n: self.__dict__["_" + n]))
        return cls
    return deco

class Shape:
    def __init__(self, **kw):
        for k, v in kw.items():
            self.__dict__["_" + k] = v

class Square(Shape):
    def area(self):
        return self.side ** 2

sq = Square(side=4)
readonly("side")(Shape)
print(sq.side, sq.area())
try:
    sq.side = 5
except AttributeError as e:
    print("AttributeError:", e)
