# The alternate form ('#') of float and complex formatting always has a
# decimal point; the no-type form with a precision switches to exponent
# one digit sooner; bad specs name the spec and the type.
specs = ['#', '#e', '#.0e', '#.0f', '#f', '#g', '#.0g', '#.1g', '#.2g', '#.3',
         '#.0', '#.1', '#E', '#G', '#.0E', '#.0F', '#>20.0e', '#<15.0f', '#,.0f',
         '#.0%', '#n', '#.0n', '.0', '.1', '.2', '.3', '.0n', '+#.0e', ' #.0f',
         '#_.0f', '#010.0f']
floats = [1.0, 0.0, -1.5, 1e20, 123456.0, 1e-7, 0.0001, float('inf'), float('nan'), 2.5, 100.0, 12.0]
for sp in specs:
    row = []
    for v in floats:
        try:
            row.append(format(v, sp))
        except Exception as e:
            row.append(type(e).__name__ + ': ' + str(e))
    print(repr(sp), row)
complexes = [1 + 1j, 0j, -1.5 + 2j, 1e20 - 3j, 1j, 2.5 + 0j, complex(float('inf'), float('nan')),
             100 + 1e-7j, -0.0 - 0.0j, 1e-5 + 1e16j]
for sp in specs:
    row = []
    for v in complexes:
        try:
            row.append(format(v, sp))
        except Exception as e:
            row.append(type(e).__name__ + ': ' + str(e))
    print(repr(sp), row)
print('%#.0e %#.0f %#.0g %#x %#o %#.3g %#g' % (1.0, 2.0, 3.0, 255, 8, 1.0, 2.0))
print(f"{1+2j:#.0e} {1.5:#.0f} {3:#.0e} {10.0:#.2}")
for v, sp in [(1.0, '#+.0e'), (1.0, 'x5'), (1j, '#+.0e'), (1j, '5x5'), (3, '5x5'), ("s", '#+.0e')]:
    try:
        format(v, sp)
    except ValueError as e:
        print(type(e).__name__, e)


class F(float):
    pass


class Z(complex):
    pass


print(format(F(2.0), '#.0f'), format(Z(2 + 3j), '#.0f'))
try:
    format(F(1.0), '5x5')
except ValueError as e:
    print(type(e).__name__, e)

# __complex__ returning a complex subclass: taken, with a DeprecationWarning
import warnings


class ComplexSub(complex):
    pass


class Returns:
    def __complex__(self):
        return ComplexSub(2 + 1j)


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    z = complex(Returns())
print(z, type(z).__name__, [(x.category.__name__, str(x.message)) for x in w])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        complex(Returns())
    except DeprecationWarning as e:
        print("error:", e)
