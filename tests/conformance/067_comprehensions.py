# list, dict and set comprehensions: filters, nested loops, nested comprehensions, own scope
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print([[i * j for j in range(3)] for i in range(3)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for row in matrix for i in range(len(row)) if i != 1])
print([list(col) for col in zip(*matrix)])
print({w: len(w) for w in ["apple", "kiwi", "fig"]})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print(sorted({x % 4 for x in range(10)}))
print([c.upper() for c in "abc"], [n for n in [3, -1, 0, 7] if n > 0])
x = "unchanged"
print([x for x in range(3)], x)
print([y if y % 2 else -y for y in range(5)])
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
print([[c for c in w] for w in ["ab", "c"]], [len(s) for s in "a bb ccc".split()])
print(sum([i for i in range(101)]), {i: i ** 2 for i in range(4)}[3])
