items = [1, 2, 3]
total = sum(x * y for x, y in items)
