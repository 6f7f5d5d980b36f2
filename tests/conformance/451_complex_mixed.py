# complex and bytearray subclasses, complex in %-format/str.format/containers,
# unsupported operators, in-place operators, powers, parsing edge cases.
import math
class MyC(complex):
    def double(self): return self * 2
c = MyC(1, 2)
print(c, type(c).__name__, c.double(), c.real, c.imag, isinstance(c, complex), c + 1, c == 1+2j, abs(c), repr(c))
class MyB(bytearray):
    pass
b = MyB(b'xy'); b.append(122)
print(b, type(b).__name__, len(b), b[0], bytes(b), isinstance(b, bytearray))
print(isinstance(1j, (int, float)), isinstance(1j, complex), issubclass(complex, object), complex.__name__, bytearray.__name__, memoryview.__name__)
print('%s %r' % (1j, 2+3j), '{} {!r} {:.1f}'.format(1j, 1j, 1+1j), str(1e20j), [1j, -1j], (1j,), {'k': 0.5j})
for stmt in ['"%f" % 1j', 'math.sqrt(1j)', 'sorted([1j, 2j])', 'max(1j, 2j)', '1j < 2j', 'hash(bytearray())', '1j % 2', 'divmod(1j, 2)', '1j // 1', '1j & 1', '~1j', 'int(1j)', 'float(1j)', 'complex(1j, "x")', 'complex(None)', 'complex("1", "2")']:
    try: print(stmt, eval(stmt))
    except Exception as e: print(stmt, type(e).__name__, e)
x = 2j
x += 1; print(x); x *= 1j; print(x); x **= 2; print(x); x /= 2; print(x); x -= 1j; print(x)
print(1j ** 2, (1+1j) ** 3, (2+0j) ** 0.5, 2 ** 0.5j, 1j ** 1j, (1+2j) ** (3+4j), (-1) ** 0.5, 0j ** 0, 0j ** 2, 10 ** -1j)
print(0.1 + 0.2j, 1 - 1j, 1.5e300 * 1j, 1e-320j, (1e200j) * (1e200j) if False else '', 5 / 2j, (3+4j) / (1-2j), (1e300+1e300j) / (1e300+1e300j))
try:
    (1e300j) ** 2
except OverflowError as e: print(type(e).__name__, e)
print(complex("1e5j"), complex("-1.5E-3+2.25e+2j"), complex("+inf-infj"), complex("NaN+nanJ"), complex(" 3 "), complex("(4j)"))
print([complex(x) for x in (True, False, 2**60, -0.0)], complex(MyC(5, 6)), type(complex(MyC(5, 6))).__name__)
print(sum([1j] * 10), sum((0.5j, 1), 2j), any([0j]), all([1j]), 1j in [1j], 1 in [1+0j], {1+0j: 'a'}[1], [0j].index(0))
print(eval('3j'), eval('-3.5j'), 1J.imag, 1_0j, 1e-3J, .5j, 5.j, 0j.real)
