# struct: every format code and byte order, sizes and alignment, float rounding, Struct, errors
import struct
def t(f, *a):
    try: print(repr(f(*a)))
    except Exception as e: print(type(e).__name__, e)
for fmt in ['bB', 'hH', 'iI', 'lL', 'qQ', 'nN', 'P']:
    for pre in ['', '<', '>', '=', '!', '@']:
        for c in fmt:
            out = []
            for v in [2**70, -2**70, 2**64, 300, -1, -300, 2**31, 2**32, 2**63, -2**63-1, 0, 5, -5, 127, 255, 65535, -32768]:
                try: out.append(struct.pack(pre+c, v).hex() if False else list(struct.pack(pre+c, v)))
                except Exception as e: out.append(str(e))
            print(pre+c, out)
            for v in [1.5, '1', None]:
                t(struct.pack, pre + c, v)
for c in 'fde':
    for pre in '<>@!=':
        for v in [0.0, -0.0, 1.0, -2.5, 0.1, 3.4028234663852886e38, 3.4028235677973366e+38, 3.5e38, 65504.0, 65519.99, 65520.0, 1e-5, 6e-8, 5.960464477539063e-08, 1e-8, 1e-40, 1e-46, 5e-324, 1e300, float('inf'), float('-inf'), 1.00000005960464477539, 1.0000000596046448, 2049.0, 2051.0, 1 + 2**-11, 1 + 3 * 2**-11, 3, True, 10**400, 'x', None]:
            try:
                b = struct.pack(pre + c, v)
                print(c, pre, v, list(b), struct.unpack(pre + c, b))
            except Exception as e: print(c, pre, v, type(e).__name__, e)
for c in 'fde':
    b = struct.pack('>' + c, float('nan')); print(list(b), struct.unpack('>' + c, b)); print(list(struct.pack('<' + c, -float('nan'))))
    for raw in [b'\x7f\x80\x00\x00\x00\x00\x00\x01', b'\xff\xf0\x00\x00\x00\x00\x00\x00', b'\x00\x00\x00\x00\x00\x00\x00\x01', b'\x80\x01\x02\x03\x04\x05\x06\x07']:
        print(struct.unpack('>' + c, raw[:struct.calcsize(c)]), struct.unpack('<' + c, raw[:struct.calcsize(c)]))
class I:
    def __index__(self): return 5
class F:
    def __float__(self): return 2.5
for c in 'efdiBq?':
    for v in [I(), F()]:
        t(struct.pack, c, v)
t(struct.pack, 'c', b'ab'); t(struct.pack, 'c', 'a'); t(struct.pack, 's', 'a'); t(struct.pack, 'p', 1)
t(struct.pack, '?', []); t(struct.pack, '?', 'x'); t(struct.pack, '3?', 0, 2, None); t(struct.pack, 'P', -1); t(struct.pack, '<P', 1); t(struct.pack, 'z', 1)
t(struct.pack, '3', 1); t(struct.pack, 'i'); t(struct.pack, 'i', 1, 2); t(struct.pack, '2i', 1); t(struct.pack, '3s2x2h', b'ab', 1)
t(struct.unpack, 'i', b'abc'); t(struct.unpack, '<i', b'abcdef')
t(struct.unpack_from, 'i', b'abc', 1); t(struct.unpack_from, 'i', b'abcdefg', 5); t(struct.unpack_from, 'i', b'abcdefg', -10); t(struct.unpack_from, 'i', b'abcdefg', -3)
t(struct.unpack_from, '<i', b'abcdefg', -5); t(struct.unpack_from, '<h', b'abcdefg'); t(lambda: struct.unpack_from('<h', buffer=b'abcdefg', offset=2)); t(struct.unpack_from, '<h', b'abc', 'x')
t(lambda: list(struct.iter_unpack('<h', b'abcdef'))); t(lambda: list(struct.iter_unpack('i', b'abcde'))); t(lambda: list(struct.iter_unpack('', b''))); t(lambda: list(struct.iter_unpack('<h', b'')))
it = struct.iter_unpack('<B', b'abc'); print(it.__length_hint__(), next(it), it.__length_hint__(), list(it))
for f in ['x' * 3 + 'i', 'ci', '@ci', '=ci', '<ci', '>ci', '!ci', 'i c', '3 i', ' i', 'i ', '<i<', '2 3i', '<', '', '3', 'ii3', 'ix', '\ti', '0s', '0p', '0x', 'c0i', 'P', '@P', 'ci0i', 'bhilqnNPefd?', '=bhilqefd?', 'cq', 'hi', 'bQ', '5s3p', 'n', '<n', '<P', '!e', '10x', 'i', b'<i', 99, '999999999999999999999i', 'iq', 'qi', '@3sd', '=3sd']:
    t(struct.calcsize, f)
s = struct.Struct('<hi'); print(s.format, s.size, s.pack(1, 2), s.unpack(b'\x01\x00\x02\x00\x00\x00'), s.unpack_from(b'xx\x01\x00\x02\x00\x00\x00', 2), list(s.iter_unpack(b'\x01\x00\x02\x00\x00\x00' * 2)))
t(s.pack, 1); t(s.unpack, b''); t(struct.Struct, 99); t(struct.Struct, 'Z'); print(struct.Struct(b'>d').format, struct.Struct(b'>d').size)
print(struct.pack('<3s2p5s', b'abcdef', b'xyz', b'ab'), struct.unpack('<3s2p5s', b'abc\x05zab\x00\x00\x00'), struct.pack('5p', b'abcdefgh'), struct.pack('0s', b'a'), struct.pack('0p', b'a'), struct.pack('1p', b'a'), struct.pack('300p', b'x' * 300)[:3])
print(struct.unpack('5p', b'\x09abcd'), struct.unpack('?', b'\x02'), struct.pack('x'), struct.unpack('2x', b'ab'), struct.pack('2c', b'a', b'b'), struct.unpack('2c', b'xy'))
print(struct.pack('@bhiq', 1, 2, 3, 4), struct.pack('=bhiq', 1, 2, 3, 4), struct.pack('>bhiq', -1, -2, -3, -4), struct.pack('!Q', 2**64 - 1), struct.unpack('<q', b'\xff' * 8), struct.unpack('>Q', b'\xff' * 8))
print(struct.unpack('@bhiq', struct.pack('@bhiq', 1, 2, 3, 4)), struct.unpack('>HIL', bytes(range(10))), struct.unpack('<hil', bytes(range(10))))
print(struct.pack('i', True), struct.pack('<d', 3), struct.unpack('<2h3x?', b'\x01\x00\xff\xff...\x01'))
t(struct.pack_into, 'i', b'1234', 0, 1); t(struct.unpack, 'i', 'abcd'); t(struct.pack, 'i', None); t(struct.pack, 's', b'ab')
print(repr(struct.error), struct.error.__module__, issubclass(struct.error, Exception), sorted(struct.__all__))
try: struct.pack('h', 70000)
except struct.error as e: print('caught', e, e.args)
t(struct.calcsize, '100000000i'); t(struct.calcsize, '@c2000000000q'); t(struct.pack, '100000000i', 1); t(struct.unpack, '9999999999d', b'')
print(repr(struct.Struct('<i'))[:26])
