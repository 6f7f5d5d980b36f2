# range objects: len, indexing, slicing, membership, negative steps, repr, equality, big bounds
r = range(2, 20, 3)
print(r, len(r), r[0], r[-1], r[2:4], list(r[::-1]), 11 in r, 12 in r)
print(list(range(10, 0, -3)), len(range(10, 0, -3)), range(0, 10, 2)[3])
print(range(5) == range(0, 5), range(0) == range(5, 5), len(range(0, -5)), list(range(-3, 3)))
print(r.index(8), r.count(8), r.start, r.stop, r.step)
print(sum(range(1, 101)), max(range(7)), min(range(3, 9)))
print(range(10 ** 20)[-1], range(0, 10 ** 20, 7)[10 ** 18], 10 ** 19 in range(0, 10 ** 20, 5))
try:
    range(1, 5, 0)
except ValueError as e:
    print(e)
try:
    range(3)[5]
except IndexError as e:
    print(e)
for i in range(3, -1, -1):
    print(i, end=" ")
print()
print(list(range(1, 10)[1::2]), range(1, 10)[::-1])
