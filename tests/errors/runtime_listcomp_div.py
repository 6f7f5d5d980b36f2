def f(a, b):
    return a / b
values = [(1, 2), (3, 0)]
results = [f(a, b) for a, b in values]
