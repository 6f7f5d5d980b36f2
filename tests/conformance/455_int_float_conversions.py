# int.from_bytes/to_bytes, int(str_or_bytes, base) edge cases, float.hex and
# float.fromhex (rounding, subnormals), as_integer_ratio, is_integer, round().
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'), int.from_bytes(b'\x01\x00'), int.from_bytes(b'\xff', signed=True), int.from_bytes(b'\xff\xfe', 'little', signed=True), int.from_bytes([1, 2, 3], 'big'), int.from_bytes(b''), int.from_bytes(b'\x00' * 20 + b'\x01'))
print((256).to_bytes(2, 'big'), (256).to_bytes(2, 'little'), (1).to_bytes(), (0).to_bytes(0, 'big'), (-1).to_bytes(2, 'big', signed=True), (-129).to_bytes(2, signed=True), (255).to_bytes(1, 'big'), (2**70).to_bytes(9, 'big'), (5).to_bytes(length=3, byteorder='little'))
for stmt in ["(256).to_bytes(1, 'big')", "(-1).to_bytes(1, 'big')", "(128).to_bytes(1, 'big', signed=True)", "(1).to_bytes(-1, 'big')", "(1).to_bytes(1, 'middle')", "int.from_bytes(b'x', 'middle')", "int.from_bytes('x', 'big')", "(1).to_bytes(1, 'big', True)", "int.from_bytes()", "(1).to_bytes(1, 'big', x=1)"]:
    try: print(stmt, eval(stmt))
    except Exception as e: print(stmt, type(e).__name__, e)
for s, b in [('0x1f', 0), ('0o17', 0), ('0b101', 0), ('1_000', 10), ('0_0', 0), ('010', 0), ('  42  ', 10), ('-0x10', 16), ('z', 36), ('1__0', 10), ('_1', 10), ('x', 10), ('12', 2), ('', 10), ('0x', 16)]:
    try: print(repr(s), b, int(s, b))
    except ValueError as e: print(type(e).__name__, e)
for x in ['int("x")', 'int(b"12")', 'int(b"0x10", 16)', 'int(bytearray(b"7"))', 'int("9", 1)', 'int(12, 10)', 'int("١٢")']:
    try: print(x, eval(x))
    except Exception as e: print(x, type(e).__name__, e)
for f in [1.5, 0.0, -0.0, 1.0, 0.1, 1e308, 5e-324, -2.5, float('inf'), float('-inf'), float('nan'), 2.0**-1022, 3.14159]:
    print(f.hex(), float.fromhex(f.hex()) == f or f != f)
for s in ['0x1.8p+0', '0x1p-1074', '0x1p-1075', '0x1.0000000000001p0', '0x1.00000000000008p0', '0x1.00000000000018p0', 'inf', '-Infinity', 'nan', '0x.8', '1.8', '  0x10  ', '0x1p1023', '0XABCp-3', '-0x0p0']:
    print(s, float.fromhex(s))
for s in ['0x1p1024', 'x', '0x', '0x1p', '0x1.2.3', '0x1p+-3']:
    try: print(float.fromhex(s))
    except Exception as e: print(s, type(e).__name__, e)
print((1.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-0.25).as_integer_ratio(), (0.0).as_integer_ratio(), (3).as_integer_ratio(), (True).as_integer_ratio(), (2.0**70).as_integer_ratio(), (5e-324).as_integer_ratio()[0])
for x in ['float("inf").as_integer_ratio()', 'float("nan").as_integer_ratio()']:
    try: print(eval(x))
    except Exception as e: print(x, type(e).__name__, e)
print((1.0).is_integer(), (1.5).is_integer(), float('inf').is_integer(), (-0.0).is_integer())
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(2.5), round(3.5), round(-2.5), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 0), round(1.5, 0), round(12.345, -1), round(2**70 + 1, -5), round(True), round(7, 3), type(round(2.5, 0)).__name__)
print(round(1e300, -300), round(123.456, 400), round(-0.5), round(0.5), round(1.05, 1), round(1.15, 1), round(1.25, 1))
class R:
    def __round__(self, n=None): return ('R', n)
print(round(R()), round(R(), 3))
for x in ['round(1j)', 'round(1.5, 1.5)', 'round("x")', 'round(float("inf"))', 'round(float("nan"))', 'round(float("inf"), 2)']:
    try: print(x, eval(x))
    except Exception as e: print(x, type(e).__name__, e)
print(breakpoint.__name__, callable(breakpoint))
