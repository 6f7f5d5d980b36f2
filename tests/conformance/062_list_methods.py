# list methods: append, extend, insert, pop, remove, index, count, reverse, copy, clear, and their errors
a = [3, 1, 2]
a.append(4)
print(a)
a.extend([5, 6])
a.extend(range(7, 9))
a.extend("ab")
print(a)
a.insert(0, "first")
a.insert(-1, "before last")
a.insert(100, "end")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove("a")
print(a)
print(a.index(2), a.count(2), [1, 2, 1, 1].count(1), [1, 2, 3, 2].index(2, 2))
a.reverse()
print(a)
b = a.copy()
b.append("copy only")
print(len(a), len(b))
b.clear()
print(b)
c = [1, 2] + [3] * 2
c += [4]
c *= 2
print(c, len(c), 3 in c, c[-1], min(c), max(c), sum(c))
del c[0]
del c[-2:]
print(c)
for op in ["pop", "remove", "index"]:
    try:
        if op == "pop":
            [].pop()
        elif op == "remove":
            [1].remove(5)
        else:
            [1, 2].index(7)
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
nested = [[0] * 2] * 2
nested[0][0] = 9
print(nested)
m = [[0] * 2 for _ in range(2)]
m[0][0] = 9
print(m)
x = [1, 2, 3]
y = x
y += [4]
print(x, [] == [], [1, [2]] == [1, [2]], [1, 2] != [2, 1])
