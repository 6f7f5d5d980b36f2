# bytes.maketrans takes any bytes-like objects, with CPython's errors.
import array
print(bytes.maketrans(bytearray(b'ab'), memoryview(b'cd'))[97:99])
print(bytearray.maketrans(b'a', bytearray(b'z'))[97:98])
print(b'abc'.maketrans(b'abc', b'xyz')[97:100])
print(bytes.maketrans(array.array('B', [97]), b'x')[97:98])
for args in [('ab', b'cd'), (b'ab', 5), (b'ab', b'c'), (b'a',)]:
    try:
        bytes.maketrans(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
import base64
print(base64.b64encode(b'\xfb\xff', altchars=bytearray(b'-_')), base64.b64encode(b'\xfb\xff', altchars=memoryview(b'-_')))
