class A:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def f():
    x = A("local")
    print("in f")
f()
print("after f")
a = A("global")
del a
print("after del")
b = A("rebound")
b = 5
print("after rebind")
items = [A("l1"), A("l2")]
items = None
print("after list")
class B(A):
    pass
c = B("sub")
c = None
class Bad:
    def __del__(self):
        1 / 0
d = Bad()
d = None
print("after bad")
e = A("at exit")
print("end")
t = (A("t1"), A("t2"))
t = None
def gen():
    try:
        yield 1
    finally:
        print("gen finally at exit")
g = gen()
next(g)
_private = A("private first")
