class Resource:
    def __init__(self, name):
        self.name = name
        print("open", name)

    def close(self):
        print("close", self.name)


r = Resource("a")
del r
print("after del a")


def scope():
    r = Resource("b")
    print("using b")


scope()
print("after scope")
items = [Resource("c"), Resource("d")]
items.pop()
print("after pop")
items.clear()
print("after clear")
x = Resource("e")
x = Resource("f")
print("rebound")
d = {"k": Resource("g")}
del d["k"]
print("after dict del")
a = [1, 2, 3, 4, 5]
del a[1]
del a[-1]
print(a)
b = {"x": 1, "y": 2}
del b["x"]
print(b)
v = 10
del v
try:
    print(v)
except NameError as e:
    print("NameError:", e)


class Holder:
    pass


h = Holder()
h.attr = Resource("h")
del h.attr
print("after attr del")
try:
    del h.attr
except AttributeError as e:
    print("AttributeError:", e)
try:
    del a[10]
except IndexError as e:
    print("IndexError:", e)
try:
    del b["zzz"]
except KeyError as e:
    print("KeyError:", e)
last = Resource("z")
print("end of program")
