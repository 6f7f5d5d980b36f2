# decimal: construction, repr/str, tuples, predicates, conversions
from decimal import Decimal, getcontext, InvalidOperation, DecimalTuple
import decimal

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

for s in ['0', '-0', '1.10', '123.456e10', '-1E-7', '1e-6', '0.000001', '12345678901234567890.123',
          '  42  ', '1_000_000', 'NaN', '-nan123', 'sNaN', '-sNaN7', 'Infinity', '-inf', '+.5', '5.',
          '0E+5', '-0.000', '1e+_5', '.', '1.5e', 'abc', '', '1 2', '\u0661\u0662']:
    show('str %r' % s, lambda: Decimal(s))

for v in [0, -5, 10**30, -(2**70), 0.1, -0.0, 1.5, float('inf'), float('-inf'), 2.5e-10]:
    show('num %r' % v, lambda: Decimal(v))
print(repr(Decimal(float('nan'))))

for t in [(0, (1, 2, 3), -2), (1, (0,), 0), (0, (), 'F'), (1, (4, 2), 'n'), (0, (), 'N'), [0, [1], 1],
          (2, (1,), 0), (0, (10,), 0), (0, (1,), 1.5), (0, (1, 2), 'x'), (0, (1,))]:
    show('tuple %r' % (t,), lambda: Decimal(t))

show('complex', lambda: Decimal(1j))
show('list', lambda: Decimal([1, 2]))

for s in ['1.10', '-0.00', '1E+3', '123E-20', 'NaN12', '-Infinity', '7.000']:
    d = Decimal(s)
    print(s, d.as_tuple(), str(d), d.to_eng_string(), d.adjusted())

for s in ['0E+4', '0E-8', '1E+1', '12E+4', '123.45E+9', '-0E+2', '1E-7', '0E-7', '1234567E-15']:
    print('eng', s, Decimal(s).to_eng_string())

for s in ['1.5', '-2.5', '0', '-0.001', '1E+5', 'NaN', '-Infinity', 'sNaN', '3.000']:
    d = Decimal(s)
    print(s, [d.is_nan(), d.is_qnan(), d.is_snan(), d.is_infinite(), d.is_finite(),
              d.is_signed(), d.is_zero(), d.is_normal(), d.is_subnormal(), d.is_canonical()],
          d.number_class())

print(Decimal('1E-1000000').is_subnormal(), Decimal('1E-1000000').number_class())

for s in ['1.5', '-2.5', '0.125', '1E+3', '-7', '100.00']:
    d = Decimal(s)
    print(s, int(d), float(d), d.as_integer_ratio(), round(d), round(d, 1), d.__floor__(), d.__ceil__(),
          d.__trunc__(), bool(d), complex(d))
for s in ['NaN', 'Infinity', '-Infinity', 'sNaN']:
    d = Decimal(s)
    show(s + ' int', lambda: int(d))
    show(s + ' float', lambda: float(d))
    show(s + ' ratio', lambda: d.as_integer_ratio())
    show(s + ' round', lambda: round(d))
show('round arg', lambda: round(Decimal(1), 'a'))
print(Decimal.from_float(0.1), Decimal.from_float(3))
show('from_float str', lambda: Decimal.from_float('1'))
print(Decimal(5).real, Decimal(5).imag, Decimal(5).conjugate(), Decimal(5).radix())
print(DecimalTuple(0, (1,), 0), Decimal('1.5').copy_abs(), Decimal('1.5').copy_negate(), Decimal(3).copy_sign(Decimal('-0')))

class MyDec(Decimal):
    pass
m = MyDec('1.25')
print(type(m).__name__, m, type(m + 1).__name__, isinstance(m, Decimal), repr(Decimal(m)))
print(type(Decimal).__name__, Decimal.__module__, decimal.Decimal.__name__)
import numbers
print(isinstance(Decimal(1), numbers.Number), isinstance(Decimal(1), numbers.Real))
