# A reference cycle through a memoryview (exporter -> view -> exporter) is
# collected; a negative '*' width in %-formatting left-justifies.
import gc
import weakref


class MySource(bytes):
    pass


class MyArray(bytearray):
    pass


class MyObject:
    pass


for tp in (MySource, MyArray):
    b = tp(b"abc")
    m = memoryview(b)
    o = MyObject()
    b.m = m
    b.o = o
    wr = weakref.ref(o)
    b = m = o = None
    gc.collect()
    print(tp.__name__, "collected:", wr() is None)


class Holder:
    def __init__(self, base):
        self.m = memoryview(base)


h = Holder(bytearray(b"xyz"))
h.me = h
o = MyObject()
h.o = o
wr = weakref.ref(o)
h = o = None
gc.collect()
print("holder collected:", wr() is None)

print(repr("%*s|" % (-5, "abc")), repr(b"%*b|" % (-5, b"abc")))
print(repr("%-*d|" % (-4, 7)), repr("%*d|" % (4, 7)), repr(b"%*.*b|" % (-6, 2, b"abc")))
