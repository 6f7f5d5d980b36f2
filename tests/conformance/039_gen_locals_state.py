# each generator instance keeps its own arguments, locals and loop position between resumptions
def counter(name, step=1):
    total = 0
    for i in range(3):
        total += step
        yield f"{name}:{i}:{total}"

a = counter("a")
b = counter("b", step=10)
print(next(a), next(b), next(a), next(b), next(b))
print(list(a), list(b))

def with_closure():
    items = []

    def add(x):
        items.append(x)
    yield add
    yield items

w = with_closure()
add = next(w)
add(1)
add(2)
print(next(w))

def arg_mutation(seq):
    seq.append("started")
    yield len(seq)
    seq.append("resumed")
    yield len(seq)

data = []
am = arg_mutation(data)
print(data)
print(next(am), data)
print(next(am), data)

def fib_state():
    a, b = 0, 1
    while True:
        a, b = b, a + b
        yield a

f1, f2 = fib_state(), fib_state()
print([next(f1) for _ in range(10)], next(f2))
