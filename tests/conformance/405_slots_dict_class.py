# __slots__, vars() and the class __dict__ view.


class P:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


p = P(1)
print(p.x, hasattr(p, "__dict__"), type(P.x).__name__, P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
p.y = 2
print(p.y)
del p.y
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    vars(p)
except TypeError as e:
    print(type(e).__name__, e)
print(P.x.__get__(p), P.x.__name__)
P.x.__set__(p, 10)
print(p.x)


class Q(P):
    __slots__ = ("z",)


q = Q(5)
q.z = 6
print(q.x, q.z, hasattr(q, "__dict__"))
try:
    q.w = 1
except AttributeError as e:
    print(type(e).__name__, e)


class WithDict(P):
    pass


wd = WithDict(1)
wd.anything = 2
print(wd.anything, vars(wd)['anything'])


class DictSlot:
    __slots__ = ("a", "__dict__")


ds = DictSlot()
ds.a = 1
ds.b = 2
print(ds.a, vars(ds)['b'])


class WeakSlot:
    __slots__ = ("__weakref__",)


print(hasattr(WeakSlot(), "__dict__"))


class StrSlot:
    __slots__ = "only"


s = StrSlot()
s.only = 1
print(s.only)


# vars() and __dict__
class V:
    cls_attr = 1

    def __init__(self):
        self.inst = 2

    def m(self):
        pass


v = V()
print(vars(v), v.__dict__ is vars(v))
v.__dict__["extra"] = 3
print(v.extra)
d = V.__dict__
print(type(d).__name__, d["cls_attr"], "m" in d, "inst" in d)
try:
    d["new"] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    V.__dict__.clear()
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(k for k in vars(V) if not k.startswith("__")))
print(d.get("cls_attr"), d.get("zz", "default"), len([k for k in d.keys() if k == "m"]))
V.added = 4
print("added" in V.__dict__)
try:
    vars(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
