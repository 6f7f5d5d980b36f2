# decimal: __format__ (e, f, g, %, n, grouping, alignment, sign, zero padding), str/repr
from decimal import *

D = Decimal
specs = ['', '.2', '.2g', 'g', 'G', '.3e', 'e', 'E', 'f', '.1f', '.0f', 'F', '%', '.1%', ',', '010,', '>10',
         '<10', '^10.2f', '=+12.3f', '*^15,.2f', '+', ' ', 'z.1f', 'n', '.0e', '.0g', '012.4f', ',.3f', '10',
         '_', '#', '.', ',n', 'x', '.5G', '-^9']
vals = ['12345.678', '-0.00001234', '1E+10', '-0', 'NaN', '-Infinity', '0.000', '1.5E-10', '123',
        '1234567.891', '0.5', '-999.995', 'sNaN5']
for f in specs:
    out = []
    for v in vals:
        try:
            out.append(format(D(v), f))
        except Exception as e:
            out.append(type(e).__name__ + ': ' + str(e))
    print(repr(f), out)
print('{:.2f} {:>8} {:,}'.format(D('3.14159'), D('2.5'), D('1234567')))
print(f"{D('1.5'):08.3f} {D('-1.5'):+.1e} {D('0.000123'):.2%}")
with localcontext(rounding=ROUND_DOWN):
    print(format(D('1.99'), '.1f'), format(D('-1.99'), '.0f'), format(D('2.5'), '.0e'))
with localcontext(capitals=0):
    print(str(D('1E+10')), repr(D('1E-10')), format(D('1E+10'), ''), D('1E+10').to_eng_string())
for v in ['0.1', '100', '1E+2', '-1.23E-8', '1.000000', '0E-7', '123456789012345678901234567890']:
    print(v, str(D(v)), repr(D(v)))
