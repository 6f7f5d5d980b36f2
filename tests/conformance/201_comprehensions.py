matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == len(row) - 1])
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2 == 0])
print({x % 3: x for x in range(10)})
print({len(w) for w in "a bb cc ddd e".split()})
print(sorted({c for c in "mississippi"}))
gen = (x * x for x in range(4))
print(list(gen), sum(x for x in range(4)))
pairs = [(a, b) for a in range(3) for b in range(a)]
print(pairs)
words = ["apple", "Bob", "cat", "Dog"]
print([w.lower() if w[0].isupper() else w.upper() for w in words])
print([i for i in range(20) if i % 2 if i % 3])
print({k: v for k, v in zip("abc", [1, 2, 3]) if v != 2})
print([[0] * j for j in range(4)])
x = "outer"
print([x for x in range(3)], x)
print([(i, j) for i in range(2) for j in "ab"])
flat = [y for x in [[1, [2]], [3]] for y in x]
print(flat)
primes = [n for n in range(2, 50) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
table = {n: [m for m in range(1, n + 1) if n % m == 0] for n in range(1, 13)}
print(table[12], [n for n, divs in table.items() if len(divs) == 2])
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(map(lambda t: t[0] * t[1], zip([1, 2], [3, 4]))))
print(any(c.isdigit() for c in "abc1"), all(len(w) > 2 for w in words), max((len(w), w) for w in words))
funcs = [lambda n=n: n * 10 for n in range(3)]
print([f() for f in funcs])
print([y := 5, y ** 2], [z for w in range(3) if (z := w * 2) > 0])
