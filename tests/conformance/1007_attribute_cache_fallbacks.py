# Attribute loads, stores and method calls remember what they found for a
# class; every change to a class (its dict, a base's dict, its bases, a
# descriptor added later) must make them look again.


class Base:
    def m(self):
        return "Base.m"


class C(Base):
    def __init__(self, v):
        self.x = v

    def m(self):
        return "C.m"


def read_x(objs):
    return [o.x for o in objs]


def call_m(objs):
    return [o.m() for o in objs]


objs = [C(i) for i in range(3)]
for _ in range(3):
    print(read_x(objs), call_m(objs))

# A property added to the class after loads were cached wins over the dict.
C.x = property(lambda self: "prop")
print(read_x(objs))
del C.x
print(read_x(objs))

# A property added to a base reaches the subclass's cached loads.
Base.x = property(lambda self: "base prop")
print(read_x(objs))
del Base.x
print(read_x(objs))

# Methods: rebinding, deleting to reveal the base's, shadowing per instance.
C.m = lambda self: "new C.m"
print(call_m(objs))
del C.m
print(call_m(objs))
objs[1].m = lambda: "instance m"
print(call_m(objs))
del objs[1].m
print(call_m(objs))


class Mid(Base):
    pass


class D(Mid):
    pass


ds = [D(), D()]
print(call_m(ds))
Mid.m = lambda self: "Mid.m"
print(call_m(ds))
del Mid.m
print(call_m(ds))


# New bases change what a cached method load finds.
class Other:
    def m(self):
        return "Other.m"


D.__bases__ = (Other,)
print(call_m(ds))
D.__bases__ = (Mid,)
print(call_m(ds))

# __class__ assignment between calls.
o = C(9)
print(call_m([o]), read_x([o]))
o.__class__ = D
print(call_m([o]), read_x([o]))


# Stores: a __setattr__ added later decides.
class S:
    pass


def store(objs, v):
    for o in objs:
        o.y = v


ss = [S(), S()]
store(ss, 1)
print([s.y for s in ss])
log = []
S.__setattr__ = lambda self, k, v: log.append((k, v))
store(ss, 2)
print([s.y for s in ss], log)
del S.__setattr__
store(ss, 3)
print([s.y for s in ss])

# A data descriptor's store, added to the class later.
class Setter:
    def __get__(self, o, t=None):
        return "got"

    def __set__(self, o, v):
        log.append(("set", v))


S.y = Setter()
store(ss, 4)
print([s.y for s in ss], log[-2:])
del S.y
print([s.y for s in ss])


# Slots: cached slot loads and stores, an unset slot, a slot member bound
# under another name.
class Sl:
    __slots__ = ("a", "b")


def slot_rw(objs):
    out = []
    for o in objs:
        o.a = len(out)
        out.append(o.a)
    return out


sl = [Sl(), Sl()]
print(slot_rw(sl), slot_rw(sl))
try:
    sl[0].b
except AttributeError as e:
    print(type(e).__name__, e)
Sl.c = Sl.b
sl[0].c = "via c"
print(sl[0].b, sl[0].c)
try:
    sl[0].z = 1
except AttributeError as e:
    print(type(e).__name__, e)


# Polymorphic sites: many classes through one instruction.
class K1:
    def m(self):
        return 1
    v = 10


class K2:
    def m(self):
        return 2

    def __init__(self):
        self.v = 20


class K3(K1):
    pass


ks = [K1(), K2(), K3(), K1(), K2()]
for _ in range(2):
    print([k.m() for k in ks], [k.v for k in ks])
K1.v = 11
print([k.v for k in ks])


# __getattr__ on a cached class: a missing name still reaches it.
class G:
    def __init__(self):
        self.here = 1

    def __getattr__(self, name):
        return "getattr " + name


gs = [G(), G()]
print([g.here for g in gs], [g.missing for g in gs])
G.__getattr__ = lambda self, name: "new getattr " + name
print([g.missing for g in gs])


# Builtin methods by type: a list's append stays a list's.
class L(list):
    def append(self, x):
        list.append(self, x * 10)


for seq in ([], L(), []):
    for i in range(3):
        seq.append(i)
    print(type(seq).__name__, seq)

# A class-level counter rebound in a loop: loads stay right.
class Counter:
    n = 0

    def bump(self):
        Counter.n += 1
        return self.n


c = Counter()
print([c.bump() for _ in range(5)])


# Class constants read through instances: an instance's own value comes
# first, a deleted one reveals the class's again, a rebound constant is
# seen, and a constant replaced by a descriptor or a method binds.
class Const:
    limit = 5
    name = "const"

    def __init__(self):
        self.own = 1


def limits(objs):
    return [(o.limit, o.name) for o in objs]


cs = [Const(), Const()]
print(limits(cs), limits(cs))
cs[0].limit = 99
print(limits(cs))
del cs[0].limit
print(limits(cs))
Const.limit = 6
print(limits(cs))
Const.limit = property(lambda self: "limit prop")
print(limits(cs))
Const.limit = lambda self: "method"
print([o.limit() for o in cs])
Const.limit = 7


class SubConst(Const):
    name = "sub"


print(limits([SubConst(), Const()]))
del SubConst.name
print(limits([SubConst(), Const()]))
