# A metaclass's own mro() decides the class's __mro__.


class M(type):
    def mro(cls):
        print("mro of", cls.__name__, cls.__mro__)
        return [cls, object]


class A:
    def f(self):
        return "A.f"


class B(A, metaclass=M):
    pass


print(B.__mro__, B.mro())
try:
    B().f()
except AttributeError as e:
    print(type(e).__name__, e)


class Rev(type):
    def mro(cls):
        base = type.mro(cls)
        return [base[0]] + base[1:-1][::-1] + [base[-1]]


class P:
    def who(self):
        return "P"


class Q:
    def who(self):
        return "Q"


class R(P, Q, metaclass=Rev):
    pass


print([c.__name__ for c in R.__mro__], R().who())


class Bad(type):
    def mro(cls):
        return [cls, 1]


try:

    class C(metaclass=Bad):
        pass

except TypeError as e:
    print(type(e).__name__, e)


class Boom(type):
    def mro(cls):
        raise ValueError("no order")


try:

    class D(metaclass=Boom):
        pass

except ValueError as e:
    print(type(e).__name__, e)
