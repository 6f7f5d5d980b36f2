# decimal: comparisons with int, float, Fraction, NaN rules, hashing, sorting, total order
from decimal import *
from fractions import Fraction

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

D = Decimal
print(D('1.0') == 1, D('1.5') == 1.5, D('0.1') == 0.1, D('1.5') == Fraction(3, 2), D(2) == 2 + 0j, D(1) == 1j)
print(D(1) < 2, D(2) > 1.5, D('0.3') < Fraction(1, 3), D('0.34') > Fraction(1, 3), 3 > D('2.9'), 1.5 < D(2))
print(D('-0') == D('0'), D('1.00') == D('1'), D('Infinity') > 10 ** 100, D('-Infinity') < -1e308)
print(D('NaN') == D('NaN'), D('NaN') != D('NaN'), D('NaN') == 1, D(1) != D('NaN'))
show('nan <', lambda: D('NaN') < 1)
show('snan ==', lambda: D('sNaN') == 1)
show('nan > nan', lambda: D('NaN') > D('NaN'))
try:
    D(1) < 'a'
except TypeError as e:
    print('D < str', type(e).__name__)
print(D(1) == 'a', D(1) != None)
with localcontext(traps=[]) as c:
    print(D('NaN') < 1, D('NaN') >= 1, c.flags[InvalidOperation])

for v in [0, 1, -1, 10 ** 20, 2 ** 64 + 1, -12345]:
    print(v, hash(D(v)) == hash(v), hash(D(v) * 1) == hash(v))
for v in [0.5, 1.25, -0.75, 1e100, 0.1, 2.0 ** -30]:
    print(v, hash(D(v)) == hash(v))
print(hash(D('1.500')) == hash(D('1.5')), hash(D('Infinity')), hash(D('-Infinity')), hash(D('1E+3')) == hash(1000))
print(hash(D('0.1')) == hash(Fraction(1, 10)), hash(D('-0')) == hash(0))
show('hash snan', lambda: hash(D('sNaN')))
print(isinstance(hash(D('NaN')), int))
print({1: 'b', D('1.0'): 'a'}, len({1, 1.0, D(1), D('1.00')}))
print(sorted([D('3'), D('-1.5'), D('2.25'), D('0'), D('1E+1'), D('-0.001')]))
print(max(D(1), D('1.5'), D('0.2')), min([D(3), D(-2), D(7)]))

vals = [D(x) for x in ['1', '1.0', '-1', '0', '-0', 'Infinity', '-Infinity', 'NaN', '-NaN', 'sNaN', 'NaN5', '2.50', '2.5']]
for a in vals:
    row = []
    for b in vals:
        row.append(str(a.compare_total(b)))
    print(str(a).ljust(10), ' '.join(x.rjust(2) for x in row))
for a, b in [('1', '-2'), ('-3', '2'), ('1.0', '1'), ('NaN', '1'), ('-Infinity', '5')]:
    print(a, b, D(a).compare_total_mag(D(b)))
for a, b in [('1', '2'), ('2', '1'), ('1.0', '1'), ('NaN', '1'), ('1', 'NaN'), ('-0', '0')]:
    print(a, b, D(a).compare(D(b)))
show('compare sNaN', lambda: D('sNaN').compare(1))
show('compare_signal NaN', lambda: D('NaN').compare_signal(1))
for a, b in [('1', '2'), ('-3', '2'), ('1.0', '1'), ('NaN', '1'), ('1', 'NaN'), ('-0', '0'), ('0', '-0'),
             ('-1', '1'), ('1', '-1'), ('7', '-7.0')]:
    x, y = D(a), D(b)
    print(a, b, x.max(y), x.min(y), x.max_mag(y), x.min_mag(y))
print(D(1).same_quantum(D('1.0')), D('2.0').same_quantum(D('3.1')), D('NaN').same_quantum(D('NaN')),
      D('Infinity').same_quantum(D('-Infinity')), D(1).same_quantum(D('Infinity')))
