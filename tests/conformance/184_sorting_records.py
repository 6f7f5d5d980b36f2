from functools import cmp_to_key

people = [
    ("alice", 31, "paris"),
    ("bob", 25, "berlin"),
    ("carol", 31, "amsterdam"),
    ("dave", 25, "paris"),
    ("eve", 40, "berlin"),
    ("frank", 19, "rome"),
]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[2], reverse=True))
by_city = sorted(people, key=lambda p: p[2])
print([p[0] for p in sorted(by_city, key=lambda p: p[1])])


def compare(a, b):
    if a[2] != b[2]:
        return -1 if a[2] < b[2] else 1
    return b[1] - a[1]


print([p[0] for p in sorted(people, key=cmp_to_key(compare))])
names = [p[0] for p in people]
names.sort(key=len)
print(names)
names.sort(key=lambda n: n[-1], reverse=True)
print(names)
words = "The quick Brown fox Jumps over the lazy Dog".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (len(w), w.lower())))
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print(sorted(nums, key=abs), sorted(nums, reverse=True), min(nums, key=abs), max(nums, key=lambda n: n * n))
print(sorted("hello world"), sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
records = [{"n": "x", "v": 2}, {"n": "y", "v": 1}, {"n": "z", "v": 2}]
print([r["n"] for r in sorted(records, key=lambda r: r["v"])])
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([[2, 1], [1, 2], [1]]))
print(list(reversed(sorted(range(5)))), sorted(range(10), key=lambda n: n % 3))
