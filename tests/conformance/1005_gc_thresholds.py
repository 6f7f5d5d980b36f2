# gc.get_threshold / set_threshold / get_count / callbacks as CPython's.
import gc

print(gc.get_threshold())
count = gc.get_count()
print(type(count).__name__, len(count), all(isinstance(x, int) and x >= 0 for x in count))
print(type(gc.callbacks).__name__, gc.callbacks, gc.garbage)
old = gc.get_threshold()
gc.set_threshold(100)
print(gc.get_threshold())
gc.set_threshold(5, 6)
print(gc.get_threshold())
gc.set_threshold(1, 2, 3)
print(gc.get_threshold())
gc.set_threshold(True, 0)
print(gc.get_threshold())


class Idx(int):
    pass


gc.set_threshold(Idx(7))
print(gc.get_threshold())
for args in [(), (1, 2, 3, 4), ("a",), (1.5,), (None,), (-1,), (2**31,), (-2**31 - 1,), (2**70,), (0, "x")]:
    try:
        gc.set_threshold(*args)
        print("ok", args, gc.get_threshold())
    except Exception as e:
        print(type(e).__name__, e)
print("unchanged after a failed call:", gc.get_threshold())
for call in (lambda: gc.set_threshold(threshold0=5), lambda: gc.get_threshold(1),
             lambda: gc.get_count(1), lambda: gc.get_threshold(x=1)):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
gc.set_threshold(*old)
print(gc.get_threshold())

calls = []


def cb(phase, info):
    calls.append((phase, sorted(info), info["generation"]))


gc.callbacks.append(cb)
gc.collect()
gc.collect(1)
gc.collect(generation=0)
gc.callbacks.remove(cb)
gc.collect()
print(calls)
for bad in (3, -1, "x"):
    try:
        gc.collect(bad)
    except Exception as e:
        print(type(e).__name__, e)


def collected_count(phase, info):
    if phase == "stop":
        found.append(info["collected"] >= 2)


found = []
gc.callbacks.append(collected_count)


class Node:
    pass


a, b = Node(), Node()
a.other, b.other = b, a
del a, b
gc.collect()
gc.callbacks.clear()
print("cycle counted:", found)


gc.collect()
print(gc.get_count()[1:])
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
