# memoryview over bytes and bytearray: indexing, slicing (views of views),
# attributes, writing through, read-only errors, release and the BufferError
# a bytearray gives while exported.
m = memoryview(b'abcdef')
print(len(m), m[0], m[-1], m[1:3].tobytes(), m.tobytes(), m.tolist(), m.readonly, m.nbytes, m.format, m.itemsize, m.ndim, m.shape, m.strides)
print(m[::2].tobytes(), m[::-1].tolist(), m[1:5][1:3].tobytes(), m[4:1].tobytes(), len(m[::2]), m[::2].nbytes, m[5:0:-2].tolist())
print(m == b'abcdef', b'abcdef' == m, m == bytearray(b'abcdef'), m == m[:], m != b'x', m[1:3] == b'bc', m == 5)
print(bytes(m), bytes(m[1:2]), bytearray(m), list(m), m.hex(), hash(m) == hash(b'abcdef'), m.obj, type(m).__name__)
ba = bytearray(b'hello')
v = memoryview(ba)
print(v.readonly, v.obj)
v[0] = 72; print(ba)
v[1:3] = b'EL'; print(ba)
v[-1] = ord('O'); print(ba, v.tobytes())
w = v[1:4]; w[0] = 101; print(ba)
for stmt in ["m[0] = 1", "v[0] = 256", "v[0] = 'a'", "v[0:2] = b'abc'", "m[10]", "v[-10]", "m['a']", "del v[0]", "memoryview('abc')", "memoryview(5)", "hash(v)", "ba.append(1)", "ba.extend(b'x')", "ba += b'x'", "del ba[0]", "ba.pop()", "ba.clear()", "ba[0:1] = b'xy'"]:
    try: exec(stmt); print(stmt, 'ok')
    except Exception as e: print(stmt, type(e).__name__, e)
ba[0] = 0; print(v[0]); ba[0:2] = b'zz'; print(v.tobytes())
v.release(); w.release()
print(repr(v).startswith('<released memory'), v.readonly if False else '')
for stmt in ["v[0]", "len(v)", "v.tobytes()", "bytes(v)", "v == b'x'"]:
    try: print(stmt, eval(stmt))
    except Exception as e: print(stmt, type(e).__name__, e)
ba.append(33); print(ba)
with memoryview(ba) as mm:
    print(mm[0], mm.tolist())
    try: ba.append(1)
    except BufferError as e: print(type(e).__name__, e)
ba.append(1); print(ba)
try:
    mm[0]
except ValueError as e: print(type(e).__name__, e)
print(memoryview(memoryview(b'xy')).tobytes(), isinstance(m, memoryview), [x for x in memoryview(b'AB')])
print(b'abc'.find(memoryview(b'c')), bytearray(b'q') + memoryview(b'r'), b'-'.join([memoryview(b'a'), b'b']))
