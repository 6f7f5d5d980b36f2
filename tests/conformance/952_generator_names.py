# Generator and coroutine names, attribute errors and defaults assignment.
def func():
    yield 1

gen = func()
print(gen.__name__, gen.__qualname__)
gen.__name__ = "name"
gen.__qualname__ = "qualname"
print(gen.__name__, gen.__qualname__, repr(gen).split(" at ")[0])
for attr, val in [("__name__", 123), ("__qualname__", None)]:
    try:
        setattr(gen, attr, val)
    except TypeError as e:
        print(type(e).__name__, e)
for attr in ["__name__", "__qualname__"]:
    try:
        delattr(gen, attr)
    except TypeError as e:
        print(type(e).__name__, e)
for attr in ["gi_running", "gi_frame", "gi_code"]:
    try:
        setattr(gen, attr, 1)
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    gen.other = 1
except AttributeError as e:
    print(type(e).__name__, e)

func.__qualname__ = "func_qualname"
func.__name__ = "func_name"
gen = func()
print(gen.__name__, gen.__qualname__, repr(gen).split(" at ")[0])

gen = (x for x in range(3))
print(gen.__name__, gen.__qualname__)


async def coro():
    pass

c = coro()
c.__name__ = "renamed"
print(c.__name__, c.__qualname__, repr(c).split(" at ")[0])
c.close()


# __defaults__ / __kwdefaults__ are assignable and used by calls.
def foo(p1, p2=0, *, k1, k2=0):
    return p1 + p2 + k1 + k2

print(foo.__defaults__, foo.__kwdefaults__)
foo.__kwdefaults__ = {"k1": 0}
try:
    foo(1, k1=10)
except TypeError as e:
    print(type(e).__name__, e)
print(foo(1, k2=5))
foo.__defaults__ = (5,)
print(foo(1, k1=1, k2=1))
foo.__defaults__ = None
try:
    foo(1, k1=1, k2=1)
except TypeError as e:
    print(type(e).__name__, e)
del foo.__kwdefaults__
print(foo.__defaults__, foo.__kwdefaults__)
for attr, val in [("__defaults__", [1]), ("__kwdefaults__", (1,))]:
    try:
        setattr(foo, attr, val)
    except TypeError as e:
        print(type(e).__name__, e)

def bar(a, b=1, c=2):
    return a, b, c

bar.__defaults__ = (7, 8, 9, 10)
print(bar())
bar.__defaults__ = (30,)
print(bar(1, 2))
try:
    bar(1)
except TypeError as e:
    print(type(e).__name__, e)
