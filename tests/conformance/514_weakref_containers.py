import weakref, gc

class Node:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Node(%r)" % self.v

# callbacks run once, newest first, with the dead reference
n = Node(1)
log = []
refs = [weakref.ref(n, lambda r, i=i: log.append((i, r() is None))) for i in range(3)]
del n
print(log)

# a reference that dies before its referent is not called
n = Node(2)
r = weakref.ref(n, lambda r: print("never"))
del r
del n
print("no callback")


# equality and hashing
a, b = Node(1), Node(1)
ra, rb = weakref.ref(a), weakref.ref(b)
print(ra == rb, ra == weakref.ref(a), ra != rb)
class Eq:
    def __eq__(self, o):
        return True
    __hash__ = object.__hash__
e1, e2 = Eq(), Eq()
print(weakref.ref(e1) == weakref.ref(e2))
h = hash(ra)
del a
print(hash(ra) == h, ra == rb, ra == ra, ra() is None)
d = {ra: "a"}
print(d[ra])
print(ra == 5, ra != 5)

# subclassing ref
class TaggedRef(weakref.ref):
    def __init__(self, ob, callback=None, tag=None):
        super().__init__(ob, callback)
        self.tag = tag
n = Node(4)
t = TaggedRef(n, None, tag="t")
print(t() is n, t.tag, isinstance(t, weakref.ref), t is weakref.ref(n))
print(weakref.getweakrefcount(n), weakref.getweakrefs(5))
print(type(weakref.ref(n)).__name__, weakref.ref is weakref.ReferenceType)

# weak references to functions, classes, sets, methods, generators
def f():
    return "f called"
rf = weakref.ref(f)
print(rf()())
class K:
    def m(self):
        return "m"
rk = weakref.ref(K)
print(rk() is K)
s = {1, 2}
print(weakref.ref(s)() == {1, 2})
def gen():
    yield 1
g = gen()
print(next(weakref.ref(g)()))
k = K()
bm = k.m
rbm = weakref.ref(bm)
print(rbm()())
del bm
gc.collect()
print(rbm())

# proxies
class Box:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __iter__(self):
        return iter(self.items)
    def __contains__(self, x):
        return x in self.items
    def __add__(self, other):
        return Box(self.items + other.items)
    def __eq__(self, other):
        return isinstance(other, Box) and self.items == other.items
    def __lt__(self, other):
        return len(self.items) < len(other.items)
    def __call__(self, x):
        return x * 2
    def __bool__(self):
        return bool(self.items)
    def __repr__(self):
        return "Box(%r)" % (self.items,)
bx = Box([1, 2, 3])
p = weakref.proxy(bx)
print(len(p), p[0], list(p), 2 in p, p == Box([1, 2, 3]), p < Box([1, 2, 3, 4]), p(21), bool(p))
print((p + Box([4])).items, str(p), type(p).__name__, isinstance(p, weakref.ProxyTypes))
print(weakref.proxy(bx) is p, weakref.getweakrefcount(bx))
n = Node(5)
pn = weakref.proxy(n, lambda pr: print("proxy callback", type(pr).__name__))
print(type(pn).__name__, pn.v)
pn.v = 6
print(n.v)
del n
for op in [lambda: pn.v, lambda: str(pn), lambda: len(pn)]:
    try:
        op()
    except ReferenceError as e:
        print("ReferenceError", e)
num = Node(7)
class Num:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return self.x + o
    def __radd__(self, o):
        return o + self.x
    def __neg__(self):
        return -self.x
    def __int__(self):
        return self.x
q = Num(10)
pq = weakref.proxy(q)
print(pq + 1, 1 + pq, -pq, int(pq))
try:
    weakref.proxy(3)
except TypeError as e:
    print(e)

# WeakValueDictionary details
cache = weakref.WeakValueDictionary()
objs = [Node(i) for i in range(5)]
for o in objs:
    cache[o.v] = o
print(len(cache), sorted(cache.keys()), cache[3])
del objs[1:3]
print(len(cache), sorted(cache), sorted(v.v for v in cache.values()))
try:
    cache[1]
except KeyError as e:
    print("KeyError", e)
print(cache.get(1), cache.get(0), cache.pop(0), len(cache))
print(cache.setdefault(9, Node(9)))
print(len(cache), sorted(k for k, v in cache.items()))
del objs
print(len(cache), list(cache.items()))
wv = weakref.WeakValueDictionary({"a": K, "b": Box})
print(sorted(wv), wv["a"] is K)

# WeakKeyDictionary details
wk = weakref.WeakKeyDictionary()
keys = [Node(i) for i in range(3)]
for i, k in enumerate(keys):
    wk[k] = i * 10
print(len(wk), wk[keys[1]], keys[2] in wk, Node(1) in wk, 5 in wk)
del keys[0]
print(len(wk), sorted(wk.values()))
print(wk.get(keys[0]), wk.pop(keys[0]), len(wk))
keys.clear()
print(len(wk))

# WeakSet details
ws = weakref.WeakSet()
items = [Node(i) for i in range(4)]
for it in items:
    ws.add(it)
print(len(ws), items[0] in ws, Node(0) in ws, 1 in ws)
ws.discard(items[0])
print(len(ws))
del items[1]
print(len(ws), sorted(x.v for x in ws))
try:
    ws.remove(Node(99))
except KeyError:
    print("KeyError on remove")
items.clear()
print(len(ws), list(ws))
try:
    ws.pop()
except KeyError as e:
    print("KeyError", e)
try:
    ws.add(5)
except TypeError as e:
    print("TypeError", e)

# cycles: callbacks at collection
class Pair:
    pass
a, b = Pair(), Pair()
a.other, b.other = b, a
ra = weakref.ref(a, lambda r: print("a collected"))
rb = weakref.ref(b)
del a, b
print(ra() is not None)
gc.collect()
print(ra(), rb())
print("end")

# sets find keys with a Python __eq__ to discard and remove them
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 1
    def __eq__(self, o):
        return self.v == o.v
s = {K(1), K(2)}
s.discard(K(1))
print(len(s))
s.remove(K(2))
print(len(s))
try:
    s.remove(K(3))
except KeyError:
    print("KeyError")
