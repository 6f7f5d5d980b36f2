# A class's __new__ is read as `cls.__new__` is: a staticmethod gives its
# function (called with the class first), a classmethod is bound to the
# class being called, in subclasses too.


class S:
    @staticmethod
    def __new__(*args):
        return args


class SD(S):
    pass


print(S(1, 2) == (S, 1, 2), SD(1, 2) == (SD, 1, 2))


class C:
    @classmethod
    def __new__(*args):
        return args


class CD(C):
    pass


print(C(1, 2) == (C, C, 1, 2), CD(1, 2) == (CD, CD, 1, 2))


# A classmethod __new__ in a builtin subclass.
class T(tuple):
    @classmethod
    def __new__(cls, owner, *items):
        return tuple.__new__(owner, items)


t = T(3, 4)
print(type(t).__name__, t)


# A descriptor of another kind: its __get__(None, cls) decides.
class Maker:
    def __get__(self, obj, owner):
        return lambda cls, x: ("made", owner.__name__, cls.__name__, x)


class M:
    __new__ = Maker()


class MD(M):
    pass


print(M(5), MD(6))


# __getattribute__ and __getattr__ that are descriptors (not functions)
# are bound to the instance through their __get__ before the call.
class Hook:
    def __init__(self, tag, fail):
        self.tag, self.fail, self.calls = tag, fail, 0

    def __get__(self, obj, owner=None):
        def hook(name):
            self.calls += 1
            if self.fail:
                raise AttributeError(name)
            return (self.tag, type(obj).__name__, name)

        return hook


class GA:
    __getattribute__ = Hook("getattribute", False)


class GF:
    __getattr__ = Hook("getattr", False)
    present = 1


class Both:
    __getattribute__ = Hook("getattribute", True)
    __getattr__ = Hook("getattr", False)


print(GA().x, GF().x, GF().present, Both().x)
failing = Hook("failing", True)


class Fails:
    __getattr__ = failing


for k in (Fails, Fails):
    try:
        k().missing
    except AttributeError as e:
        print("AttributeError:", e)
print(failing.calls, GA.__dict__["__getattribute__"].calls, Both.__dict__["__getattribute__"].calls)
