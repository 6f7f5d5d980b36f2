# generator expression scoping: the first iterable is evaluated at once, the rest lazily; free names bind late
try:
    g = (x for x in 1 / 0)
except ZeroDivisionError:
    print("first iterable evaluated eagerly")
try:
    g = (x for x in 5)
except TypeError as e:
    print("iter() called eagerly:", e)
g = (y for x in range(2) for y in undefined_name)
print("created without error")
try:
    next(g)
except NameError as e:
    print("NameError", e)
items = [1, 2, 3]
g = (x for x in items)
items = [10, 20]
print(list(g))
factor = 1
g = (x * factor for x in range(3))
factor = 100
print(list(g))
x = "outer x"
print(list(x for x in "ab"))
print(x)

class C:
    data = [1, 2, 3]
    doubled = list(v * 2 for v in data)
    limit = 2
    try:
        filtered = list(v for v in data if v > limit)
    except NameError as e:
        filtered = "NameError: " + str(e)

print(C.doubled)
print(C.filtered)
