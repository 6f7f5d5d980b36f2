# Each builtin iterator has its own type, as in CPython.

its = [
    iter([]),
    iter(()),
    iter("abc"),
    iter(b"ab"),
    iter(range(3)),
    iter(range(2**70)),
    iter({}),
    iter({}.keys()),
    iter({}.values()),
    iter({}.items()),
    iter(set()),
    iter(frozenset()),
    reversed([]),
    iter(bytearray()),
]
for it in its:
    t = type(it)
    print(t.__name__, t, t.__module__ if hasattr(t, "__module__") else "-")
print(type(iter([])) is type(iter([1, 2])), type(iter([])) is type(iter(())))
it = iter([1, 2, 3])
print(next(it), type(it).__next__(it), list(it))
print(hasattr(type(iter([])), "__next__"), hasattr(type(iter([])), "__iter__"))
print(iter([1, 2]).__length_hint__(), iter(range(5)).__length_hint__())
print(type(iter([])).__mro__)
