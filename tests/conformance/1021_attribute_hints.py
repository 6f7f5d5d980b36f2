# Instance attributes read and written through per-instruction position
# hints: the hint must never return a stale or deleted value.


class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b


def read_a(o):
    return o.a


def read_b(o):
    return o.b


def write_a(o, v):
    o.a = v


ps = [P(i, -i) for i in range(5)]
print([read_a(p) for p in ps], [read_b(p) for p in ps])

# Same attribute at different positions in different instances.
q = P(1, 2)
r = P.__new__(P)
r.b = "b first"
r.a = "a second"
r.extra = 0
print(read_a(q), read_a(r), read_b(q), read_b(r), read_a(q), read_b(r))

# Deleting, re-adding (the key moves to the end), reading again.
del q.a
try:
    read_a(q)
except AttributeError as e:
    print("AttributeError", e)
q.a = "back"
print(read_a(q), read_b(q), vars(q))
write_a(q, "written")
write_a(r, "written too")
print(vars(q), vars(r))

# Many attributes added and removed: the dict compacts, positions shift.
for i in range(40):
    setattr(q, "k%d" % i, i)
for i in range(0, 40, 2):
    delattr(q, "k%d" % i)
print(read_a(q), read_b(q), q.k1, q.k39, len(vars(q)))

# A replaced __dict__.
q.__dict__ = {"b": "new b", "a": "new a"}
print(read_a(q), read_b(q))
write_a(q, 5)
print(q.__dict__)


# A property or __getattr__ that appears later wins over the dict.
class Later:
    def __init__(self):
        self.a = "from dict"


x = Later()
print(read_a(x))
Later.a = property(lambda self: "from property")
print(read_a(x))
del Later.a
print(read_a(x))


class Fallback:
    def __getattr__(self, name):
        return "fallback " + name


f = Fallback()
print(read_a(f))
f.a = "own"
print(read_a(f))
del f.a
print(read_a(f))


# __slots__ and class attributes through the same instructions.
class Slotted:
    __slots__ = ("a", "b")


s = Slotted()
write_a(s, "slot")
print(read_a(s))
try:
    read_b(s)
except AttributeError as e:
    print("AttributeError", e)


class WithClassAttr:
    a = "class level"


w = WithClassAttr()
print(read_a(w))
write_a(w, "instance level")
print(read_a(w), WithClassAttr.a)
