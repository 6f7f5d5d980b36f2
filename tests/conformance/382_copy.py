# copy.copy and copy.deepcopy: builtin containers, shared and recursive
# structures, instances (dict and slots state), __copy__/__deepcopy__,
# __getstate__/__setstate__, __reduce__, subclasses of list and dict.
import copy

a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
print(s == a, s is a, s[1] is a[1], d[1] is a[1], d[2]["k"] is a[2]["k"], d == a)
t = (1, 2, (3, 4))
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
dt = copy.deepcopy(t2)
print(dt == t2, dt is t2, dt[1] is t2[1])
print(copy.copy({1, 2}) == {1, 2}, copy.deepcopy(frozenset([1])) == frozenset([1]))
print(copy.copy("s"), copy.deepcopy(42), copy.deepcopy(None), copy.copy(len) is len)

shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
rec = [1]
rec.append(rec)
rd = copy.deepcopy(rec)
print(rd[1] is rd, rd is rec)
dr = {}
dr["self"] = dr
drc = copy.deepcopy(dr)
print(drc["self"] is drc)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.tags = ["t"]

    def __repr__(self):
        return "Point(%r, %r, %r)" % (self.x, self.y, self.tags)


p = Point(1, 2)
pc = copy.copy(p)
pd = copy.deepcopy(p)
print(pc, pc is p, pc.tags is p.tags, pd.tags is p.tags, type(pd).__name__)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = [1]


sl = Slotted()
slc = copy.deepcopy(sl)
print(slc.a, slc.a is sl.a, hasattr(slc, "b"))


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("__copy__ called")
        return Custom(self.v + 1)

    def __deepcopy__(self, memo):
        print("__deepcopy__ called with", type(memo).__name__)
        return Custom(self.v + 100)


print(copy.copy(Custom(1)).v, copy.deepcopy(Custom(1)).v)
print(copy.deepcopy([Custom(5)])[0].v)


class State:
    def __init__(self):
        self.a = 1
        self.secret = "x"

    def __getstate__(self):
        print("getstate")
        return {"a": self.a}

    def __setstate__(self, state):
        print("setstate", state)
        self.__dict__.update(state)


sc = copy.copy(State())
print(sorted(vars(sc)))


class Reduced:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return (Reduced, (self.n * 2,))


print(copy.copy(Reduced(3)).n, copy.deepcopy(Reduced(4)).n)


class MyList(list):
    pass


class MyDict(dict):
    pass


ml = MyList([1, [2]])
ml.extra = "e"
mlc = copy.deepcopy(ml)
print(type(mlc).__name__, mlc, mlc[1] is ml[1], mlc.extra)
md = MyDict(a=[1])
mdc = copy.copy(md)
print(type(mdc).__name__, mdc, mdc["a"] is md["a"])


class WithMethod:
    def m(self):
        return 1


print(copy.deepcopy(WithMethod).__name__, copy.copy(Point) is Point)
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
