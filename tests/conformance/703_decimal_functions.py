# decimal: sqrt, exp, ln, log10, power correctly rounded; quantize, integral, normalize
from decimal import *

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

D = Decimal
for s in ['2', '0.5', '100', '1E-7', '0', '-0', '0.000', '16E+4', '-4', 'Infinity', 'NaN', '1.21', '7']:
    d = D(s)
    for name in ['sqrt', 'exp', 'ln', 'log10', 'logb']:
        show('%s(%s)' % (name, s), getattr(d, name))

for p in [1, 5, 16, 40, 60]:
    with localcontext(prec=p):
        print(p, D(2).sqrt(), D(1).exp(), D(10).ln(), D(7).log10(), D(3) ** D('0.5'), D('1.5') ** D('2.5'))

with localcontext(prec=9, Emax=99, Emin=-99, traps=[]) as c:
    print(D(500).exp(), D(-500).exp(), D('1E-20').exp(), D('-1E-20').exp(), D(10) ** 200, D(10) ** -200)
    print([k.__name__ for k, v in c.flags.items() if v])

for s, q in [('1.2345', '0.01'), ('1.2355', '0.001'), ('-7.5', '1'), ('123', '1E+1'), ('0', '1E-5'),
             ('1E+10', '1E-20'), ('NaN', '1'), ('Infinity', '1'), ('Infinity', 'Infinity'), ('1', 'NaN')]:
    show('quantize %s %s' % (s, q), lambda: D(s).quantize(D(q)))
    show('quantize up %s %s' % (s, q), lambda: D(s).quantize(D(q), rounding=ROUND_UP))
show('quantize bad rounding', lambda: D(1).quantize(D(1), rounding='nope'))
show('quantize float', lambda: D(1).quantize(0.1))
print(round(D('2.5')), round(D('3.5')), round(D('-2.5')), round(D('2.675'), 2), round(D('1234.5'), -2))

for s in ['1.5', '2.5', '-1.5', '123.456', '1E+2', '-0.5', '0.49999', 'Infinity', 'NaN']:
    d = D(s)
    getcontext().clear_flags()
    out = [str(d.to_integral_value()), str(d.to_integral_exact()), str(d.to_integral(rounding=ROUND_FLOOR)),
           str(d.to_integral_exact(rounding=ROUND_CEILING)), str(d.normalize())]
    print(s, out, getcontext().flags[Inexact])

for s in ['1.000', '0.00', '-120E+3', '100', '1E+999999']:
    print('normalize', s, D(s).normalize())
with localcontext(prec=3):
    print(D('123456').normalize(), D('1.23456').normalize())
print(D(12).scaleb(3), D(12).scaleb(-5), D('Infinity').scaleb(2))
show('scaleb frac', lambda: D(1).scaleb(D('0.5')))
print(D(7).fma(3, 1), D('1.5').fma(D(-2), D('0.25')), D(2).fma(D('Infinity'), 1))
show('fma inf*0', lambda: D(0).fma(D('Infinity'), 1))
print(D(2) ** D(-3), D('0.5') ** 100, D(-8) ** 3, D('1.1') ** 50, D(2) ** D('0.5') ** 2)
print(D(9) ** D('0.5'), D('1.000') ** 3, D('1.0') ** D('0.5'), D('1.0') ** D('Infinity'), D(2) ** D('-Infinity'))
print(D('-1') ** D('Infinity') if False else '', D('0.5') ** D('Infinity'), D('Infinity') ** 0, D('-Infinity') ** 3)
