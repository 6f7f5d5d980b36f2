# memoryview's data attributes are getset descriptors of the type (so dir
# lists them); bytearray iterators read the bytearray at each step.
data = ['obj', 'nbytes', 'readonly', 'itemsize', 'format', 'ndim', 'shape',
        'strides', 'suboffsets', 'c_contiguous', 'f_contiguous', 'contiguous']
d = dir(memoryview)
print([n for n in data if n not in d])
print([n for n in d if not n.startswith('__')])
print([n for n in ('__len__', '__getitem__', '__setitem__', '__delitem__', '__iter__',
                   '__enter__', '__exit__', '__hash__', '__eq__') if n not in d])
m = memoryview(bytearray(b"abc"))
print([n for n in data if n not in dir(m)])
print(all(hasattr(m, n) for n in data))
print(type(memoryview.__dict__['nbytes']).__name__, memoryview.nbytes, repr(memoryview.shape))
print(memoryview.nbytes.__get__(m), memoryview.format.__get__(m), memoryview.obj.__get__(m))
print(memoryview.nbytes.__get__(None, memoryview) is memoryview.nbytes)
print(memoryview.__len__(m), memoryview.__getitem__(m, 1), list(memoryview.__iter__(m)))
for attempt in (lambda: setattr(m, 'nbytes', 4),
                lambda: memoryview.nbytes.__set__(m, 4),
                lambda: memoryview.shape.__get__(3),
                lambda: delattr(m, 'format')):
    try:
        attempt()
    except Exception as e:
        print(type(e).__name__, e)
m.release()
for n in ('nbytes', 'obj', 'shape'):
    try:
        getattr(m, n)
    except ValueError as e:
        print(n, type(e).__name__, e)
try:
    memoryview.ndim.__get__(m)
except ValueError as e:
    print(type(e).__name__, e)

# bytearray iterators
ba = bytearray(b"abc")
it = iter(ba)
print(type(it).__name__, next(it))
ba[1] = 120
print(next(it))
ba.extend(b"de")
print(list(it))
ba.append(1)
print(list(it), "(exhausted stays exhausted)")
ba2 = bytearray(b"xyz")
it2 = iter(ba2)
next(it2)
ba2.clear()
print(list(it2))
ba4 = bytearray(b"hello")
it4 = iter(ba4)
next(it4)
del ba4[:3]
print(list(it4), it4.__length_hint__())
ba6 = bytearray(b"abcd")
it6 = iter(ba6)
next(it6)
print(it6.__length_hint__())
ba6.pop()
print(it6.__length_hint__())
ba6 += b"xyz"
print(it6.__length_hint__(), bytes(it6))
r = bytearray(b"ab")
rit = reversed(r)
print(type(rit).__name__, next(rit))
r[0] = 0x41
print(next(rit), list(rit))
r2 = bytearray(b"abcdef")
rit2 = reversed(r2)
print(next(rit2), rit2.__length_hint__())
del r2[2:]
print(list(rit2))
r3 = bytearray(b"abc")
rit3 = reversed(r3)
next(rit3)
r3.extend(b"zzz")
print(list(rit3))
# iterating while appending stops only at the (moving) end
grow = bytearray(b"\x01")
seen = []
for b in grow:
    seen.append(b)
    if len(grow) < 5:
        grow.append(b + 1)
print(seen)
print(list(zip(bytearray(b"ab"), bytearray(b"xyz"))), sum(bytearray(b"\x01\x02\x03")))
