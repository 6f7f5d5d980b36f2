# generators consumed by builtins: sum, list, tuple, max, min, sorted, zip, enumerate, dict, any/all, join, in
def gen(n):
    for i in range(n):
        yield (i * 7) % 5

print(sum(gen(10)))
print(list(gen(6)), tuple(gen(3)))
print(max(gen(10)), min(gen(10)))
print(sorted(gen(8)), sorted(gen(8), reverse=True))
print(list(zip(gen(3), "abcdef", gen(10))))
print(list(enumerate(gen(4), start=1)))
print(dict((str(i), v) for i, v in enumerate(gen(3))))
print(len(set(gen(20))))
print(3 in gen(10), 9 in gen(10))
print(any(gen(1)), all(gen(1)))
print(",".join(str(x) for x in gen(5)))
print(list(map(lambda x: x + 1, gen(4))), list(filter(None, gen(6))))
a, b, *rest = gen(5)
print(a, b, rest)
print(max(gen(0), default="empty"))
print(sum(gen(4), 100))
print(list(reversed(list(gen(4)))))
g = gen(10)
print(3 in g, list(g))
