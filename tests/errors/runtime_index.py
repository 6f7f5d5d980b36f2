values = [1, 2, 3]
def last(xs, i):
    return xs[i]
print(last(values, 10))
