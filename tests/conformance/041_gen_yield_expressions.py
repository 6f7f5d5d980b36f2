# yield as an expression: bare yield, tuples, inside other expressions, arguments, conditions and lists
def g():
    x = yield
    print("x", x)
    y = yield 1, 2
    print("y", y)
    z = (yield) + (yield)
    print("z", z)
    print("arg", (yield "in arg"))
    if (yield "cond"):
        print("true branch")
    lst = [(yield "a"), (yield "b")]
    return lst

gen = g()
print(next(gen))
print(gen.send("X"))
print(gen.send("Y"))
print(gen.send(1))
print(gen.send(2))
print(gen.send("A"))
print(gen.send(True))
print(gen.send(10))
try:
    gen.send(20)
except StopIteration as e:
    print("returned", e.value)

def statement_form():
    yield
    yield None
    v = yield from []
    yield v

print(list(statement_form()))
