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
