# Set displays print in CPython's order: displays of three or more constants
# are folded into frozenset constants, others are built item by item.
print({1, 9, 17, 25})
print({25, 17, 9, 1})
print({3, 11, 19, 27, 35})
print({0, 8, 16, 2, 10, 24, 32, 40})
print({-1, 7, -9, 15})
print({1, 2, 3}, {3, 2, 1})
x = 9
print({1, x, 17, 25})
print({x, 1, 17, 25})
print({1, 9})
print({1.5, 9, 17})
print({1, 1, 9, 17, 9})
print({True, 1, 9, 17})
print(sorted({"b", "a", "c"}))
def f():
    return {33, 1, 65, 97}
print(f(), f() == {1, 33, 65, 97})
print([len(s) for s in ({1, 9}, {1, 9, 17}, {0, 64, 128, 192, 256, 320})])
print({0, 64, 128, 192, 256, 320})
print([x for x in {40, 30, 20, 10, 9, 8}])
for x in {1, 9, 17, 25, 33}:
    print(x, end=" ")
print()
print(list(x * 2 for x in {3, 11, 19}), [x for x in {7, 15}])
s = {40, 30, 20, 10, 9, 8}
print(s, list(s))
