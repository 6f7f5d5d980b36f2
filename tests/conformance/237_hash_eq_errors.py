class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k

    def __hash__(self):
        return hash(self.k)


class NoHash:
    def __eq__(self, other):
        return True


d = {Key(1): "one", Key(2): "two"}
print(d[Key(1)], Key(2) in d, Key(3) in d, len({Key(1), Key(1), Key(2)}))
for bad in [lambda: {NoHash(): 1}, lambda: hash([]), lambda: {{}: 1}, lambda: set([[1]]), lambda: hash({1}), lambda: {(1, [2]): 0}]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(NoHash.__hash__, NoHash() == 5, hash((1, 2)) == hash((1, 2)), hash("a") == hash("a"), hash(1) == hash(1.0) == hash(True))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(None) == hash(None), hash(()) == hash(()))


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("  eq called")
        return self.v == getattr(other, "v", other)

    __hash__ = None


print(Eq(1) == Eq(1), Eq(1) != Eq(2), Eq(3) == 3, 3 == Eq(3))
print([Eq(1)].count(1), Eq(2) in [1, 2], [Eq(5)].index(5))
print(1 == 1.0, "1" == 1, None == 0, [] == (), (1,) == [1], {1: 2} == {1: 2.0})
x = float("nan")
print(x in [x], [x] == [x], x == x)
