def total(items):
    count = len(items)
    return count + "items"

print(total([1, 2]))
