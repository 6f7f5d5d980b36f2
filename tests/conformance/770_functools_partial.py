# functools.partial and partialmethod: attributes, calls, repr, state, copies,
# and functions of the module stored in classes.
import copy
import functools
from functools import partial, partialmethod


def capture(*args, **kw):
    return args, kw


p = partial(capture, 1, 2, a=10)
print(p(3, b=20))
print(p.func is capture, p.args, p.keywords)
print(repr(partial(capture)).startswith("functools.partial(<function capture"))
print(repr(partial(len, [1], key=3)))

# Nested partials flatten; attributes stay the user's.
q = partial(p, 4, c=5)
print(q.func is capture, q.args, q.keywords, q.__dict__)
q.note = "x"
print(q.__dict__, q.note)

# Read-only attributes.
for name in ("func", "args", "keywords"):
    try:
        setattr(p, name, None)
    except AttributeError as e:
        print("AttributeError", name)

# Errors.
for args in [(), (2,)]:
    try:
        partial(*args)
    except TypeError as e:
        print("TypeError", e)

# Keywords given at the call win; the caller's dict is not changed.
d = {"a": 3}
print(p(**d), d)

# Recursive repr.
f = partial(capture)
f.__setstate__((capture, (f,), {}, {}))
print(repr(f) == "functools.partial(%r, ...)" % (capture,))
f.__setstate__((capture, (1,), {"k": 2}, {"attr": []}))
print(f(), f.__dict__)
for state in [(capture, (), {}), [capture, (), {}, None], (None, (), {}, None), (capture, [], {}, None)]:
    try:
        f.__setstate__(state)
    except TypeError as e:
        print("TypeError", e)

# Copies share or copy the parts.
g = partial(capture, [1], k=[2])
g.attr = []
c = copy.copy(g)
print(c.args is g.args, c.keywords is g.keywords, c.attr is g.attr, c())
dc = copy.deepcopy(g)
print(dc.args == g.args, dc.args[0] is g.args[0], dc.attr is g.attr, dc())
print(type(partial.__dict__).__name__)


class Sub(partial):
    pass


print(repr(Sub(capture, 1)).startswith("Sub(<function capture"))


# partialmethod binds like the function it wraps.
class A:
    def m(self, *args, **kw):
        return type(self).__name__, args, kw

    one = partialmethod(m, 1, k=2)
    cls_one = partialmethod(classmethod(m), "c")
    static_one = partialmethod(staticmethod(capture), "s")
    nested = partialmethod(one, 9)


a = A()
print(a.one(3), A.cls_one(4), a.static_one(5), a.nested())
print(A.one(a, 7))
print(A.__dict__["one"].args, A.__dict__["one"].keywords)
print(repr(partialmethod(capture, 1, x=2)).startswith("functools.partialmethod(<function capture"))
try:
    partialmethod(5)
except TypeError as e:
    print("TypeError", e)


# Module functions stored on a class do not bind.
class T:
    reduce = functools.reduce
    cmp_to_key = functools.cmp_to_key


t = T()
print(t.reduce(lambda x, y: x + y, [1, 2, 3]))
key = t.cmp_to_key(lambda x, y: y - x)
print(sorted([3, 1, 2], key=key))
try:
    key(1) < 2
except TypeError as e:
    print("TypeError", e)


# update_wrapper: a missing attribute of the wrapper is an error.
def wrapped():
    pass


def wrapper():
    pass


try:
    functools.update_wrapper(wrapper, wrapped, (), ("missing",))
except AttributeError as e:
    print("AttributeError", e)
functools.update_wrapper(wrapper, wrapped, (), ())
print(wrapper.__wrapped__ is wrapped)


# lru_cache: the statistics are a named tuple, seen through methods too.
class C:
    @functools.lru_cache(maxsize=None)
    def double(self, x):
        return 2 * x


c = C()
c.double(2)
c.double(2)
info = c.double.cache_info()
print(info, info.hits, tuple(info))
