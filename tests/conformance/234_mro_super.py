class Base:
    def __init__(self):
        self.log = ["Base"]

    def hello(self):
        return "Base.hello"

    def who(self):
        return "Base"


class Left(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Left")

    def hello(self):
        return "Left>" + super().hello()


class Right(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Right")

    def hello(self):
        return "Right>" + super().hello()

    def who(self):
        return "Right"


class Child(Left, Right):
    def __init__(self):
        super().__init__()
        self.log.append("Child")

    def hello(self):
        return "Child>" + super().hello()


c = Child()
print(c.log, c.hello(), c.who())
print([k.__name__ for k in Child.__mro__])
print(super(Left, c).hello(), super(Right, c).who(), Left.hello(c))


class A:
    x = "A"


class B(A):
    pass


class C(A):
    x = "C"


class D(B, C):
    pass


print(D.x, D.__mro__[1].__name__, [k.__name__ for k in D.__mro__])
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)


class Mixin:
    def describe(self):
        return "%s(%s)" % (type(self).__name__, ", ".join("%s=%r" % kv for kv in sorted(vars(self).items())))


class Point(Mixin):
    def __init__(self, x, y):
        self.x, self.y = x, y


print(Point(1, 2).describe(), isinstance(Point(0, 0), Mixin))


class Counted:
    instances = 0

    def __new__(cls, *args):
        cls.instances += 1
        return super().__new__(cls)

    def __init__(self, name):
        self.name = name


class SubCounted(Counted):
    pass


a, b, s = Counted("a"), Counted("b"), SubCounted("s")
print(Counted.instances, SubCounted.instances, s.name, type(s).__name__)


class Tuple2(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    def swap(self):
        return Tuple2(self[1], self[0])


t = Tuple2(1, 2)
print(t, t.swap(), len(t), t + (3,), isinstance(t, tuple))
