# sets iterate in CPython's order (its table layout and growth), tuple hashes are CPython's
print({3, 1, 2}, {10, 5, 7, 1}, set(range(20, 0, -3)), {-1, -2, 0}, {100, 8, 16, 1})
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash((1.5, -7)))
s = set()
for i in [50, 3, 99, 12, 7, 64, 1000, 2]:
    s.add(i)
print(s, len(s))
s.discard(99); s.add(33); print(s)
print({(1, 2), (3, 4), (0, 0)}, frozenset([5, 3, 9]), {1.5, 2.5, 0.5})
print(sorted({"b", "a"}), {x * x for x in range(10)}, set([4, 4, 2]) | {9, 1}, {1, 2, 3} & {2, 3, 4}, {1, 2, 3} - {2})
big = set(range(0, 2000, 7))
print(list(big)[:10], len(big))
print([x for x in {40, 30, 20, 10, 9, 8}])
