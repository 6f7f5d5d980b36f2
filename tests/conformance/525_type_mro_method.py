class A: pass
class B(A): pass
print(A.mro(), type.mro(B), int.mro(), B().__class__.mro(), bool.mro())
class M(type): pass
class C(B, metaclass=M): pass
print(C.mro(), M.mro(M), type.mro(M))
try:
    M.mro()
except TypeError as e:
    print("TypeError", e)
class D:
    def mro(self): return "own"
print(D().mro(), D.mro(D()))
