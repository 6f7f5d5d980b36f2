a, b = 1, 2
a, b = b, a
print(a, b)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
head, *rest = [1]
print(init, tail, head, rest)
(x, y), z = (1, 2), 3
print(x, y, z)
for i, (name, score) in enumerate([("a", 1), ("b", 2)]):
    print(i, name, score)
for k, v in {"p": 1, "q": 2}.items():
    print(k, v)
nested = [(1, (2, 3)), (4, (5, 6))]
print([a + b + c for a, (b, c) in nested])
p, q, r = "xyz"
print(p, q, r)
m, n = {"m": 1, "n": 2}
print(m, n)
print(*[1, 2, 3], sep="-")
print(*"ab", *range(2))
print([*range(3), *"de"], (*[1], 2), {*"aab"} == {"a", "b"}, {**{"k": 1}, "j": 2})
for bad in ["a, b = 1, 2, 3", "a, b, c = 1, 2", "a, b = 5", "a, *b, c = [1]"]:
    try:
        exec(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
def pair():
    return 10, 20
lo, hi = pair()
print(lo, hi, pair())
values = [3, 1, 2]
values[0], values[2] = values[2], values[0]
print(values)
matrix = [[1, 2, 3], [4, 5, 6]]
cols = list(zip(*matrix))
print(cols, [list(c) for c in cols])
a = b = c = []
a.append(1)
print(a, b, c, a is c)
i = 0
items = [0, 0, 0]
i, items[i] = 1, 5
print(i, items)
(a, b), [c, d] = "xy", (3, 4)
print(a, b, c, d)
first, second, *_ = "hello world foo bar".split()
print(first, second, _)
