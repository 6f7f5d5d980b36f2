# tuples and unpacking: packing, nested and starred unpacking, swaps, single-element tuples, errors
t = 1, 2, 3
print(t, type(t).__name__, len(t), t[1], t[-1], t + (4,), t * 2)
single = (5,)
empty = ()
print(single, empty, (5), len(single), type(empty).__name__)
a, b, c = t
print(a, b, c)
a, b = b, a
print(a, b)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
head, *rest = [1]
print(head, rest)
(x, y), z = (1, 2), 3
print(x, y, z)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
print(t.count(2), t.index(3), 2 in t, tuple(reversed(t)), max(t))
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print(e)
try:
    t[0] = 9
except TypeError as e:
    print(e)
print((1, 2) + (3,), (1, [2, 3]), ((1,),), (1, 2) < (1, 3))

def multi():
    return 1, "two", [3]

n, s, l = multi()
print(n, s, l, multi())
print(tuple(), tuple("ab"), tuple(x * 2 for x in range(3)))
