# sets of integers: operators, membership, add/discard/remove, frozenset, comprehensions (printed sorted)
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(3 in a, 9 in a, len(a), a <= {1, 2, 3, 4, 5}, a.issuperset({1}), a.isdisjoint({9}))
a.add(10)
a.discard(1)
a.discard(99)
a.remove(2)
print(sorted(a))
try:
    a.remove(99)
except KeyError as e:
    print("KeyError", e)
print(sorted(set([3, 3, 1])), set(), len({x % 3 for x in range(100)}))
fs = frozenset([1, 2])
print(sorted(fs), fs == {1, 2}, {fs: "frozen key"}[frozenset({2, 1})])
seen = set()
dups = []
for x in [1, 2, 1, 3, 2]:
    if x in seen:
        dups.append(x)
    seen.add(x)
print(dups, sorted(seen), {1, 2} == {2, 1}, set() == set(), {0} < {0, 1})
