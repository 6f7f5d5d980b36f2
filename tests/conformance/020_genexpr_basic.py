# generator expressions: laziness, nested for/if, consumption by builtins, single use
squares = (x * x for x in range(5))
print(repr(squares).split(" at 0x")[0] + ">")
print(next(squares), next(squares))
print(list(squares))
print(list(squares))
print(sum(x for x in range(101)))
pairs = ((a, b) for a in range(4) for b in range(a) if (a + b) % 2 == 1)
print(list(pairs))
print(max(len(w) for w in ["a", "abc", "ab"]))
print("-".join(str(n) for n in [3, 1, 2]))

def noisy(n):
    print("producing", n)
    return n

lazy = (noisy(i) for i in range(3))
print("created")
for v in lazy:
    print("consumed", v)
print(any(x > 2 for x in [1, 2, 3]), all(x > 0 for x in [1, -1]))
print(list(sum(row) for row in [[1, 2], [3, 4]]))
print(type(x for x in []).__name__)
print(list((x, y) for x in "ab" for y in (x * 2, x * 3)))
