# sorting: sort() in place with key and reverse, sorted(), stability (also with reverse=True), errors
nums = [5, 2, 9, 1, 5, 6]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ["banana", "Apple", "cherry", "date", "Elder", "fig"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
people = [("ann", 31), ("bob", 25), ("cy", 31), ("dee", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people))
print(sorted((3, 1, 2)), sorted("hello"), sorted({3: "a", 1: "b"}))
print(sorted([1.5, 1, -2, 2 ** 70, 0.0]))
print(sorted([], key=len), sorted([[2, 1], [1, 2], [1]]))
x = [3, 1, 2]
print(x.sort(), x)
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
print(max(words, key=len), min(words, key=len), max([], default=None))
print(sorted(range(10), key=lambda n: n % 3))
