# late binding: closures see the variable, not its value when the closure was made; defaults bind early
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = []
for i in range(3):
    funcs.append(lambda i=i: i)
print([f() for f in funcs])

def make(i):
    return lambda: i

print([make(i)() for i in range(3)])

def scoped():
    fs = []
    for name in ["a", "b"]:
        def hello():
            return "hello " + name
        fs.append(hello)
    name = "z"
    return [f() for f in fs]

print(scoped())
x = 1

def show():
    return x

x = 2
print(show())

def default_bound_early(v=x):
    return v

x = 3
print(default_bound_early(), show())
acc = []
k = 0
while k < 3:
    acc.append(lambda: k * 10)
    k += 1
print([f() for f in acc])
