# isinstance() also answers by obj.__class__ when the type test fails, as
# CPython does (proxies and unittest.mock's spec'd mocks rely on it).


class Real:
    pass


class SubReal(Real):
    pass


class Proxy:
    @property
    def __class__(self):
        return Real


class Changeable:
    def __init__(self, cls):
        self._cls = cls

    @property
    def __class__(self):
        return self._cls


class Raising:
    @property
    def __class__(self):
        raise AttributeError("no class here")


class Failing:
    @property
    def __class__(self):
        raise ValueError("broken __class__")


class NotAType:
    @property
    def __class__(self):
        return 42


p = Proxy()
print(isinstance(p, Real), isinstance(p, Proxy), isinstance(p, SubReal), isinstance(p, (int, Real)))
print(type(p).__name__, p.__class__.__name__)
print(isinstance(Changeable(SubReal), Real), isinstance(Changeable(int), int), isinstance(Changeable(int), str))
print(isinstance(Raising(), Real), isinstance(Raising(), Raising))
print(isinstance(NotAType(), int), isinstance(NotAType(), NotAType))
try:
    isinstance(Failing(), Real)
except ValueError as e:
    print(type(e).__name__, e)
print(isinstance(Failing(), Failing))
print(issubclass(Proxy, Real))


class Plain:
    pass


print(isinstance(Plain(), Real), isinstance(Plain(), Plain), isinstance(3, Real))
