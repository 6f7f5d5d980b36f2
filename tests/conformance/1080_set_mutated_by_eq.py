# A key's __eq__ that changes the set being searched (clears it, grows it):
# lookups start again instead of using a stale slot, and no operation
# crashes. Sets used as keys of set lookups stand for frozensets.
import operator

log = []


class Bad:
    def __init__(self, n, target):
        self.n = n
        self.target = target

    def __hash__(self):
        return 1

    def __eq__(self, other):
        log.append(self.n)
        if self.target and self.n % 3 == 0:
            self.target[0].clear()
        return False


def fresh(n):
    holder = [None]
    s = set()
    holder[0] = s
    for i in range(n):
        s.add(Bad(i, None))
    for e in list(s):
        e.target = holder
    return s, holder


for name in ["and_", "or_", "sub", "xor", "eq", "ne", "le", "lt", "ge", "gt"]:
    for size in (4, 9):
        a, _ = fresh(size)
        b, _ = fresh(size)
        try:
            r = getattr(operator, name)(a, b)
            outcome = type(r).__name__
        except RuntimeError as e:
            outcome = "RuntimeError"
        print(name, size, outcome, "a left:", len(a) <= size, "b left:", len(b) <= size)

for method in ["discard", "remove", "__contains__"]:
    s, holder = fresh(6)
    probe = Bad(99, holder)
    try:
        getattr(s, method)(probe)
        print(method, "done", len(s))
    except KeyError:
        print(method, "KeyError", len(s))

s = {frozenset({1, 2}), frozenset()}
print({1, 2} in s, set() in s, {3} in s)
s.discard({1, 2})
print(s)
k = {9}
try:
    s.remove(k)
except KeyError as e:
    print("KeyError", e.args[0] is k)


class SS(set):
    pass


print(SS({1, 2}) in {frozenset({1, 2})})
try:
    {1} in {frozenset({1}): 'x'}
except TypeError as e:
    print("TypeError", e)
