# comparisons: chained (with short-circuit), mixed int/float, strings, sequences, identity, membership
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1.0 == True)
x = 5
print(0 < x <= 5, 0 < x < 5, x == 5 != 6, 1 < x > 3)

def f(v):
    print("eval", v)
    return v

print(f(1) < f(0) < f(2))
print(f(1) < f(2) < f(3))
print("apple" < "banana", "a" < "B", "abc" < "abd", "ab" < "abc", "" < "a")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"), [1] == [1.0])
print(2 ** 64 > 1e19, 10 ** 20 == 1e20, 0.1 + 0.2 == 0.3, 1 != 1.0)
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, None == None, None == 0, 3 in [1, 2, 3], "b" in "abc", "x" not in "abc")
print(2 in (1, 2), "k" in {"k": 1}, 1 in {"k": 1}, [] in [[]], "" in "abc")
print(max("apple", "Banana"), min([3, 1], [2, 9]))
try:
    1 < "a"
except TypeError as e:
    print(e)
try:
    [1] < 1
except TypeError as e:
    print(e)
try:
    None > None
except TypeError as e:
    print(e)
print({1: 2} == {1: 2}, {1: 2, 3: 4} == {3: 4, 1: 2}, (1, 2) == [1, 2], 1 == "1")
