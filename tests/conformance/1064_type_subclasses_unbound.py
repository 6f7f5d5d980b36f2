# type.__subclasses__(C) called through type lists C's subclasses (issue 11).
class A: pass
class B(A): pass
class C(A): pass
print(type.__subclasses__(A), A.__subclasses__(), type.__subclasses__(B))
print(type.__subclasses__ is type.__dict__['__subclasses__'], type(type.__subclasses__).__name__)
try:
    type.__subclasses__(1)
except TypeError as e:
    print(e)
print(int.__subclasses__() == type.__subclasses__(int))
class M(type): pass
class N(M): pass
try:
    M.__subclasses__()
except TypeError as e:
    print(e)
print(type.__subclasses__(M), M.__subclasses__(M))
print(object.__subclasses__ is not None, A.__subclasses__ == A.__subclasses__)
