# class statements with *bases and **keywords (PEP 3115 call syntax)
d = {'metaclass': type}
class A(**d): pass
print(A, type(A))

def meta(name, bases, ns, **kw):
    print("meta", name, bases, sorted(kw.items()))
    return type(name, tuple(b for b in bases if isinstance(b, type)), dict(ns))

class B(0, *range(1, 3), **{'metaclass': meta}, foo='bar'): pass
print(B)

bases = (A,)
class C(*bases): x = 1
print(C.__mro__, C.x)

class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, sorted(kw.items()))
opts = {"color": "red", "size": 3}
class D(Base, **opts): pass
class E(*[Base], flavour="x", **{"n": 1}): pass

try:
    class F(**{'metaclass': meta}, metaclass=type): pass
except TypeError as e:
    print("TypeError", e)
try:
    class G(*5): pass
except TypeError as e:
    print("TypeError", e)
try:
    class H(**[1]): pass
except TypeError as e:
    print("TypeError", e)
