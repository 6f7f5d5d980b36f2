# decimal: contexts, signals, flags, traps, localcontext
import decimal
from decimal import *

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

print(getcontext())
print(DefaultContext)
print(BasicContext)
print(ExtendedContext)
print(MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY)
for sig in [DecimalException, Clamped, InvalidOperation, DivisionByZero, Inexact, Rounded, Subnormal,
            Overflow, Underflow, FloatOperation, ConversionSyntax, DivisionImpossible, DivisionUndefined,
            InvalidContext]:
    print(sig.__name__, [c.__name__ for c in sig.__mro__[1:-2]])
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(FloatOperation, TypeError))

c = Context(prec=5, rounding=ROUND_DOWN, Emin=-9, Emax=9, capitals=0, clamp=1, traps=[Overflow], flags=[])
print(c)
print(c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp, c.Etiny(), c.Etop())
print(c.traps)
print(c.flags)
c2 = c.copy()
c2.prec = 7
print(c.prec, c2.prec)
print(c.create_decimal('1.23456789'), c.flags[Inexact], c.flags[Rounded])
print(c)
c.clear_flags()
print(c.create_decimal('1e-12'), c.create_decimal('1E+9'), c.to_sci_string(Decimal('1E+9')))
print(c)
print(c.create_decimal(12345678), c.create_decimal_from_float(0.1), c.create_decimal(Decimal('NaN123456')))
show('overflow trap', lambda: c.create_decimal('1e20'))
print(c.flags[Overflow], c.flags[Inexact])

for kw in [dict(prec=0), dict(prec='a'), dict(rounding='x'), dict(Emin=5), dict(Emax=-1), dict(capitals=2),
           dict(clamp=3), dict(flags=3), dict(traps={Overflow: 1}), dict(prec=MAX_PREC + 1)]:
    show('Context(%r)' % kw, lambda: Context(**kw))
show('bad attr', lambda: setattr(c, 'foo', 1))
show('set prec', lambda: setattr(c, 'prec', -1))
show('set rounding', lambda: setattr(c, 'rounding', 7))

getcontext().prec = 28
ctx = getcontext()
ctx.clear_flags()
print(Decimal(1) / 3)
print(ctx.flags[Inexact], ctx.flags[Rounded], ctx.flags[DivisionByZero])
ctx.traps[Inexact] = True
show('inexact trapped', lambda: Decimal(1) / 3)
ctx.traps[Inexact] = False
ctx.traps[DivisionByZero] = False
print(Decimal(1) / 0, Decimal(-1) / 0, ctx.flags[DivisionByZero])
ctx.traps[DivisionByZero] = True
show('div zero', lambda: Decimal(5) / 0)
try:
    Decimal(5) / 0
except ZeroDivisionError as e:
    print('caught as ZeroDivisionError', type(e).__name__)
try:
    Decimal('junk')
except InvalidOperation as e:
    print('caught', type(e).__name__, e.args)
ctx.traps[InvalidOperation] = False
print(Decimal('junk'), Decimal(0) / 0, Decimal('Infinity') - Decimal('Infinity'))
print(ctx)
ctx.traps[InvalidOperation] = True
ctx.clear_flags()

ctx.traps[FloatOperation] = True
show('float ctor trapped', lambda: Decimal(1.5))
show('float lt trapped', lambda: Decimal(1) < 1.5)
print('float eq', Decimal(1) == 1.0)
ctx.traps[FloatOperation] = False
ctx.clear_flags()
print(Decimal(0.5), ctx.flags[FloatOperation])

with localcontext() as lc:
    lc.prec = 3
    print(Decimal(2) / 3, getcontext().prec, lc is getcontext())
print(getcontext().prec)
with localcontext(prec=4, rounding=ROUND_UP) as lc:
    print(Decimal(2) / 3, lc.rounding)
with localcontext(Context(prec=2)) as lc:
    print(Decimal(2) / 3)
show('bad kw', lambda: localcontext(foo=1))
show('bad kw value', lambda: localcontext(prec='x'))
show('bad ctx', lambda: localcontext(5))

old = getcontext()
setcontext(BasicContext)
print(getcontext().prec, getcontext() is BasicContext, Decimal(2) / 3)
setcontext(Context(prec=6))
print(Decimal(2) / 3)
setcontext(old)
show('setcontext bad', lambda: setcontext(5))
print(Decimal(2) / 3)

ctx = Context(traps=[], prec=3)
print(ctx.add(1, 2), ctx.subtract('1.5' if False else 5, 7), ctx.multiply(Decimal('1.5'), 3), ctx.divide(2, 3))
print(ctx.divide_int(7, 2), ctx.remainder(7, 2), ctx.divmod(7, 2), ctx.power(2, 10), ctx.power(3, 3, 5))
print(ctx.abs(-4), ctx.plus(Decimal('1.2345')), ctx.minus(5), ctx.sqrt(2), ctx.exp(1), ctx.ln(10), ctx.log10(5))
print(ctx.compare(1, 2), ctx.max(1, 2), ctx.min(1, 2), ctx.quantize(Decimal('1.2345'), Decimal('0.01')))
print(ctx.is_zero(0), ctx.is_signed(-1), ctx.number_class(0), ctx.to_eng_string(Decimal('1E+7')))
print(ctx.fma(2, 3, 4), ctx.logb(1000), ctx.scaleb(1, 5), ctx.next_plus(1), ctx.next_minus(1))
show('ctx float', lambda: ctx.add(1.5, 2))
show('ctx str', lambda: ctx.add('1', 2))
print(ctx)
s = repr(Context(flags=[Inexact, DivisionByZero, InvalidOperation, Clamped, FloatOperation]))
print(s)
print(Context().flags == Context().flags, dict(Context().traps) == dict(DefaultContext.traps))
print(len(ctx.flags), list(ctx.flags)[:3])
import copy
print(copy.copy(ctx))
