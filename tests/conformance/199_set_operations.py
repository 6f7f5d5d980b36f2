a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [7]), a.intersection([2, 3, 9]), a.difference({1}), sorted(a.symmetric_difference([4, 10])))
print(a <= b, {1, 2} <= a, {1, 2} < a, a >= {1}, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9}))
s = set()
s.add(1)
s.add(1)
s.update([2, 3], {4})
s.discard(10)
s.remove(2)
print(s, len(s), 3 in s, s.pop() in {1, 3, 4}, len(s))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
fs = frozenset([1, 2, 2, 3])
print(fs, fs | {4}, type(fs | {4}).__name__, {fs: "hashable"}[frozenset({3, 2, 1})], fs == {1, 2, 3})
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
try:
    fs.add(1)
except AttributeError as e:
    print("AttributeError:", e)
words = "the quick brown the lazy the end quick".split()
print(sorted(set(words)), len(set(words)), sorted({w[0] for w in words}))
seen = set()
unique = []
for w in words:
    if w not in seen:
        seen.add(w)
        unique.append(w)
print(unique)
x = {1, 2}
x |= {3}
x &= {2, 3, 4}
x -= {9}
x ^= {5}
print(sorted(x), set("hello") == set("olleh"), sorted(set(range(5)) - {0, 4}), set() == frozenset())
print(sorted({(1, 2), (1, 2), (2, 1)}), {1, 1.0, True}, len({0, False, 0.0}), set([None, None]))
