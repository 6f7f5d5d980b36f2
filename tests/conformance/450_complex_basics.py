# complex: literals, constructor (numbers and strings), arithmetic mixed with
# int/float/bool, equality and hashing, repr/str, format specs, errors.
print(1j, 2.5J, 1e3j, -2j, 0j, -0j)
z = complex(1, 2)
print(z, repr(z), str(z), complex(), complex(3), complex(-0.0, -1), complex('1+2j'), complex(' ( -1.5e3-2j ) '))
print(complex('j'), complex('-j'), complex('inf'), complex('nanj'), complex('1_0j'), complex(float('nan'), float('inf')))
for s in ['', '1+', '1+2', 'x', '1j+2', '(1+2j', '1 + 2j']:
    try: print(complex(s))
    except ValueError as e: print(type(e).__name__, e)
print(z + 1, 1 + z, z - 1.5, 2 - z, z * 2, 2 * z, z * z, z / 2, 1 / z, z ** 2, 2 ** z, z ** 0.5, z ** -1, True + z)
print(z == complex(1, 2), z == 1, complex(1, 0) == 1, complex(1.5, 0) == 1.5, z != 2, 3 == complex(3))
print(hash(complex(1, 0)) == hash(1), hash(complex(2.5)) == hash(2.5), hash(z))
print(abs(complex(3, 4)), z.real, z.imag, z.conjugate(), (3).real, (3).imag, (2.5).imag, (3).conjugate(), (2.5).conjugate())
print(-z, +z, bool(0j), bool(z))
for f in ['', '10', '<12', '^14', '.2f', '.3e', 'g', '+.1f', '>20.3g', 'E', 'F', '.3', ' ']:
    print(repr(format(z, f)), repr(format(complex(0, -2.5), f)))
print(f"{z:.2f}", f"{1j}", "{:}".format(z))
for bad in ['=10', '010', '%', 'd', 'x']:
    try: print(format(z, bad))
    except ValueError as e: print(type(e).__name__, e)
try: z / 0
except ZeroDivisionError as e: print(type(e).__name__, e)
try: z / 0j
except ZeroDivisionError as e: print(type(e).__name__, e)
try: 0j ** -1
except ZeroDivisionError as e: print(type(e).__name__, e)
for op in ['z < 1', 'z > z', 'z // 2', 'z % 2', 'int(z)', 'float(z)', 'round(z)', 'complex("1", 2)', 'complex(1, "2")', 'complex([])', 'divmod(z, 2)']:
    try: print(eval(op))
    except Exception as e: print(op, type(e).__name__, e)
print((-8) ** 0.5, (-1) ** 0.5, (-2.0) ** 1.5)
print(complex(1e308, 1e308) * 10, 1e308j * 10j)
print(isinstance(1j, complex), type(1j), type(1j).__name__, complex.__name__)
d = {1: 'a', complex(1, 0): 'b', 2j: 'c'}
print(d, 2j in d, {0j, 0, 0.0})
print(sum([1j, 2, 3.5]), [1j, 2j] == [1j, 2j], (1+1j) * (1-1j))
class C:
    def __complex__(self): return 3+4j
print(complex(C()), complex(1+2j, 3+4j), complex(real=1, imag=2))
print(z.__class__, pow(z, 2), pow(2j, 3))
print(complex(1, float('inf')), complex(float('-inf'), float('nan')), repr(complex(-0.0, 0.0)), complex(0, -0.0))
print(1e16j, 1.5e-7j, 123456789012345678j)
