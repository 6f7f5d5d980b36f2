# Slot reads and writes (member descriptors) go straight to the slot; every
# case the descriptor protocol decides must still come out as CPython's.
class A:
    __slots__ = ('x', 'y')
class B(A):
    __slots__ = ('z',)
b = B()
try:
    b.x
except AttributeError as e:
    print(type(e).__name__, e)
b.x = 1; b.z = 3
print(b.x, b.z)
del b.x
try:
    print(b.x)
except AttributeError as e:
    print(type(e).__name__, e)
A.w = A.y
a = A(); a.w = 5; print(a.y, a.w)
class C:
    __slots__ = ('x',)
try:
    C.x.__get__(A())
except TypeError as e:
    print(type(e).__name__, e)
print(type(C.x).__name__, C.x.__name__, C.x.__objclass__.__name__)
class P(A):
    @property
    def x(self): return 'prop'
print(P().x)
A.x = 7
print(A().x)
class Node:
    __slots__ = ("kind", "kids")

    def __init__(self, kind):
        self.kind = kind
        self.kids = []


n = Node("root")
for i in range(5):
    n.kids.append(Node("leaf%d" % i))
print(n.kind, [k.kind for k in n.kids])
n.kind = "renamed"
print(n.kind)
try:
    n.other = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(n, "__dict__"))
try:
    Node.kind.__set__(a, 1)
except TypeError as e:
    print(type(e).__name__, e)
Node.kind.__set__(n, "via descriptor")
print(Node.kind.__get__(n), Node.kind.__get__(None, Node) is Node.kind)
