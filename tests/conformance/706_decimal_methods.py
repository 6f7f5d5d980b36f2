# decimal: next_*, remainder_near, rotate/shift, logical ops, number_class, subnormals, clamp
from decimal import *

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

D = Decimal
with localcontext(prec=5, Emin=-10, Emax=10, traps=[]) as c:
    for s in ['1', '0', '-0', '9.9999E+10', '-1E-14', '1E-14', 'Infinity', '-Infinity', '1.23456', 'NaN']:
        d = D(s)
        print(s, d.next_plus(), d.next_minus(), d.next_toward(D(0)), d.next_toward(D(100)), d.number_class())
    c.clear_flags()
    print(D('1E-14').next_toward(D(0)), [k.__name__ for k, v in c.flags.items() if v])
for a, b in [('10', '3'), ('10', '4'), ('10', '6'), ('-10', '3'), ('7.5', '2'), ('3', '0'), ('Infinity', '2'),
             ('2', 'Infinity'), ('12345678901234567890', '3')]:
    show('rn %s %s' % (a, b), lambda: D(a).remainder_near(D(b)))
for a, b in [('123456789', '2'), ('123456789', '-2'), ('1', '30'), ('123', '0'), ('12', '1.5'), ('Infinity', '3')]:
    show('rotate %s %s' % (a, b), lambda: D(a).rotate(D(b)))
    show('shift %s %s' % (a, b), lambda: D(a).shift(D(b)))
with localcontext(prec=9):
    print(D(123456789).rotate(3), D(123456789).shift(3), D(123456789).shift(-3), D(123).rotate(-1))
for a, b in [('1100', '1010'), ('1', '0'), ('111', '10'), ('0', '0')]:
    x, y = D(a), D(b)
    print(a, b, x.logical_and(y), x.logical_or(y), x.logical_xor(y), x.logical_invert())
show('logical bad', lambda: D(12).logical_and(D(1)))
show('logical neg', lambda: D(-1).logical_or(D(1)))
with localcontext(prec=9):
    print(D(101).logical_invert(), D(0).logical_invert())
with localcontext(prec=3, Emin=-5, Emax=5, clamp=1, traps=[]) as c:
    for s in ['1E+5', '1.2E+5', '0E+10', '1E-7', '1.234E-6', '0E-20', '123E+3']:
        c.clear_flags()
        r = c.create_decimal(s)
        print(s, r, [k.__name__ for k, v in c.flags.items() if v])
with localcontext(prec=3, Emin=-5, Emax=5, traps=[Underflow]) as c:
    show('underflow', lambda: D('1E-5') / 1000)
    show('subnormal ok', lambda: D('1E-5') / 10)
    print(D('1E-6').is_subnormal(), D('1E-6').is_normal(), D('1E-5').number_class(), D('-1E-7').number_class())
print(D(1).adjusted(), D('0.001').adjusted(), D('12E5').adjusted(), D('NaN').adjusted())
print(D('1.5').canonical(), D(1).is_canonical(), D(0).logb() if False else '', D('-Infinity').logb())
with localcontext(traps=[]) as c:
    print(D(0).logb(), c.flags[DivisionByZero])
