import sys
# An instance whose class's __call__ is itself an instance: CPython
# recurses until RecursionError.
class A:
    pass
A.__call__ = A()
try:
    A()()
except RecursionError as e:
    print("RecursionError:", e)

class B:
    pass
class C:
    pass
B.__call__ = C()
C.__call__ = B()
try:
    B()(1, k=2)
except RecursionError as e:
    print("RecursionError:", e)

# an ordinary __call__ chain still works
class F:
    def __call__(self, x):
        return x + 1
class G:
    __call__ = F()
print(G()(1))
print(sys.getrecursionlimit())
