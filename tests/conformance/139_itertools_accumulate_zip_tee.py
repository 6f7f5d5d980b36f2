# itertools accumulate / zip_longest / tee: functions, initial, fillvalue, independent copies
from itertools import accumulate, zip_longest, tee, count, islice


print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], lambda a, b: a * b)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial=5)))
print(list(accumulate([])))
print(list(accumulate([7])))
print(list(accumulate("abc")))
print(list(accumulate([[1], [2], [3]])))
print(list(accumulate(range(5), lambda a, b: a * 10 + b, initial=1)))
print(list(accumulate(iter([1.5, 2.5]), func=None)))
print(list(islice(accumulate(count()), 6)))
try:
    list(accumulate([1, "a"]))
except TypeError as e:
    print(type(e).__name__, e)

print(list(zip_longest("ABCD", "xy", fillvalue="-")))
print(list(zip_longest("ab", [1, 2, 3, 4])))
print(list(zip_longest()))
print(list(zip_longest([])))
print(list(zip_longest([], [], fillvalue=0)))
print(list(zip_longest("a", "bc", "def", fillvalue=None)))
print(list(zip_longest(range(2), iter("xyz"), fillvalue=0)))
print(list(zip_longest([1, 2])))
try:
    zip_longest([1], 3)
except TypeError as e:
    print(type(e).__name__, e)

a, b = tee([1, 2, 3])
print(list(a), list(b))
a, b, c = tee(iter("abcd"), 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(tee([1], 0))
print(len(tee("xy")), len(tee("xy", 5)))
it = iter(range(5))
x, y = tee(it)
print(next(x), next(x), next(x))
print(list(y))
# tee of a tee
p, q = tee(range(4))
next(p)
r, s = tee(p)
print(list(r), list(s), list(q))
# consumed lazily
pulled = []


def src():
    for i in range(3):
        pulled.append(i)
        yield i


m, n = tee(src())
print(pulled, next(m), pulled, next(n), pulled, list(n), pulled)
print([list(t) for t in tee(count(), 2)] if False else [list(islice(t, 3)) for t in tee(count(), 2)])
try:
    tee([1], -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    tee(5)
except TypeError as e:
    print(type(e).__name__, e)
