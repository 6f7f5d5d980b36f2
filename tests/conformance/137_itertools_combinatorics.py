# itertools product / permutations / combinations / combinations_with_replacement: orders, sizes, edge cases
from itertools import product, permutations, combinations, combinations_with_replacement as cwr
from math import factorial

print(list(product("ab", range(2))))
print(list(product([1, 2], repeat=2)))
print(list(product("ab", "xy", repeat=2))[:6], len(list(product("ab", "xy", repeat=2))))
print(list(product()))
print(list(product([])))
print(list(product("ab", [])))
print(list(product("ab", repeat=0)))
print(list(product(iter([1, 2]), iter("c"))))
print(len(list(product(range(4), repeat=5))))
print(["".join(p) for p in product("01", repeat=3)])

print(list(permutations("abc")))
print(list(permutations(range(3), 2)))
print(list(permutations([1, 2, 3], 0)))
print(list(permutations([1, 2], 3)))
print(list(permutations([])))
print(list(permutations("aab", 2)))
print(list(permutations(iter("xy"), r=None)))
print(len(list(permutations(range(6)))) == factorial(6))
print(list(permutations(range(4)))[10:14])

print(list(combinations("abcd", 2)))
print(list(combinations(range(5), 3)))
print(list(combinations("abc", 0)))
print(list(combinations("abc", 4)))
print(list(combinations([], 0)))
print(list(combinations([1, 1, 2], 2)))
print(len(list(combinations(range(10), 4))))

print(list(cwr("abc", 2)))
print(list(cwr(range(3), 3)))
print(list(cwr("ab", 0)))
print(list(cwr([], 0)))
print(list(cwr([], 2)))
print(list(cwr("x", 3)))
print(len(list(cwr(range(5), 3))))

for fn, args in [(permutations, ("abc", -1)), (combinations, ("abc", -1)),
                 (cwr, ("abc", -2)), (product, ())]:
    try:
        if fn is product:
            product("ab", repeat=-1)
        else:
            fn(*args)
    except ValueError as e:
        print(type(e).__name__, e)

try:
    list(product(1, "a"))
except TypeError as e:
    print(type(e).__name__, e)
