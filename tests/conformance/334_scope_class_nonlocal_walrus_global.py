# nonlocal in a class body writes the enclosing function's variable.
def outer():
    x = 1
    class C:
        nonlocal x
        x = 2
        y = x + 1
    return x, C.y, hasattr(C, "x")
print(outer())

def counter():
    n = 0
    class K:
        nonlocal n
        n += 10
        def get(self):
            return n
    return n, K().get()
print(counter())

# A walrus in a comprehension binding a name the function declares global.
y = 0
def h():
    global y
    [y := i for i in range(3)]
    return y
print(h(), y)

z = "z"
def h2():
    global z
    return [z := c for c in "abc"], z
print(h2(), z)

# at module level the target is global, as before
print([w := i * 2 for i in range(3)], w)

def h3():
    v = 0
    def inner():
        nonlocal v
        return [v := k for k in range(4)]
    inner()
    return v
print(h3())
