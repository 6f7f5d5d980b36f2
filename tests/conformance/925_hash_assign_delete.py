# Assigning and deleting __hash__ on classes after instances exist: each
# change is seen through subclasses; deleting None makes the class hash
# as its bases do again.
class A(object):
    pass
class B(A):
    pass
class C(A):
    pass
class D(B, C):
    pass
d = D()
def t():
    try: print(hash(d))
    except TypeError as e: print("TypeError", e)
A.__hash__ = lambda self: 42; t()
C.__hash__ = lambda self: 314; t()
B.__hash__ = lambda self: 144; t()
D.__hash__ = lambda self: 100; t()
D.__hash__ = None; t()
del D.__hash__; t()
B.__hash__ = None; t()
del B.__hash__; t()
C.__hash__ = None; t()
del C.__hash__; t()
del A.__hash__
print(hash(d) == object.__hash__(d))
class E:
    def __eq__(self, o): return True
try: hash(E())
except TypeError as e: print("TypeError", e)
E.__hash__ = lambda self: 5
print(hash(E()))
del E.__hash__
e = E()
print(hash(e) == object.__hash__(e))
