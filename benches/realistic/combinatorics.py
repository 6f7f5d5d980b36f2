# Realistic, combinatorial generators: recursive generators with
# `yield from` for permutations, combinations, set partitions and integer
# partitions, an n-queens solver by generator backtracking, and a lazy
# pipeline filtering their outputs. Imports nothing (no itertools).


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            p.insert(0, items[i])
            yield p


def combinations(items, k, start=0):
    if k == 0:
        yield ()
        return
    for i in range(start, len(items) - k + 1):
        for tail in combinations(items, k - 1, i + 1):
            yield (items[i],) + tail


def set_partitions(items):
    if not items:
        yield []
        return
    first = items[0]
    for part in set_partitions(items[1:]):
        for i in range(len(part)):
            yield part[:i] + [[first] + part[i]] + part[i + 1:]
        yield [[first]] + part


def int_partitions(n, largest=None):
    if largest is None:
        largest = n
    if n == 0:
        yield []
        return
    for k in range(min(n, largest), 0, -1):
        for rest in int_partitions(n - k, k):
            yield [k] + rest


def queens(n, row=0, cols=(), diag1=(), diag2=()):
    if row == n:
        yield cols
        return
    for c in range(n):
        if c in cols or row + c in diag1 or row - c in diag2:
            continue
        yield from queens(n, row + 1, cols + (c,), diag1 + (row + c,), diag2 + (row - c,))


def take_every(gen, k):
    for i, x in enumerate(gen):
        if i % k == 0:
            yield x


def main():
    chk = 0
    for p in take_every(permutations(list(range(9))), 7):
        chk = (chk * 31 + p[0] * 8 + p[-1]) & 0xFFFFFFFF
    for c in combinations(list(range(22)), 5):
        chk = (chk + c[0] * c[4] + sum(c)) & 0xFFFFFFFF
    count = 0
    for part in set_partitions(list(range(10))):
        count += 1
        chk = (chk * 7 + len(part)) & 0xFFFFFFFF
    chk = (chk * 31 + count) & 0xFFFFFFFF
    total = 0
    for part in int_partitions(45):
        total += len(part)
    chk = (chk * 31 + total) & 0xFFFFFFFF
    for n in (8, 9, 10):
        sols = 0
        for s in queens(n):
            sols += 1
            chk = (chk + s[0] * n + s[-1]) & 0xFFFFFFFF
        chk = (chk * 31 + sols) & 0xFFFFFFFF
    return chk


print("combinatorics", main())
