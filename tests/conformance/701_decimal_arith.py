# decimal: arithmetic operators, rounding to precision, every rounding mode
from decimal import *

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

D = Decimal
vals = ['1.1', '-2.25', '0', '-0', '3', '7E+2', '1E-3', '123456789.987654321', 'Infinity', '-Infinity', 'NaN']
for a in vals:
    for b in ['3', '-0.7', '0', 'Infinity', 'NaN', '2.50']:
        x, y = D(a), D(b)
        for name, f in [('+', lambda: x + y), ('-', lambda: x - y), ('*', lambda: x * y),
                        ('/', lambda: x / y), ('//', lambda: x // y), ('%', lambda: x % y),
                        ('divmod', lambda: divmod(x, y))]:
            show('%s %s %s' % (a, name, b), f)

print(D(1) / D(7), D(2) / D(3), D(-2) / D(3), D(1) / D(8), D('1.00') / D('0.1'), D(100) / D('1E+2'))
print(D(10) // 3, D(-10) // 3, D(10) % -3, D(-10) % 3, D('7.5') % 2, divmod(D(-7), D(2)))
print(1 + D('0.5'), 3 - D(1), 2 * D('1.5'), 1 / D(4), 7 // D(2), 7 % D(3), divmod(9, D(4)))
print(-D('1.5'), +D('-0'), abs(D('-3.20')), -D(0), +D('1.23456789012345678901234567890'))
print(D(2) ** 10, D(2) ** -2, D('1.5') ** 3, D(4) ** D('0.5'), D(2) ** D('0.5'), D(-2) ** 3, D(10) ** 30)
print(pow(D(3), 4, 7), pow(D(-3), 3, 5), pow(3, D(2), 5), D(0) ** 5, D(0) ** -1, D('Infinity') ** -2)
show('0**0', lambda: D(0) ** 0)
show('neg ** frac', lambda: D(-2) ** D('0.5'))
show('pow mod float', lambda: pow(D(2), D('1.5'), 5))
for label, f in [('D + float', lambda: D(1) + 1.5), ('float * D', lambda: 2.5 * D(1)), ('D + str', lambda: D(1) + 'a')]:
    try:
        f()
    except TypeError as e:
        print(label, 'TypeError')
show('1/0', lambda: D(1) / 0)
show('0/0', lambda: D(0) / 0)
show('1//0', lambda: D(1) // 0)
show('1%0', lambda: D(1) % 0)
show('divmod 1,0', lambda: divmod(D(1), 0))

with localcontext() as c:
    for p in [1, 3, 5, 9]:
        c.prec = p
        print(p, D(2) / 3, D('123456') + D('0.5'), D('9.99999') * 1, D(1) / D(-7))

for r in [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
          ROUND_HALF_DOWN, ROUND_05UP]:
    with localcontext(prec=3, rounding=r) as c:
        out = []
        for s in ['1.234', '1.235', '1.245', '1.2451', '-1.235', '-1.245', '1.201', '1.251', '1.051', '9.995',
                  '-9.995', '0.0005']:
            out.append(str(+D(s)))
        print(r, ' '.join(out), D('-0') + D('0'), D(1) - D(1))

with localcontext(prec=5, Emax=10, Emin=-10, traps=[]) as c:
    print(D('9.9999E+10') * 10, D('1E-10') / 1000, D('1.2345E-12') + 0, c.flags[Overflow], c.flags[Underflow],
          c.flags[Subnormal], c.flags[Clamped])
    c.clamp = 1
    print(+D('1E+10'), +D('1.2E+9'))
    for r in [ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_05UP]:
        c.rounding = r
        print(r, D('9E+10') * 100, D('-9E+10') * 100)

with localcontext(prec=28) as c:
    x = D(0)
    for i in range(1, 30):
        x += D(1) / i
    print(x)
    total = D(0)
    for price in ['0.7', '1.05', '19.99', '3.333']:
        t = D(price) * D('1.0725')
        total += t.quantize(D('0.01'))
    print(total)
print(sum([D('0.1')] * 10), sum([D('0.1')] * 10) == 1)
print(D('1e999999') + D('1e-999999'), D('1e5') + D('0e-30'), D(1) - D('1e-40'))
