# itertools groupby: keys, consecutive runs, key functions, advancing past unconsumed groups
from itertools import groupby

print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3, 1])])
print(list(groupby([])))
print([(k, list(g)) for k, g in groupby("x")])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
print([(k, list(g)) for k, g in groupby(words, key=lambda w: w[0])])
print([(k, list(g)) for k, g in groupby(sorted(words), lambda w: w[0])])
print([(k, list(g)) for k, g in groupby(range(10), key=lambda n: n // 3)])
print([(k, list(g)) for k, g in groupby([1, 3, 5, 2, 4, 7], key=lambda n: n % 2 == 0)])

# groups share the underlying iterator: materialise before advancing
groups = []
keys = []
for k, g in groupby("aabbbc"):
    groups.append(list(g))
    keys.append(k)
print(keys, groups)

# an old group is empty once the outer iterator has moved on
saved = [(k, g) for k, g in groupby("aabbbc")]
print([(k, list(g)) for k, g in saved])

# partly consumed group
gb = groupby("aaabbc")
k, g = next(gb)
print(k, next(g))
k2, g2 = next(gb)
print(k2, list(g2), list(g))
k3, g3 = next(gb)
print(k3, list(g3))
try:
    next(gb)
except StopIteration:
    print("StopIteration")

# the group iterator is exhausted at the end of its run
gb = groupby([1, 1, 2])
k, g = next(gb)
print(list(g), list(g))

# key function is called once per item
calls = []


def key(x):
    calls.append(x)
    return x > 2


print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 1], key)], calls)
print([(k, "".join(g)) for k, g in groupby("Mississippi")])

try:
    groupby(5)
except TypeError as e:
    print(type(e).__name__, e)
