# *args, **kwargs, keyword-only and positional-only parameters, unpacking at call sites
def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"

print(show())
print(show(1, 2, x=3))
print(show(*[1, 2], *(3,), **{"a": 1}, b=2))

def kwonly(a, *, key, flag=False):
    return (a, key, flag)

print(kwonly(1, key="k"), kwonly(a=2, key="k", flag=True))

def posonly(a, b, /, c):
    return a + b + c

print(posonly(1, 2, 3), posonly(1, 2, c=3))

def mixed(a, b=0, *rest, c, d=4, **others):
    return a, b, rest, c, d, sorted(others.items())

print(mixed(1, c=3))
print(mixed(1, 2, 3, 4, c=5, z=6, y=7))
args = (1, 2)
kwargs = {"c": 3}
print(mixed(*args, **kwargs))

def forward(*a, **k):
    return show(*a, **k)

print(forward(9, q=1))
print(max(*[4, 8, 2]))
print(*[1, 2, 3], sep="-")
print(dict(**{"a": 1}, b=2))

def kw_order(**kw):
    return list(kw)

print(kw_order(z=1, a=2, m=3))
