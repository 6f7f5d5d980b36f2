def average(xs):
    assert len(xs) > 0, "empty input"
    return sum(xs) / len(xs)

print(average([2, 4]))
print(average([]))
