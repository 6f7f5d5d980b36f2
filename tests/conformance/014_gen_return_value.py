# return value in a generator -> StopIteration.value; bare return -> None
def gen(n):
    total = 0
    for i in range(n):
        total += yield i
    return total, "done"

g = gen(3)
next(g)
g.send(10)
g.send(20)
try:
    g.send(30)
except StopIteration as e:
    print(e.value)
    print(e.args)
    print(repr(e))

def plain():
    yield 1
    return

p = plain()
next(p)
try:
    next(p)
except StopIteration as e:
    print(e.value, e.args)

def returns_list():
    return [1, 2]
    yield

try:
    next(returns_list())
except StopIteration as e:
    print("value", e.value, "str", str(e))
e = StopIteration(42)
print(e.value, e.args, StopIteration().value, StopIteration(1, 2).value)
