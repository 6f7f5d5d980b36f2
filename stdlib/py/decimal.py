"""Decimal fixed- and floating-point arithmetic: whirl's own implementation
of the General Decimal Arithmetic Specification, behaving as CPython 3.11's
`decimal` (which is libmpdec underneath): same results, same signals, same
exception messages.

Representation: a Decimal holds a sign (0/1), an integer coefficient, an
integer exponent and a kind (finite, infinity, quiet NaN, signaling NaN; a
NaN's coefficient is its payload).  All coefficient arithmetic is done on
Python ints.

Status handling follows libmpdec: an operation ORs condition bits into its
context's pending status (`ctx._st`); when the operation ends, `_done`
moves them into the flags and raises if one of them is trapped, naming
every trapped condition that occurred (CPython's `[<class ...>]` message).
"""

import math as _math
import numbers as _numbers
import contextvars as _contextvars
from collections import namedtuple as _namedtuple

__all__ = [
    'Decimal', 'Context', 'DecimalTuple',
    'DefaultContext', 'BasicContext', 'ExtendedContext',
    'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero',
    'Inexact', 'Rounded', 'Subnormal', 'Overflow', 'Underflow',
    'FloatOperation', 'DivisionImpossible', 'InvalidContext',
    'ConversionSyntax', 'DivisionUndefined',
    'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING',
    'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',
    'setcontext', 'getcontext', 'localcontext',
    'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY',
    'HAVE_THREADS', 'HAVE_CONTEXTVAR',
]

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,
              ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


# ---------------------------------------------------------------- signals

class DecimalException(ArithmeticError):
    __module__ = 'decimal'

class Clamped(DecimalException):
    __module__ = 'decimal'

class InvalidOperation(DecimalException):
    __module__ = 'decimal'

class ConversionSyntax(InvalidOperation):
    __module__ = 'decimal'

class DivisionByZero(DecimalException, ZeroDivisionError):
    __module__ = 'decimal'

class DivisionImpossible(InvalidOperation):
    __module__ = 'decimal'

class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    __module__ = 'decimal'

class Inexact(DecimalException):
    __module__ = 'decimal'

class InvalidContext(InvalidOperation):
    __module__ = 'decimal'

class Rounded(DecimalException):
    __module__ = 'decimal'

class Subnormal(DecimalException):
    __module__ = 'decimal'

class Overflow(Inexact, Rounded):
    __module__ = 'decimal'

class Underflow(Inexact, Rounded, Subnormal):
    __module__ = 'decimal'

class FloatOperation(DecimalException, TypeError):
    __module__ = 'decimal'


# Condition bits, numbered as libmpdec numbers them: the order of a
# context's repr follows these bits.
_CLAMPED = 1
_CONV = 2
_DIVZERO = 4
_DIVIMP = 8
_DIVUNDEF = 16
_FPU = 32
_INEXACT = 64
_INVCTX = 128
_INVOP = 256
_MALLOC = 512
_FLOATOP = 1024
_OVERFLOW = 2048
_ROUNDED = 4096
_SUBNORMAL = 8192
_UNDERFLOW = 16384
_IEEE_INVOP = _CONV | _DIVIMP | _DIVUNDEF | _FPU | _INVCTX | _INVOP | _MALLOC

# The signals in CPython's order, with the bits each stands for.
_SIGNALS = (
    (InvalidOperation, _IEEE_INVOP), (FloatOperation, _FLOATOP),
    (DivisionByZero, _DIVZERO), (Overflow, _OVERFLOW),
    (Underflow, _UNDERFLOW), (Subnormal, _SUBNORMAL),
    (Inexact, _INEXACT), (Rounded, _ROUNDED), (Clamped, _CLAMPED),
)
_SIGNAL_BITS = dict(_SIGNALS)
# The conditions named in a trap's message, in CPython's order.
_CONDITIONS = (
    (InvalidOperation, _INVOP | _FPU | _MALLOC), (ConversionSyntax, _CONV),
    (DivisionImpossible, _DIVIMP), (DivisionUndefined, _DIVUNDEF),
    (InvalidContext, _INVCTX),
) + _SIGNALS[1:]
# Names by bit for a context's repr (the invalid-operation group prints once).
_REPR_BITS = (
    (_CLAMPED, 'Clamped'), (_CONV, 'InvalidOperation'), (_DIVZERO, 'DivisionByZero'),
    (_DIVIMP, 'InvalidOperation'), (_DIVUNDEF, 'InvalidOperation'),
    (_FPU, 'InvalidOperation'), (_INEXACT, 'Inexact'),
    (_INVCTX, 'InvalidOperation'), (_INVOP, 'InvalidOperation'),
    (_MALLOC, 'InvalidOperation'), (_FLOATOP, 'FloatOperation'),
    (_OVERFLOW, 'Overflow'), (_ROUNDED, 'Rounded'), (_SUBNORMAL, 'Subnormal'),
    (_UNDERFLOW, 'Underflow'),
)


def _bits_names(bits):
    out = []
    for bit, name in _REPR_BITS:
        if bits & bit and name not in out:
            out.append(name)
    return out


def _raise_trapped(bits):
    first = None
    for sig, b in _SIGNALS:
        if bits & b:
            first = sig
            break
    conds = [c for c, b in _CONDITIONS if bits & b]
    raise first(conds)


def _done(ctx, result):
    """End of an operation: publish the pending status, raise if trapped."""
    st = ctx._st
    if st:
        ctx._st = 0
        ctx._flags |= st
        if st & ctx._traps:
            _raise_trapped(st & ctx._traps)
    return result


# ---------------------------------------------------------------- helpers

_object_new = object.__new__
_FINITE, _INF, _NAN, _SNAN = 0, 1, 2, 3


def _new(sign, coef, exp, kind=0):
    d = _object_new(Decimal)
    d._sign = sign
    d._coef = coef
    d._exp = exp
    d._kind = kind
    return d


def _nd(n):
    """Number of decimal digits of a non-negative int (1 for 0)."""
    return len(str(n))


_POW10 = [10 ** i for i in range(64)]


def _p10(n):
    if n < 64:
        return _POW10[n]
    return 10 ** n


# A context keeps 10**prec for the fast "fits the precision" test; for huge
# precisions it keeps 10**_PLIM_DIGITS instead (a smaller coefficient fits
# anyway, a larger one takes the slow path, which counts digits).
_PLIM_DIGITS = 5000


def _plim(prec):
    return _p10(prec if prec < _PLIM_DIGITS else _PLIM_DIGITS)


def _nan(ctx, bit=_INVOP):
    ctx._st |= bit
    return _new(0, 0, 0, _NAN)


def _round_incr(q, cmp_half, sign, rounding):
    """Whether truncated coefficient q (a non-zero remainder having been
    dropped, cmp_half comparing it with half a unit) rounds up in magnitude."""
    if rounding == ROUND_HALF_EVEN:
        return cmp_half > 0 or (cmp_half == 0 and q & 1)
    if rounding == ROUND_HALF_UP:
        return cmp_half >= 0
    if rounding == ROUND_HALF_DOWN:
        return cmp_half > 0
    if rounding == ROUND_DOWN:
        return False
    if rounding == ROUND_UP:
        return True
    if rounding == ROUND_CEILING:
        return not sign
    if rounding == ROUND_FLOOR:
        return bool(sign)
    return q % 5 == 0  # ROUND_05UP


def _shift_round(coef, drop, sign, rounding):
    """Drop `drop` (>0) digits of coef with rounding: (new coef, inexact)."""
    if drop > 18 and drop > _nd(coef) + 1:
        if coef == 0:
            return 0, False
        return (1 if _round_incr(0, -1, sign, rounding) else 0), True
    p = _p10(drop)
    q, r = divmod(coef, p)
    if r == 0:
        return q, False
    r2 = r + r
    cmp_half = 1 if r2 > p else (0 if r2 == p else -1)
    if _round_incr(q, cmp_half, sign, rounding):
        q += 1
    return q, True


def _overflow(sign, ctx, rounding):
    ctx._st |= _OVERFLOW | _INEXACT | _ROUNDED
    if (rounding in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP)
            or (rounding == ROUND_CEILING and not sign)
            or (rounding == ROUND_FLOOR and sign)):
        return _new(sign, 0, 0, _INF)
    prec = ctx._prec
    return _new(sign, _p10(prec) - 1, ctx._Emax - prec + 1)


def _fin(sign, coef, exp, ctx, rounding=None):
    """Fit a finite result to the context (libmpdec's finalize)."""
    prec = ctx._prec
    emax = ctx._Emax
    etop = emax - prec + 1
    if coef < ctx._plim and ctx._Emin <= exp <= etop:
        return _new(sign, coef, exp)
    return _fin_slow(sign, coef, exp, ctx, rounding or ctx._rounding)


def _fin_slow(sign, coef, exp, ctx, rounding):
    prec = ctx._prec
    emax = ctx._Emax
    emin = ctx._Emin
    etiny = emin - prec + 1
    etop = emax - prec + 1
    clamp = ctx._clamp
    if coef == 0:
        if exp > emax:
            ctx._st |= _CLAMPED
            return _new(sign, 0, etop if clamp else emax)
        if clamp and exp > etop:
            ctx._st |= _CLAMPED
            return _new(sign, 0, etop)
        if exp < etiny:
            ctx._st |= _CLAMPED
            return _new(sign, 0, etiny)
        return _new(sign, 0, exp)
    n = _nd(coef)
    adj = exp + n - 1
    if adj > emax:
        return _overflow(sign, ctx, rounding)
    if clamp and exp > etop:
        coef *= _p10(exp - etop)
        exp = etop
        ctx._st |= _CLAMPED
        if adj < emin:
            ctx._st |= _SUBNORMAL
        return _new(sign, coef, exp)
    if adj < emin:
        ctx._st |= _SUBNORMAL
        if exp < etiny:
            coef, inexact = _shift_round(coef, etiny - exp, sign, rounding)
            ctx._st |= _ROUNDED
            if inexact:
                ctx._st |= _INEXACT | _UNDERFLOW
                if coef == 0:
                    ctx._st |= _CLAMPED
            return _new(sign, coef, etiny)
        return _new(sign, coef, exp)
    if n > prec:
        drop = n - prec
        coef, inexact = _shift_round(coef, drop, sign, rounding)
        exp += drop
        ctx._st |= _ROUNDED
        if inexact:
            ctx._st |= _INEXACT
        if coef == ctx._plim or (prec > _PLIM_DIGITS and _nd(coef) > prec):
            coef //= 10
            exp += 1
            if exp + prec - 1 > emax:
                return _overflow(sign, ctx, rounding)
        if clamp and exp > etop:
            coef *= _p10(exp - etop)
            exp = etop
            ctx._st |= _CLAMPED
    return _new(sign, coef, exp)


def _fix_nan(a, ctx):
    """A quiet NaN with a's sign and payload cut to the context's digits."""
    payload = a._coef
    if payload:
        keep = ctx._prec - ctx._clamp
        if _nd(payload) > keep:
            payload = payload % _p10(keep) if keep > 0 else 0
    return _new(a._sign, payload, 0, _NAN)


def _check_nans(a, b, ctx):
    """The NaN result of a binary operation with a NaN operand, or None."""
    ka = a._kind
    kb = b._kind
    if ka < 2 and kb < 2:
        return None
    choice = b
    if ka == _SNAN:
        choice = a
        ctx._st |= _INVOP
    elif kb == _SNAN:
        ctx._st |= _INVOP
    elif ka == _NAN:
        choice = a
    return _fix_nan(choice, ctx)


def _check_nan(a, ctx):
    if a._kind == _SNAN:
        ctx._st |= _INVOP
    return _fix_nan(a, ctx)


def _from_int(n):
    if n < 0:
        return _new(1, -n, 0)
    return _new(0, n, 0)


def _conv_op(other, ctx=None):
    """Operand of an operator: a Decimal, or NotImplemented."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _from_int(other)
    if isinstance(other, float):
        if ctx is None:
            ctx = getcontext()
        ctx._st |= _FLOATOP
        _done(ctx, None)
    return NotImplemented


def _conv(other):
    """Operand of a method: ints convert exactly, anything else is refused."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _from_int(other)
    raise TypeError("conversion from %s to Decimal is not supported" % type(other).__name__)


def _ctx(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError("optional argument must be a context")
    return context


# ---------------------------------------------------------------- parsing

def _parse(s, ctx, strip=True):
    """A Decimal from a string, or a NaN with ConversionSyntax.  Decimal()
    ignores surrounding whitespace; Context.create_decimal does not."""
    t = s.strip() if strip else s
    if not t.isascii():
        t = _ascii_digits(t)
        if t is None:
            return _nan(ctx, _CONV)
    if '_' in t:
        t = t.replace('_', '')
    if not t:
        return _nan(ctx, _CONV)
    sign = 0
    c = t[0]
    if c == '-':
        sign = 1
        t = t[1:]
    elif c == '+':
        t = t[1:]
    if not t:
        return _nan(ctx, _CONV)
    c = t[0]
    if c.isdigit() or c == '.':
        epos = t.find('e')
        if epos < 0:
            epos = t.find('E')
        exp = 0
        if epos >= 0:
            es = t[epos + 1:]
            t = t[:epos]
            if not es:
                return _nan(ctx, _CONV)
            e0 = es[0]
            body = es[1:] if e0 in '+-' else es
            if not body or not body.isdigit():
                return _nan(ctx, _CONV)
            exp = int(es)
        dot = t.find('.')
        if dot >= 0:
            ip = t[:dot]
            fp = t[dot + 1:]
        else:
            ip = t
            fp = ''
        if not ip and not fp:
            return _nan(ctx, _CONV)
        if (ip and not ip.isdigit()) or (fp and not fp.isdigit()):
            return _nan(ctx, _CONV)
        return _new(sign, int(ip + fp), exp - len(fp))
    low = t.lower()
    if low == 'inf' or low == 'infinity':
        return _new(sign, 0, 0, _INF)
    kind = _NAN
    if low.startswith('snan'):
        kind = _SNAN
        low = low[4:]
    elif low.startswith('nan'):
        low = low[3:]
    else:
        return _nan(ctx, _CONV)
    payload = 0
    if low:
        if not low.isdigit():
            return _nan(ctx, _CONV)
        payload = int(low)
        if _nd(payload) > ctx._prec - ctx._clamp:
            return _nan(ctx, _CONV)
    return _new(sign, payload, 0, kind)


def _ascii_digits(t):
    out = []
    for ch in t:
        if ch.isascii():
            out.append(ch)
        elif ch.isdecimal():
            out.append(str(int(ch)))
        elif ch.isspace():
            return None
        else:
            return None
    return ''.join(out)


def _from_float(f):
    if f != f:
        return _new(1 if _math.copysign(1.0, f) < 0 else 0, 0, 0, _NAN)
    if f in (_INF_F, -_INF_F):
        return _new(1 if f < 0 else 0, 0, 0, _INF)
    sign = 1 if _math.copysign(1.0, f) < 0 else 0
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1
    return _new(sign, n * 5 ** k, -k)


_INF_F = float('inf')


# ---------------------------------------------------------------- Decimal

class Decimal(object):
    """Floating point class for decimal arithmetic."""

    # No __slots__: whirl's shaped instance attributes are much faster than
    # slot descriptors, and these four are read on every operation.
    __module__ = 'decimal'

    def __new__(cls, value="0", context=None):
        if isinstance(value, str):
            ctx = _ctx(context)
            d = _parse(value, ctx)
            if ctx._st:
                _done(ctx, None)
        elif isinstance(value, int):
            d = _from_int(value)
        elif isinstance(value, Decimal):
            if cls is Decimal:
                return value
            d = value
        elif isinstance(value, float):
            ctx = _ctx(context)
            ctx._st |= _FLOATOP
            _done(ctx, None)
            d = _from_float(value)
        elif isinstance(value, (tuple, list)):
            d = _from_tuple(value)
        else:
            raise TypeError("conversion from %s to Decimal is not supported"
                            % type(value).__name__)
        if cls is Decimal and type(d) is Decimal:
            return d
        r = _object_new(cls)
        r._sign = d._sign
        r._coef = d._coef
        r._exp = d._exp
        r._kind = d._kind
        return r

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            d = _from_int(f)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError("argument must be int or float")
        if cls is Decimal:
            return d
        return cls(d)

    # -- predicates and plain properties

    def is_nan(self):
        return self._kind >= 2

    def is_qnan(self):
        return self._kind == _NAN

    def is_snan(self):
        return self._kind == _SNAN

    def is_infinite(self):
        return self._kind == _INF

    def is_finite(self):
        return self._kind == 0

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return self._kind == 0 and self._coef == 0

    def is_canonical(self):
        return True

    def is_normal(self, context=None):
        if self._kind or not self._coef:
            return False
        ctx = _ctx(context)
        return self._exp + _nd(self._coef) - 1 >= ctx._Emin

    def is_subnormal(self, context=None):
        if self._kind or not self._coef:
            return False
        ctx = _ctx(context)
        return self._exp + _nd(self._coef) - 1 < ctx._Emin

    def adjusted(self):
        if self._kind:
            return 0
        return self._exp + _nd(self._coef) - 1

    def canonical(self):
        return self

    def radix(self):
        return _new(0, 10, 0)

    def as_tuple(self):
        k = self._kind
        if k == 0:
            digits = tuple(map(int, str(self._coef)))
            exp = self._exp
        else:
            digits = tuple(map(int, str(self._coef))) if self._coef else ()
            if k == _INF:
                digits = (0,)
            exp = 'F' if k == _INF else ('n' if k == _NAN else 'N')
        return DecimalTuple(self._sign, digits, exp)

    def as_integer_ratio(self):
        k = self._kind
        if k:
            if k == _INF:
                raise OverflowError("cannot convert Infinity to integer ratio")
            raise ValueError("cannot convert NaN to integer ratio")
        c = self._coef
        if not c:
            return (0, 1)
        e = self._exp
        if e >= 0:
            n = c * _p10(e)
            d = 1
        else:
            d = _p10(-e)
            g = _math.gcd(c, d)
            n = c // g
            d = d // g
        return (-n if self._sign else n, d)

    def number_class(self, context=None):
        k = self._kind
        if k == _SNAN:
            return 'sNaN'
        if k == _NAN:
            return 'NaN'
        s = '-' if self._sign else '+'
        if k == _INF:
            return s + 'Infinity'
        if not self._coef:
            return s + 'Zero'
        ctx = _ctx(context)
        if self._exp + _nd(self._coef) - 1 < ctx._Emin:
            return s + 'Subnormal'
        return s + 'Normal'

    # -- string forms

    def __repr__(self):
        return "Decimal('%s')" % self._str(getcontext()._capitals)

    def __str__(self):
        return self._str(getcontext()._capitals)

    def to_eng_string(self, context=None):
        return self._str(_ctx(context)._capitals, True)

    def _str(self, caps=1, eng=False):
        k = self._kind
        sign = '-' if self._sign else ''
        if k:
            if k == _INF:
                return sign + 'Infinity'
            p = str(self._coef) if self._coef else ''
            return sign + ('NaN' if k == _NAN else 'sNaN') + p
        ds = str(self._coef)
        exp = self._exp
        n = len(ds)
        adj = exp + n - 1
        if exp <= 0 and adj >= -6:
            if exp == 0:
                return sign + ds
            point = n + exp
            if point > 0:
                return sign + ds[:point] + '.' + ds[point:]
            return sign + '0.' + '0' * (-point) + ds
        E = 'E' if caps else 'e'
        if not eng:
            m = ds[0] + ('.' + ds[1:] if n > 1 else '')
            return sign + m + E + ('+' if adj >= 0 else '') + str(adj)
        if self._coef == 0:
            e3 = -((-exp) // 3) * 3
            m = '0' + ('.' + '0' * (e3 - exp) if e3 > exp else '')
        else:
            e3 = adj - adj % 3
            ip = adj - e3 + 1
            if n <= ip:
                m = ds + '0' * (ip - n)
            else:
                m = ds[:ip] + '.' + ds[ip:]
        if e3 == 0:
            return sign + m
        return sign + m + E + ('+' if e3 >= 0 else '') + str(e3)

    def __format__(self, spec, _localeconv=None):
        from_ctx = getcontext()
        return _format(self, spec, from_ctx)

    # -- conversions

    def __bool__(self):
        return self._kind != 0 or self._coef != 0

    def __int__(self):
        k = self._kind
        if k:
            if k == _INF:
                raise OverflowError("cannot convert Infinity to integer")
            raise ValueError("cannot convert NaN to integer")
        e = self._exp
        if e >= 0:
            n = self._coef * _p10(e)
        else:
            n = self._coef // _p10(-e) if -e <= _nd(self._coef) else 0
        return -n if self._sign else n

    __trunc__ = __int__

    def _to_int(self, rounding):
        k = self._kind
        if k:
            if k == _INF:
                raise OverflowError("cannot convert Infinity to integer")
            raise ValueError("cannot convert NaN to integer")
        e = self._exp
        if e >= 0:
            n = self._coef * _p10(e)
        else:
            n, _ = _shift_round(self._coef, -e, self._sign, rounding)
        return -n if self._sign else n

    def __floor__(self):
        return self._to_int(ROUND_FLOOR)

    def __ceil__(self):
        return self._to_int(ROUND_CEILING)

    def __round__(self, n=None):
        if n is None:
            return self._to_int(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError("optional arg must be an integer")
        ctx = getcontext()
        return _done(ctx, _quantize(self, _new(0, 1, -n), ctx, ctx._rounding))

    def __float__(self):
        k = self._kind
        if k >= 2:
            if k == _SNAN:
                raise ValueError("cannot convert signaling NaN to float")
            return float('-nan') if self._sign else float('nan')
        return float(self._str())

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return _new(0, 0, 0)

    def conjugate(self):
        return self

    def __hash__(self):
        k = self._kind
        if k:
            if k == _SNAN:
                raise TypeError("Cannot hash a signaling NaN value")
            if k == _NAN:
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        P = 2305843009213693951
        e = self._exp
        if e >= 0:
            h = self._coef % P * pow(10, e, P) % P
        else:
            h = self._coef % P * pow(_INV10, -e, P) % P
        if self._sign:
            h = -h
        if h == -1:
            h = -2
        return h

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(self)

    def __deepcopy__(self, memo):
        if type(self) is Decimal:
            return self
        return self.__class__(self)

    # -- comparisons

    def _cmp_key(self, other, op):
        """Three-way comparison with another Decimal, or None for NaNs."""
        return _cmp(self, other)

    def __eq__(self, other):
        o = _conv_cmp(self, other, True)
        if o is NotImplemented:
            return o
        if self._kind >= 2 or o._kind >= 2:
            if self._kind == _SNAN or o._kind == _SNAN:
                ctx = getcontext()
                ctx._st |= _INVOP
                _done(ctx, None)
            return False
        return _cmp(self, o) == 0

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def _order(self, other):
        o = _conv_cmp(self, other, False)
        if o is NotImplemented:
            return o
        if self._kind >= 2 or o._kind >= 2:
            ctx = getcontext()
            ctx._st |= _INVOP
            _done(ctx, None)
            return None
        return _cmp(self, o)

    def __lt__(self, other):
        c = self._order(other)
        if c is NotImplemented or c is None:
            return c if c is NotImplemented else False
        return c < 0

    def __le__(self, other):
        c = self._order(other)
        if c is NotImplemented or c is None:
            return c if c is NotImplemented else False
        return c <= 0

    def __gt__(self, other):
        c = self._order(other)
        if c is NotImplemented or c is None:
            return c if c is NotImplemented else False
        return c > 0

    def __ge__(self, other):
        c = self._order(other)
        if c is NotImplemented or c is None:
            return c if c is NotImplemented else False
        return c >= 0

    # -- arithmetic operators

    def __add__(self, other):
        ctx = getcontext()
        o = other if type(other) is Decimal else _conv_op(other, ctx)
        if o is NotImplemented:
            return o
        r = _add(self, o, ctx, 0)
        if ctx._st:
            _done(ctx, r)
        return r

    def __radd__(self, other):
        ctx = getcontext()
        o = other if type(other) is Decimal else _conv_op(other, ctx)
        if o is NotImplemented:
            return o
        r = _add(o, self, ctx, 0)
        if ctx._st:
            _done(ctx, r)
        return r

    def __sub__(self, other):
        ctx = getcontext()
        o = other if type(other) is Decimal else _conv_op(other, ctx)
        if o is NotImplemented:
            return o
        r = _add(self, o, ctx, 1)
        if ctx._st:
            _done(ctx, r)
        return r

    def __rsub__(self, other):
        ctx = getcontext()
        o = other if type(other) is Decimal else _conv_op(other, ctx)
        if o is NotImplemented:
            return o
        r = _add(o, self, ctx, 1)
        if ctx._st:
            _done(ctx, r)
        return r

    def __mul__(self, other):
        ctx = getcontext()
        o = other if type(other) is Decimal else _conv_op(other, ctx)
        if o is NotImplemented:
            return o
        r = _mul(self, o, ctx)
        if ctx._st:
            _done(ctx, r)
        return r

    def __rmul__(self, other):
        ctx = getcontext()
        o = other if type(other) is Decimal else _conv_op(other, ctx)
        if o is NotImplemented:
            return o
        r = _mul(o, self, ctx)
        if ctx._st:
            _done(ctx, r)
        return r

    def __truediv__(self, other):
        ctx = getcontext()
        o = other if type(other) is Decimal else _conv_op(other, ctx)
        if o is NotImplemented:
            return o
        r = _div(self, o, ctx)
        if ctx._st:
            _done(ctx, r)
        return r

    def __rtruediv__(self, other):
        ctx = getcontext()
        o = other if type(other) is Decimal else _conv_op(other, ctx)
        if o is NotImplemented:
            return o
        r = _div(o, self, ctx)
        if ctx._st:
            _done(ctx, r)
        return r

    def __floordiv__(self, other):
        ctx = getcontext()
        o = other if type(other) is Decimal else _conv_op(other, ctx)
        if o is NotImplemented:
            return o
        r = _divmod(self, o, ctx, 1)[0]
        if ctx._st:
            _done(ctx, r)
        return r

    def __rfloordiv__(self, other):
        ctx = getcontext()
        o = other if type(other) is Decimal else _conv_op(other, ctx)
        if o is NotImplemented:
            return o
        r = _divmod(o, self, ctx, 1)[0]
        if ctx._st:
            _done(ctx, r)
        return r

    def __mod__(self, other):
        ctx = getcontext()
        o = other if type(other) is Decimal else _conv_op(other, ctx)
        if o is NotImplemented:
            return o
        r = _divmod(self, o, ctx, 2)[1]
        if ctx._st:
            _done(ctx, r)
        return r

    def __rmod__(self, other):
        ctx = getcontext()
        o = other if type(other) is Decimal else _conv_op(other, ctx)
        if o is NotImplemented:
            return o
        r = _divmod(o, self, ctx, 2)[1]
        if ctx._st:
            _done(ctx, r)
        return r

    def __divmod__(self, other):
        ctx = getcontext()
        o = other if type(other) is Decimal else _conv_op(other, ctx)
        if o is NotImplemented:
            return o
        r = _divmod(self, o, ctx)
        if ctx._st:
            _done(ctx, r)
        return r

    def __rdivmod__(self, other):
        ctx = getcontext()
        o = other if type(other) is Decimal else _conv_op(other, ctx)
        if o is NotImplemented:
            return o
        r = _divmod(o, self, ctx)
        if ctx._st:
            _done(ctx, r)
        return r

    def __pow__(self, other, modulo=None):
        ctx = getcontext()
        o = _conv_op(other, ctx)
        if o is NotImplemented:
            return o
        if modulo is not None:
            m = _conv_op(modulo, ctx)
            if m is NotImplemented:
                return m
            return _done(ctx, _powmod(self, o, m, ctx))
        return _done(ctx, _pow(self, o, ctx))

    def __rpow__(self, other, modulo=None):
        ctx = getcontext()
        o = _conv_op(other, ctx)
        if o is NotImplemented:
            return o
        if modulo is not None:
            m = _conv_op(modulo, ctx)
            if m is NotImplemented:
                return m
            return _done(ctx, _powmod(o, self, m, ctx))
        return _done(ctx, _pow(o, self, ctx))

    def __neg__(self):
        ctx = getcontext()
        return _done(ctx, _minus(self, ctx))

    def __pos__(self):
        ctx = getcontext()
        return _done(ctx, _plus(self, ctx))

    def __abs__(self):
        ctx = getcontext()
        return _done(ctx, _abs(self, ctx))

    # -- methods taking a context

    def compare(self, other, context=None):
        ctx = _ctx(context)
        return _done(ctx, _compare(self, _conv(other), ctx))

    def compare_signal(self, other, context=None):
        ctx = _ctx(context)
        o = _conv(other)
        if self._kind >= 2 or o._kind >= 2:
            ctx._st |= _INVOP
            r = _check_nans(self, o, ctx)
            return _done(ctx, r)
        return _done(ctx, _compare(self, o, ctx))

    def compare_total(self, other, context=None):
        return _int_dec(_cmp_total(self, _conv(other)))

    def compare_total_mag(self, other, context=None):
        return _int_dec(_cmp_total(_abs_raw(self), _abs_raw(_conv(other))))

    def max(self, other, context=None):
        ctx = _ctx(context)
        return _done(ctx, _maxmin(self, _conv(other), ctx, 1, False))

    def min(self, other, context=None):
        ctx = _ctx(context)
        return _done(ctx, _maxmin(self, _conv(other), ctx, -1, False))

    def max_mag(self, other, context=None):
        ctx = _ctx(context)
        return _done(ctx, _maxmin(self, _conv(other), ctx, 1, True))

    def min_mag(self, other, context=None):
        ctx = _ctx(context)
        return _done(ctx, _maxmin(self, _conv(other), ctx, -1, True))

    def copy_abs(self):
        return _abs_raw(self)

    def copy_negate(self):
        return _new(self._sign ^ 1, self._coef, self._exp, self._kind)

    def copy_sign(self, other, context=None):
        o = _conv(other)
        return _new(o._sign, self._coef, self._exp, self._kind)

    def quantize(self, exp, rounding=None, context=None):
        ctx = _ctx(context)
        e = _conv(exp)
        if rounding is None:
            rounding = ctx._rounding
        elif rounding not in _ROUNDINGS:
            raise TypeError(_ROUNDING_MSG)
        return _done(ctx, _quantize(self, e, ctx, rounding))

    def same_quantum(self, other, context=None):
        o = _conv(other)
        if self._kind or o._kind:
            return (self._kind >= 2 and o._kind >= 2) or (self._kind == o._kind == _INF)
        return self._exp == o._exp

    def to_integral_value(self, rounding=None, context=None):
        ctx = _ctx(context)
        if rounding is None:
            rounding = ctx._rounding
        elif rounding not in _ROUNDINGS:
            raise TypeError(_ROUNDING_MSG)
        return _done(ctx, _to_integral(self, ctx, rounding, False))

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = _ctx(context)
        if rounding is None:
            rounding = ctx._rounding
        elif rounding not in _ROUNDINGS:
            raise TypeError(_ROUNDING_MSG)
        return _done(ctx, _to_integral(self, ctx, rounding, True))

    def normalize(self, context=None):
        ctx = _ctx(context)
        return _done(ctx, _reduce(self, ctx))

    def sqrt(self, context=None):
        ctx = _ctx(context)
        return _done(ctx, _sqrt(self, ctx))

    def exp(self, context=None):
        ctx = _ctx(context)
        return _done(ctx, _exp(self, ctx))

    def ln(self, context=None):
        ctx = _ctx(context)
        return _done(ctx, _ln(self, ctx))

    def log10(self, context=None):
        ctx = _ctx(context)
        return _done(ctx, _log10(self, ctx))

    def logb(self, context=None):
        ctx = _ctx(context)
        return _done(ctx, _logb(self, ctx))

    def scaleb(self, other, context=None):
        ctx = _ctx(context)
        return _done(ctx, _scaleb(self, _conv(other), ctx))

    def fma(self, other, third, context=None):
        ctx = _ctx(context)
        return _done(ctx, _fma(self, _conv(other), _conv(third), ctx))

    def next_plus(self, context=None):
        ctx = _ctx(context)
        return _done(ctx, _next(self, ctx, 1))

    def next_minus(self, context=None):
        ctx = _ctx(context)
        return _done(ctx, _next(self, ctx, -1))

    def next_toward(self, other, context=None):
        ctx = _ctx(context)
        return _done(ctx, _next_toward(self, _conv(other), ctx))

    def remainder_near(self, other, context=None):
        ctx = _ctx(context)
        return _done(ctx, _remainder_near(self, _conv(other), ctx))

    def rotate(self, other, context=None):
        ctx = _ctx(context)
        return _done(ctx, _rotate(self, _conv(other), ctx, True))

    def shift(self, other, context=None):
        ctx = _ctx(context)
        return _done(ctx, _rotate(self, _conv(other), ctx, False))

    def logical_and(self, other, context=None):
        ctx = _ctx(context)
        return _done(ctx, _logical(self, _conv(other), ctx, 'and'))

    def logical_or(self, other, context=None):
        ctx = _ctx(context)
        return _done(ctx, _logical(self, _conv(other), ctx, 'or'))

    def logical_xor(self, other, context=None):
        ctx = _ctx(context)
        return _done(ctx, _logical(self, _conv(other), ctx, 'xor'))

    def logical_invert(self, context=None):
        ctx = _ctx(context)
        return _done(ctx, _logical(self, _new(0, 0, 0), ctx, 'invert'))


_INV10 = pow(10, 2305843009213693951 - 2, 2305843009213693951)
_ROUNDING_MSG = ("valid values for rounding are:\n"
                 "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                 "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                 "   ROUND_05UP]")

_numbers.Number.register(Decimal)


def _int_dec(n):
    return _new(1, 1, 0) if n < 0 else _new(0, n, 0)


def _abs_raw(a):
    if a._sign:
        return _new(0, a._coef, a._exp, a._kind)
    return a


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError("argument must be a sequence of length 3")
    sign, digits, exp = value
    if not (isinstance(sign, int) and sign in (0, 1)):
        raise ValueError("sign must be an integer with the value 0 or 1")
    if isinstance(exp, str):
        if exp == 'F':
            return _new(sign, 0, 0, _INF)
        if exp not in ('n', 'N'):
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
        kind = _NAN if exp == 'n' else _SNAN
    elif isinstance(exp, int):
        kind = 0
    else:
        raise ValueError("exponent must be an integer")
    if not isinstance(digits, (tuple, list)):
        raise ValueError("coefficient must be a tuple of digits")
    coef = 0
    for dg in digits:
        if not isinstance(dg, int) or not 0 <= dg <= 9:
            raise ValueError("coefficient must be a tuple of digits")
        coef = coef * 10 + dg
    if kind:
        return _new(sign, coef, 0, kind)
    return _new(sign, coef, exp)


def _conv_cmp(a, other, equality):
    """The other operand of a comparison as a Decimal (exact), or NotImplemented."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _from_int(other)
    if isinstance(other, float):
        ctx = getcontext()
        ctx._st |= _FLOATOP
        if equality:
            ctx._flags |= ctx._st
            ctx._st = 0
        else:
            _done(ctx, None)
        return _from_float(other)
    if isinstance(other, complex) and equality:
        if other.imag != 0:
            return NotImplemented
        return _conv_cmp(a, other.real, equality)
    if isinstance(other, _numbers.Rational):
        return _RationalOperand(other)
    return NotImplemented


class _RationalOperand(object):
    """A Fraction in a comparison: compared exactly through cross-multiplication."""

    def __init__(self, q):
        self.num = q.numerator
        self.den = q.denominator
        self._kind = 0
        self._sign = 1 if self.num < 0 else 0
        self._coef = abs(self.num)
        self._exp = 0


def _cmp(a, b):
    """Three-way comparison of two non-NaN values."""
    if type(b) is _RationalOperand:
        if a._kind == _INF:
            return -1 if a._sign else 1
        n, d = b.num, b.den
        e = a._exp
        x = a._coef * (-1 if a._sign else 1)
        if e >= 0:
            lhs = x * _p10(e) * d
            rhs = n
        else:
            lhs = x * d
            rhs = n * _p10(-e)
        return (lhs > rhs) - (lhs < rhs)
    ka = a._kind
    kb = b._kind
    if ka or kb:
        va = (-1 if a._sign else 1) if ka else 0
        vb = (-1 if b._sign else 1) if kb else 0
        if ka and kb:
            return (va > vb) - (va < vb)
        if ka:
            return va
        return -vb
    ca = a._coef
    cb = b._coef
    if not ca:
        if not cb:
            return 0
        return 1 if b._sign else -1
    if not cb:
        return -1 if a._sign else 1
    sa = a._sign
    if sa != b._sign:
        return -1 if sa else 1
    ea = a._exp
    eb = b._exp
    # Compare magnitudes through adjusted exponents first.
    aa = ea + _nd(ca)
    ab = eb + _nd(cb)
    if aa != ab:
        r = 1 if aa > ab else -1
    else:
        if ea > eb:
            ca = ca * _p10(ea - eb)
        elif eb > ea:
            cb = cb * _p10(eb - ea)
        r = (ca > cb) - (ca < cb)
    return -r if sa else r


def _cmp_total(a, b):
    """compare_total: the total order of the specification."""
    sa = a._sign
    sb = b._sign
    if sa != sb:
        return -1 if sa else 1
    ka = a._kind
    kb = b._kind
    # rank: finite 0, inf 1, snan 2, nan 3
    ra = (0, 1, 3, 2)[ka]
    rb = (0, 1, 3, 2)[kb]
    if ra != rb:
        r = 1 if ra > rb else -1
    elif ka >= 2:
        r = (a._coef > b._coef) - (a._coef < b._coef)
    elif ka == _INF:
        r = 0
    else:
        r = _cmp(_abs_raw(a), _abs_raw(b))
        if r == 0:
            r = (a._exp > b._exp) - (a._exp < b._exp)
    return -r if sa else r


# ---------------------------------------------------------------- operations

def _plus(a, ctx):
    if a._kind:
        if a._kind >= 2:
            return _check_nan(a, ctx)
        return a if type(a) is Decimal else _new(a._sign, 0, 0, _INF)
    sign = a._sign
    if not a._coef and sign and ctx._rounding != ROUND_FLOOR:
        sign = 0
    return _fin(sign, a._coef, a._exp, ctx)


def _minus(a, ctx):
    if a._kind:
        if a._kind >= 2:
            return _check_nan(a, ctx)
        return _new(a._sign ^ 1, 0, 0, _INF)
    sign = a._sign ^ 1
    if not a._coef and ctx._rounding != ROUND_FLOOR:
        sign = 0
    return _fin(sign, a._coef, a._exp, ctx)


def _abs(a, ctx):
    if a._kind:
        if a._kind >= 2:
            return _check_nan(a, ctx)
        return _new(0, 0, 0, _INF)
    return _fin(0, a._coef, a._exp, ctx)


def _add(a, b, ctx, negate_b):
    sb = b._sign ^ negate_b
    if a._kind or b._kind:
        r = _check_nans(a, b, ctx)
        if r is not None:
            return r
        if a._kind == _INF:
            if b._kind == _INF and a._sign != sb:
                return _nan(ctx)
            return _new(a._sign, 0, 0, _INF)
        return _new(sb, 0, 0, _INF)
    sa = a._sign
    ca = a._coef
    cb = b._coef
    ea = a._exp
    eb = b._exp
    if ea != eb:
        if not ca or not cb:
            if not ca and not cb:
                pass
            else:
                return _add_zero(a, b, sb, ctx)
        else:
            # Keep a tiny operand far below the rounding point from growing
            # the other's coefficient: it only matters as a sticky digit.
            if ea > eb:
                hi_adj = ea + _nd(ca) - 1
                lim = min(ea, hi_adj - ctx._prec) - 1
                if eb + _nd(cb) - 1 < lim:
                    cb = 1
                    eb = lim
            else:
                hi_adj = eb + _nd(cb) - 1
                lim = min(eb, hi_adj - ctx._prec) - 1
                if ea + _nd(ca) - 1 < lim:
                    ca = 1
                    ea = lim
        if ea > eb:
            ca *= _p10(ea - eb)
            ea = eb
        elif eb > ea:
            cb *= _p10(eb - ea)
    if sa == sb:
        return _fin(sa, ca + cb, ea, ctx)
    c = ca - cb
    if c > 0:
        return _fin(sa, c, ea, ctx)
    if c < 0:
        return _fin(sb, -c, ea, ctx)
    return _fin(1 if ctx._rounding == ROUND_FLOOR else 0, 0, ea, ctx)


def _add_zero(a, b, sb, ctx):
    """Sum of a zero and a non-zero whose exponents differ."""
    if a._coef:
        nz, sn, z, sz = a, a._sign, b, sb
    else:
        nz, sn, z, sz = b, sb, a, a._sign
    c = nz._coef
    e = nz._exp
    ez = z._exp
    if ez >= e:
        return _fin(sn, c, e, ctx)
    adj = e + _nd(c) - 1
    target = min(e, max(ez, adj - ctx._prec + 1))
    if target > ez:
        ctx._st |= _ROUNDED
    return _fin(sn, c * _p10(e - target), target, ctx)


def _mul(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._kind or b._kind:
        r = _check_nans(a, b, ctx)
        if r is not None:
            return r
        if (a._kind == 0 and not a._coef) or (b._kind == 0 and not b._coef):
            return _nan(ctx)
        return _new(sign, 0, 0, _INF)
    return _fin(sign, a._coef * b._coef, a._exp + b._exp, ctx)


def _div(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._kind or b._kind:
        r = _check_nans(a, b, ctx)
        if r is not None:
            return r
        if a._kind == _INF:
            if b._kind == _INF:
                return _nan(ctx)
            return _new(sign, 0, 0, _INF)
        ctx._st |= _CLAMPED
        return _new(sign, 0, ctx._Emin - ctx._prec + 1)
    ca = a._coef
    cb = b._coef
    if not cb:
        if not ca:
            return _nan(ctx, _DIVUNDEF)
        ctx._st |= _DIVZERO
        return _new(sign, 0, 0, _INF)
    ideal = a._exp - b._exp
    if not ca:
        return _fin(sign, 0, ideal, ctx)
    prec = ctx._prec
    la = _nd(ca)
    lb = _nd(cb)
    shift = prec + lb - la + 1
    if shift >= 0:
        q, r = divmod(ca * _p10(shift), cb)
    else:
        q, r = divmod(ca, cb * _p10(-shift))
    exp = ideal - shift
    if r:
        if q % 5 == 0:
            q += 1
        return _fin(sign, q, exp, ctx)
    # Exact: strip trailing zeros back towards the ideal exponent.
    while exp < ideal and q % 10 == 0:
        q //= 10
        exp += 1
    return _fin(sign, q, exp, ctx)


def _divmod(a, b, ctx, mode=0):
    """(a // b, a % b): the specification's divide-integer and remainder.
    mode 0 computes both, 1 only the quotient, 2 only the remainder (the
    other item is then None); each finalized result adds its own status."""
    sign = a._sign ^ b._sign
    if a._kind or b._kind:
        r = _check_nans(a, b, ctx)
        if r is not None:
            return r, r
        if a._kind == _INF:
            if b._kind == _INF:
                n = _nan(ctx)
                return n, n
            if mode == 1:
                return _new(sign, 0, 0, _INF), None
            return _new(sign, 0, 0, _INF), _nan(ctx)
        # b infinite
        q = _fin(sign, 0, 0, ctx) if mode != 2 else None
        rem = _fin(a._sign, a._coef, a._exp, ctx) if mode != 1 else None
        return q, rem
    ca = a._coef
    cb = b._coef
    if not cb:
        if not ca:
            n = _nan(ctx, _DIVUNDEF)
            return n, n
        if mode == 2:
            n = _nan(ctx)
            return n, n
        if mode == 1:
            ctx._st |= _DIVZERO
            return _new(sign, 0, 0, _INF), None
        ctx._st |= _DIVZERO | _INVOP
        return _new(sign, 0, 0, _INF), _new(0, 0, 0, _NAN)
    ea = a._exp
    eb = b._exp
    prec = ctx._prec
    adj_a = ea + _nd(ca) - 1
    adj_b = eb + _nd(cb) - 1
    e = min(ea, eb)
    if not ca or adj_a < adj_b:
        q = 0
        r = ca * _p10(ea - e)
    else:
        if adj_a - adj_b > prec:
            n = _nan(ctx, _DIVIMP)
            return n, n
        if ea >= eb:
            q, r = divmod(ca * _p10(ea - eb), cb)
        else:
            q, r = divmod(ca, cb * _p10(eb - ea))
        if _nd(q) > prec:
            n = _nan(ctx, _DIVIMP)
            return n, n
    quot = _fin(sign, q, 0, ctx) if mode != 2 else None
    rem = _fin(a._sign, r, e, ctx) if mode != 1 else None
    return quot, rem


def _remainder_near(a, b, ctx):
    if a._kind or b._kind:
        r = _check_nans(a, b, ctx)
        if r is not None:
            return r
        if a._kind == _INF:
            return _nan(ctx)
        return _fin(a._sign, a._coef, a._exp, ctx)
    ca = a._coef
    cb = b._coef
    if not cb:
        return _nan(ctx, _DIVUNDEF if not ca else _INVOP)
    ea = a._exp
    eb = b._exp
    e = min(ea, eb)
    prec = ctx._prec
    adj_a = ea + _nd(ca) - 1
    adj_b = eb + _nd(cb) - 1
    if ca and adj_a - adj_b > prec:
        return _nan(ctx, _DIVIMP)
    if not ca or adj_a < adj_b - 1:
        # |a| < |b| / 2: the remainder is a itself
        return _fin(a._sign, ca * _p10(ea - e), e, ctx)
    xa = ca * _p10(ea - e)
    xb = cb * _p10(eb - e)
    q, r = divmod(xa, xb)
    r2 = 2 * r
    if r2 > xb or (r2 == xb and q & 1):
        q += 1
        r = r - xb
    if _nd(q) > prec:
        return _nan(ctx, _DIVIMP)
    sign = a._sign
    if r < 0:
        sign ^= 1
        r = -r
    return _fin(sign, r, e, ctx)


def _compare(a, b, ctx):
    if a._kind >= 2 or b._kind >= 2:
        return _check_nans(a, b, ctx)
    return _int_dec(_cmp(a, b))


def _maxmin(a, b, ctx, want, mag):
    ka = a._kind
    kb = b._kind
    if ka >= 2 or kb >= 2:
        if ka == _SNAN or kb == _SNAN or (ka >= 2 and kb >= 2):
            return _check_nans(a, b, ctx)
        # one quiet NaN: the other operand wins
        x = b if ka >= 2 else a
        return _plus_keep_sign(x, ctx)
    if mag:
        c = _cmp(_abs_raw(a), _abs_raw(b))
        if c == 0:
            c = _cmp(a, b)
    else:
        c = _cmp(a, b)
    if c == 0:
        # total order decides among equal values
        c = _cmp_total(a, b)
    x = a if (c >= 0) == (want > 0) else b
    if c == 0:
        x = a
    return _plus_keep_sign(x, ctx)


def _plus_keep_sign(x, ctx):
    if x._kind:
        return x if type(x) is Decimal else _new(x._sign, x._coef, x._exp, x._kind)
    return _fin(x._sign, x._coef, x._exp, ctx)


def _quantize(a, b, ctx, rounding):
    if a._kind or b._kind:
        r = _check_nans(a, b, ctx)
        if r is not None:
            return r
        if a._kind == _INF and b._kind == _INF:
            return _new(a._sign, 0, 0, _INF)
        return _nan(ctx)
    e = b._exp
    prec = ctx._prec
    if e > ctx._Emax or e < ctx._Emin - prec + 1:
        return _nan(ctx)
    ca = a._coef
    if not ca:
        return _fin(a._sign, 0, e, ctx, rounding)
    diff = a._exp - e
    if diff >= 0:
        if _nd(ca) + diff > prec:
            return _nan(ctx)
        c = ca * _p10(diff)
    else:
        c, inexact = _shift_round(ca, -diff, a._sign, rounding)
        if _nd(c) > prec:
            return _nan(ctx)
    if c and (e + _nd(c) - 1 > ctx._Emax):
        return _nan(ctx)
    if diff < 0:
        ctx._st |= _ROUNDED
        if inexact:
            ctx._st |= _INEXACT
    if c and e + _nd(c) - 1 < ctx._Emin:
        ctx._st |= _SUBNORMAL
    return _fin(a._sign, c, e, ctx, rounding)


def _to_integral(a, ctx, rounding, exact):
    if a._kind:
        if a._kind >= 2:
            return _check_nan(a, ctx)
        return _new(a._sign, 0, 0, _INF)
    e = a._exp
    if e >= 0:
        return a if type(a) is Decimal else _new(a._sign, a._coef, e)
    if not a._coef:
        return _new(a._sign, 0, 0)
    c, inexact = _shift_round(a._coef, -e, a._sign, rounding)
    if exact:
        ctx._st |= _ROUNDED
        if inexact:
            ctx._st |= _INEXACT
    return _new(a._sign, c, 0)


def _reduce(a, ctx):
    if a._kind:
        if a._kind >= 2:
            return _check_nan(a, ctx)
        return _new(a._sign, 0, 0, _INF)
    r = _fin(a._sign, a._coef, a._exp, ctx)
    if r._kind:
        return r
    c = r._coef
    if not c:
        return _new(r._sign, 0, 0)
    e = r._exp
    etop = ctx._Emax - ctx._prec + 1 if ctx._clamp else ctx._Emax
    s = str(c)
    strip = len(s) - len(s.rstrip('0'))
    if strip:
        room = etop - e if ctx._clamp else strip
        strip = min(strip, max(room, 0))
        if strip:
            c //= _p10(strip)
            e += strip
    return _new(r._sign, c, e)


def _logb(a, ctx):
    if a._kind:
        if a._kind >= 2:
            return _check_nan(a, ctx)
        return _new(0, 0, 0, _INF)
    if not a._coef:
        ctx._st |= _DIVZERO
        return _new(1, 0, 0, _INF)
    return _fin_int(a._exp + _nd(a._coef) - 1, ctx)


def _fin_int(n, ctx):
    return _fin(1 if n < 0 else 0, abs(n), 0, ctx)


def _scaleb(a, b, ctx):
    if a._kind or b._kind:
        r = _check_nans(a, b, ctx)
        if r is not None:
            return r
    if b._kind or b._exp != 0:
        return _nan(ctx)
    lim = 2 * (ctx._Emax + ctx._prec)
    if b._coef > lim:
        return _nan(ctx)
    n = -b._coef if b._sign else b._coef
    if a._kind == _INF:
        return _new(a._sign, 0, 0, _INF)
    return _fin(a._sign, a._coef, a._exp + n, ctx)


def _fma(a, b, c, ctx):
    if a._kind or b._kind or c._kind:
        r = _check_nans(a, b, ctx)
        if r is not None:
            if c._kind == _SNAN and not (a._kind == _SNAN or b._kind == _SNAN):
                ctx._st |= _INVOP
                return _fix_nan(c, ctx)
            return r
        sign = a._sign ^ b._sign
        if a._kind == _INF or b._kind == _INF:
            if (a._kind == 0 and not a._coef) or (b._kind == 0 and not b._coef):
                return _nan(ctx)
            prod = _new(sign, 0, 0, _INF)
        else:
            prod = _new(sign, a._coef * b._coef, a._exp + b._exp)
        return _add(prod, c, ctx, 0)
    prod = _new(a._sign ^ b._sign, a._coef * b._coef, a._exp + b._exp)
    return _add(prod, c, ctx, 0)


def _next(a, ctx, direction):
    """next_plus (direction 1) and next_minus (-1): round toward the
    direction, or else step by a quantity below the smallest subnormal."""
    prec = ctx._prec
    if a._kind:
        if a._kind >= 2:
            return _check_nan(a, ctx)
        if (a._sign == 0) == (direction > 0):
            return _new(a._sign, 0, 0, _INF)
        return _new(a._sign, _p10(prec) - 1, ctx._Emax - prec + 1)
    w = _WorkCtx(prec, ROUND_CEILING if direction > 0 else ROUND_FLOOR,
                 ctx._Emin, ctx._Emax, ctx._clamp)
    r = _fin(a._sign, a._coef, a._exp, w)
    if w._st & _INEXACT:
        return r
    w._st = 0
    tiny = _new(0 if direction > 0 else 1, 1, ctx._Emin - prec)
    return _add(a, tiny, w, 0)


def _next_toward(a, b, ctx):
    if a._kind >= 2 or b._kind >= 2:
        return _check_nans(a, b, ctx)
    c = _cmp(a, b)
    if c == 0:
        return _new(b._sign, a._coef, a._exp, a._kind)
    r = _next(a, ctx, -1 if c > 0 else 1)
    if r._kind == _INF:
        ctx._st |= _OVERFLOW | _INEXACT | _ROUNDED
    elif r._kind == 0:
        if r._exp + _nd(r._coef) - 1 < ctx._Emin:
            ctx._st |= _UNDERFLOW | _SUBNORMAL | _INEXACT | _ROUNDED
            if not r._coef:
                ctx._st |= _CLAMPED
    return r


def _is_logical(a):
    return a._kind == 0 and a._sign == 0 and a._exp == 0 and not (set(str(a._coef)) - {'0', '1'})


def _logical(a, b, ctx, op):
    if not _is_logical(a) or not _is_logical(b):
        return _nan(ctx)
    prec = ctx._prec
    width = prec if op == 'invert' else min(prec, max(_nd(a._coef), _nd(b._coef)))
    sa = str(a._coef).rjust(width, '0')[-width:]
    sb = str(b._coef).rjust(width, '0')[-width:]
    if op == 'and':
        out = [('1' if x == '1' and y == '1' else '0') for x, y in zip(sa, sb)]
    elif op == 'or':
        out = [('1' if x == '1' or y == '1' else '0') for x, y in zip(sa, sb)]
    elif op == 'xor':
        out = [('1' if x != y else '0') for x, y in zip(sa, sb)]
    else:
        out = [('0' if x == '1' else '1') for x in sa]
    return _new(0, int(''.join(out)), 0)


def _rotate(a, b, ctx, rotate):
    if a._kind or b._kind:
        r = _check_nans(a, b, ctx)
        if r is not None:
            return r
    if b._kind or b._exp != 0:
        return _nan(ctx)
    prec = ctx._prec
    if b._coef > prec:
        return _nan(ctx)
    n = -b._coef if b._sign else b._coef
    if a._kind == _INF:
        return _new(a._sign, 0, 0, _INF)
    s = str(a._coef)
    if len(s) > prec:
        s = s[-prec:]
    if rotate:
        s = s.rjust(prec, '0')
        n %= prec
        s = s[n:] + s[:n]
    else:
        if n >= 0:
            s = (s + '0' * n)[-prec:]
        else:
            s = s[:n] if -n < len(s) else '0'
    return _new(a._sign, int(s or '0'), a._exp)


# ---------------------------------------------------------------- power

def _is_integer(a):
    if a._kind:
        return False
    if a._exp >= 0 or not a._coef:
        return True
    return a._coef % _p10(-a._exp) == 0 if -a._exp <= _nd(a._coef) else False


def _int_value(a):
    if a._exp >= 0:
        v = a._coef * _p10(a._exp)
    else:
        v = a._coef // _p10(-a._exp)
    return -v if a._sign else v


def _pow(a, b, ctx):
    if a._kind >= 2 or b._kind >= 2:
        return _check_nans(a, b, ctx)
    intexp = _is_integer(b)
    rsign = 0
    if intexp:
        if a._sign and _is_odd_int(b):
            rsign = 1
    a_zero = a._kind == 0 and not a._coef
    b_zero = b._kind == 0 and not b._coef
    if a_zero:
        if b_zero:
            return _nan(ctx)
        if b._sign:
            return _new(rsign, 0, 0, _INF)
        return _new(rsign, 0, 0)
    if a._sign and (not intexp or b._kind == _INF):
        if not intexp:
            return _nan(ctx)
    if b._kind == _INF:
        if a._sign:
            return _nan(ctx)
        if a._kind == 0:
            c = _cmp(a, _ONE)
            if c == 0:
                ctx._st |= _INEXACT | _ROUNDED
                return _new(0, _p10(ctx._prec - 1), 1 - ctx._prec)
        else:
            c = 1
        if b._sign:
            c = -c
        if c < 0:
            return _new(rsign, 0, 0)
        return _new(rsign, 0, 0, _INF)
    if a._kind == _INF:
        if b_zero:
            return _new(rsign, 1, 0)
        if b._sign:
            return _new(rsign, 0, 0)
        return _new(rsign, 0, 0, _INF)
    if b_zero:
        return _new(rsign, 1, 0)
    # base equal to one
    if _cmp(a, _ONE) == 0:
        prec = ctx._prec
        if intexp:
            if b._sign:
                return _new(rsign, 1, 0)
            if a._exp == 0:
                shift = 0
            elif b._exp + _nd(b._coef) > 20:
                shift = prec
            else:
                shift = _int_value(b) * -a._exp
            if shift > prec - 1:
                shift = prec - 1
                ctx._st |= _ROUNDED
        else:
            shift = prec - 1
            ctx._st |= _INEXACT | _ROUNDED
        return _new(rsign, _p10(shift), -shift)
    # |a| == 1 (a is -1 here) never overflows: the bounds do not apply.
    r = _pow_bounds(a, b, rsign, ctx) if _cmp(_abs_raw(a), _ONE) else None
    if r is not None:
        return r
    if intexp:
        return _pow_int(a, b, rsign, ctx)
    res = _pow_real(a, b, ctx)
    if res._kind == 0 and _cmp(res, _ONE) == 0:
        shift = ctx._prec - 1
        res = _new(0, _p10(shift), -shift)
    if res._kind == _INF:
        return _fin_slow(0, 1, ctx._Emax + 10 ** 6 + ctx._prec * 4, ctx, ctx._rounding)
    return _fin(res._sign, res._coef, res._exp, ctx)


def _is_odd_int(b):
    if b._kind:
        return False
    if b._exp > 0:
        return False
    if b._exp == 0:
        return b._coef & 1 == 1
    return (b._coef // _p10(-b._exp)) & 1 == 1


_ONE = None  # set after the class is complete


def _lower_bound_zeta(x):
    t = x._exp + _nd(x._coef) - 1
    if t > 0:
        return _nd(t) - 1
    if t < -1:
        return _nd(-(t + 1)) - 1 if t + 1 != 0 else 0
    # x - 1, exactly
    d = _sub_exact(x, _ONE)
    u = d._exp + _nd(d._coef) - 1
    return u - 2 if t == 0 else u - 1


def _sub_exact(a, b):
    e = min(a._exp, b._exp)
    va = a._coef * _p10(a._exp - e) * (-1 if a._sign else 1)
    vb = b._coef * _p10(b._exp - e) * (-1 if b._sign else 1)
    v = va - vb
    return _new(1 if v < 0 else 0, abs(v), e)


def _pow_bounds(x, y, rsign, ctx):
    absx = _abs_raw(x)
    lb_theta = y._exp + _nd(y._coef) - 1
    lb_zeta = _lower_bound_zeta(absx)
    xadj = absx._exp + _nd(absx._coef) - 1
    sign = (1 if xadj < 0 else 0) ^ y._sign
    if sign == 0:
        ub_omega = _nd(abs(ctx._Emax))
        if ub_omega < lb_zeta + lb_theta:
            return _fin_slow(rsign, 1, ctx._Emax + 1 + 10 ** 6, ctx, ctx._rounding)
    else:
        etiny = ctx._Emin - ctx._prec + 1
        ub_omega = _nd(abs(etiny))
        if ub_omega < lb_zeta + lb_theta:
            return _fin_slow(rsign, 1, etiny - 1, ctx, ctx._rounding)
    return None


class _WorkCtx(object):
    """A scratch context for intermediate steps (no traps)."""

    def __init__(self, prec, rounding, emin, emax, clamp=0):
        self._prec = prec
        self._rounding = rounding
        self._Emin = emin
        self._Emax = emax
        self._clamp = clamp
        self._st = 0
        self._plim = _plim(prec)


def _pow_int(a, b, rsign, ctx):
    n = _int_value(b)
    prec = ctx._prec
    wprec = prec + _nd(b._coef) + b._exp + 2
    base = a
    st = 0
    if n < 0:
        wprec += 1
        w = _WorkCtx(wprec, ROUND_HALF_EVEN, ctx._Emin, ctx._Emax)
        base = _div(_new(0, 1, 0), a, w)
        st |= w._st
        if w._st & (_IEEE_INVOP | _DIVZERO | _OVERFLOW):
            pass
        n = -n
    w = _WorkCtx(wprec, ROUND_HALF_EVEN, ctx._Emin, ctx._Emax)
    result = base
    bits = bin(n)[3:]
    for bit in bits:
        result = _mul(result, result, w)
        if bit == '1':
            result = _mul(result, base, w)
        if result._kind or (not result._coef and w._st & _CLAMPED):
            break
    st |= w._st
    ctx._st |= st
    if result._kind == _INF:
        return _fin_slow(rsign, 1, ctx._Emax + 10 ** 6 + prec * 4, ctx, ctx._rounding)
    return _fin(rsign, result._coef, result._exp, ctx)


def _pow_real(a, b, ctx):
    """exp(b * ln(a)) at libmpdec's working precision (its double rounding)."""
    wprec = max(_nd(a._coef), ctx._prec) + 4 + 19
    w = _WorkCtx(wprec, ROUND_HALF_EVEN, MIN_EMIN, MAX_EMAX)
    t = _ln(a, w)
    t = _mul(t, b, w)
    r = _exp(t, w)
    ctx._st |= (w._st & (_IEEE_INVOP | _DIVZERO)) | _INEXACT | _ROUNDED
    return r


def _powmod(a, b, m, ctx):
    if a._kind or b._kind or m._kind:
        if a._kind >= 2 or b._kind >= 2 or m._kind >= 2:
            r = _check_nans(a, b, ctx)
            if r is None:
                r = _check_nan(m, ctx)
            return r
        return _nan(ctx)
    if not (_is_integer(a) and _is_integer(b) and _is_integer(m)):
        return _nan(ctx)
    if b._sign:
        return _nan(ctx)
    if not m._coef:
        return _nan(ctx)
    mv = abs(_int_value(m))
    if _nd(mv) > ctx._prec:
        return _nan(ctx)
    if not a._coef and not b._coef:
        return _nan(ctx)
    av = _int_value(a)
    bv = _int_value(b)
    r = pow(abs(av), bv, mv)
    sign = 1 if (av < 0 and bv & 1) else 0
    return _new(sign, r, 0)


# ---------------------------------------------------------------- exp, ln, log10, sqrt

def _ziv_round(approx_coef, approx_exp, err, ctx, rounding):
    """Round an approximation known within +-err units to the context, or None
    when the interval straddles a rounding boundary (then retry with more
    digits).  Works on a copy of the status."""
    lo = approx_coef - err
    hi = approx_coef + err
    if lo <= 0:
        return None
    st = ctx._st
    r1 = _fin_slow(0, lo * 10 + 1, approx_exp - 1, ctx, rounding)
    ctx._st = st
    r2 = _fin_slow(0, hi * 10 - 1, approx_exp - 1, ctx, rounding)
    ctx._st = st
    if r1._kind != r2._kind or r1._coef != r2._coef or r1._exp != r2._exp:
        return None
    # A value strictly inside: rounds the same way, and is never exact.
    return _fin_slow(0, approx_coef * 10 + 1, approx_exp - 1, ctx, rounding)


def _exp_series(x, p):
    """exp(x / 10**p) * 10**p for |x| <= ~3 * 10**p, error under 2 units.
    Works with 8 guard digits: halving the argument k times and squaring
    the sum k times multiplies the series' error by 2**k."""
    g = _p10(8)
    x *= g
    p += 8
    k = 0
    lim = _p10(p) >> 8
    while abs(x) > lim and k < 4000:
        x = x >> 1 if x >= 0 else -((-x) >> 1)
        k += 1
    one = _p10(p)
    total = one
    term = one
    i = 1
    while term:
        term = term * x // (one * i)
        total += term
        i += 1
    for _ in range(k):
        total = total * total // one
    return total // g


def _ln10_fixed(p):
    cached = _LN10_CACHE
    if cached[0] >= p:
        return cached[1] // _p10(cached[0] - p)
    v = _ln_fixed_small(10 * _p10(p + 10), p + 10) // _p10(10)
    _LN10_CACHE[0] = p
    _LN10_CACHE[1] = v
    return v


_LN10_CACHE = [0, 0]


def _ln_fixed_small(m, p):
    """ln(m / 10**p) * 10**p for 0.1 <= m/10**p <= 10; error under 2 units.
    Square roots bring m near one, where the atanh series is short; each
    doubles the error, which 8 guard digits absorb."""
    g = _p10(8)
    m *= g
    p += 8
    one = _p10(p)
    k = 0
    while abs(m - one) * 1000 > one:
        m = _math.isqrt(m * one)
        k += 1
    # ln(m) = 2 * atanh((m - 1) / (m + 1))
    z = (m - one) * one // (m + one)
    z2 = z * z // one
    total = z
    term = z
    i = 3
    while term:
        term = term * z2 // one
        total += term // i
        i += 2
    v = (2 * total) << k
    return v // g if v >= 0 else -((-v) // g)


def _exp(a, ctx):
    if a._kind:
        if a._kind >= 2:
            return _check_nan(a, ctx)
        if a._sign:
            return _new(0, 0, 0)
        return _new(0, 0, 0, _INF)
    if not a._coef:
        return _new(0, 1, 0)
    prec = ctx._prec
    adj = a._exp + _nd(a._coef) - 1
    # Bounds: exp(x) certainly overflows or underflows.
    emax = ctx._Emax
    etiny = ctx._Emin - prec + 1
    if adj >= 0:
        # |x| >= 1: estimate |x| to decide impossible sizes cheaply.
        if adj > 20 or abs(float(a._str())) > 2.31 * (max(emax, -etiny) + 10):
            if a._sign:
                return _fin_slow(0, 1, etiny - 1, ctx, ROUND_HALF_EVEN)
            return _fin_slow(0, 1, emax + 1 + 10 ** 6, ctx, ROUND_HALF_EVEN)
    if adj < -(prec + 2):
        # exp(x) = 1 + x + ..., rounds to 1.000... or 0.999...
        rc = _round_ctx(ctx)
        k = prec + 3
        if a._sign:
            res = _fin(0, _p10(k + 1) - 1, -(k + 1), rc)
        else:
            res = _fin(0, _p10(k) + 1, -k, rc)
        ctx._st |= rc._st | _INEXACT | _ROUNDED
        return res
    # Value x as integer at scale 10**-p: need enough digits for the integer part.
    guard = 10
    while True:
        intdigits = max(adj + 1, 0)
        p = prec + guard + intdigits
        # x * 10**p
        e = a._exp + p
        if e >= 0:
            xf = a._coef * _p10(e)
        else:
            xf = a._coef // _p10(-e)
        if a._sign:
            xf = -xf
        # reduce by ln10: x = n*ln10 + r
        ln10 = _ln10_fixed(p + 5) // _p10(5)
        nq = xf // ln10
        r = xf - nq * ln10
        v = _exp_series(r, p)
        # value = v * 10**(nq - p); error about a few units * (1 + |x|)
        err = 8 + (abs(nq) + 2) * 4
        rc = _round_ctx(ctx)
        res = _ziv_round(v, nq - p, err, rc, ROUND_HALF_EVEN)
        if res is not None:
            ctx._st |= rc._st
            return res
        guard *= 2


def _round_ctx(ctx):
    """A view of ctx that rounds half-even and collects status separately."""
    return _WorkCtx(ctx._prec, ROUND_HALF_EVEN, ctx._Emin, ctx._Emax, ctx._clamp)


def _ln(a, ctx):
    if a._kind:
        if a._kind >= 2:
            return _check_nan(a, ctx)
        if a._sign:
            return _nan(ctx)
        return _new(0, 0, 0, _INF)
    if not a._coef:
        return _new(1, 0, 0, _INF)
    if a._sign:
        return _nan(ctx)
    if _cmp(a, _ONE) == 0:
        return _new(0, 0, 0)
    return _ln_core(a, ctx, False)


def _ln_core(a, ctx, base10):
    prec = ctx._prec
    c = a._coef
    nd = _nd(c)
    E = a._exp + nd - 1  # a = m * 10**E with 1 <= m < 10
    guard = 10
    while True:
        p = prec + guard + _nd(abs(E)) + 2
        # m at scale 10**p
        sh = p - (nd - 1)
        m = c * _p10(sh) if sh >= 0 else c // _p10(-sh)
        # closeness to 1 costs digits: measure it
        lnm = _ln_fixed_small(m, p)
        ln10 = _ln10_fixed(p)
        v = lnm + E * ln10
        err = 10 + abs(E) * 2 + 100
        if base10:
            v = v * _p10(p) // ln10
            err = err + 10
        if v == 0 or abs(v) <= err:
            guard *= 2
            continue
        sign = 1 if v < 0 else 0
        rc = _round_ctx(ctx)
        res = _ziv_round(abs(v), -p, err, rc, ROUND_HALF_EVEN)
        if res is not None:
            ctx._st |= rc._st
            return _new(sign, res._coef, res._exp, res._kind)
        guard *= 2


def _log10(a, ctx):
    if a._kind:
        if a._kind >= 2:
            return _check_nan(a, ctx)
        if a._sign:
            return _nan(ctx)
        return _new(0, 0, 0, _INF)
    if not a._coef:
        return _new(1, 0, 0, _INF)
    if a._sign:
        return _nan(ctx)
    s = str(a._coef)
    if s[0] == '1' and not s[1:].strip('0'):
        # exact power of ten
        return _fin_int(a._exp + len(s) - 1, ctx)
    return _ln_core(a, ctx, True)


def _sqrt(a, ctx):
    if a._kind:
        if a._kind >= 2:
            return _check_nan(a, ctx)
        if a._sign:
            return _nan(ctx)
        return _new(0, 0, 0, _INF)
    if not a._coef:
        return _fin(a._sign, 0, a._exp >> 1, ctx)
    if a._sign:
        return _nan(ctx)
    prec = ctx._prec
    c = a._coef
    e = a._exp
    ideal = e >> 1
    # Scale so the root has at least prec + 1 digits, with an even exponent.
    nd = _nd(c)
    shift = 2 * (prec + 1) - nd
    if shift < 0:
        shift = 0
    if (e - shift) & 1:
        shift += 1
    n = c * _p10(shift)
    r = _math.isqrt(n)
    exact = r * r == n
    rexp = (e - shift) // 2
    if exact:
        while rexp < ideal and r % 10 == 0:
            r //= 10
            rexp += 1
        rc = _round_ctx(ctx)
        res = _fin(0, r, rexp, rc)
        ctx._st |= rc._st
        return res
    if r % 5 == 0:
        r += 1
    rc = _round_ctx(ctx)
    res = _fin(0, r, rexp, rc)
    ctx._st |= rc._st | _INEXACT | _ROUNDED
    return res


# ---------------------------------------------------------------- formatting

def _format(d, spec, ctx):
    if not isinstance(spec, str):
        raise TypeError("format spec must be a string")
    fill = ' '
    align = None
    i = 0
    n = len(spec)
    if n >= 2 and spec[1] in '<>=^':
        fill = spec[0]
        align = spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    zcoerce = False
    if i < n and spec[i] == 'z':
        zcoerce = True
        i += 1
    zero = False
    if i < n and spec[i] == '0':
        zero = True
        i += 1
    j = i
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[j:i]) if i > j else 0
    sep = ''
    if i < n and spec[i] == ',':
        sep = ','
        i += 1
    prec = None
    if i < n and spec[i] == '.':
        i += 1
        j = i
        while i < n and spec[i].isdigit():
            i += 1
        if i == j:
            raise ValueError("invalid format string")
        prec = int(spec[j:i])
    typ = ''
    if i < n:
        typ = spec[i]
        i += 1
        if typ not in 'eEfFgGn%':
            raise ValueError("invalid format string")
    if i != n:
        raise ValueError("invalid format string")
    if typ == 'n' and sep:
        raise ValueError("invalid format string")
    if zero and align is None:
        fill = '0'
        align = '='
    if align is None:
        align = '>'
    rounding = ctx._rounding
    neg = d._sign == 1
    if d._kind:
        body = 'Infinity' if d._kind == _INF else ('NaN' if d._kind == _NAN else 'sNaN')
        if d._kind >= 2 and d._coef:
            body += str(d._coef)
        if typ == '%':
            body += '%'
        intpart, rest = body, ''
        if align == '=' and fill == '0' and zero:
            fill = ' '
            align = '>'
        special = True
    else:
        special = False
        x = d
        if typ == '%':
            x = _new(x._sign, x._coef, x._exp + 2)
        if typ and typ in 'eE':
            if prec is not None:
                x = _round_digits(x, prec + 1, rounding)
                c = x._coef
                nd = _nd(c)
                if c == 0:
                    ds = '0' * (prec + 1)
                    ex = x._exp + prec
                else:
                    ds = str(c) + '0' * (prec + 1 - nd)
                    ex = x._exp + nd - 1
            else:
                ds = str(x._coef)
                ex = x._exp + len(ds) - 1 if x._coef else x._exp
            body = ds[0] + ('.' + ds[1:] if len(ds) > 1 else '')
            intpart = ds[0]
            rest = ('.' + ds[1:] if len(ds) > 1 else '') + ('E' if typ == 'E' else 'e') + ('+' if ex >= 0 else '') + str(ex)
        elif typ and typ in 'fF%':
            if prec is not None:
                x = _quantize_fmt(x, -prec, rounding)
            s = _new(0, x._coef, x._exp)._plain()
            if '.' in s:
                intpart, frac = s.split('.')
                rest = '.' + frac
            else:
                intpart, rest = s, ''
            if typ == '%':
                rest += '%'
        else:
            # '', 'g', 'G', 'n': scientific string after rounding to prec digits
            if prec is not None:
                x = _round_digits(x, max(prec, 1), rounding, only_if_longer=True)
            upper = typ == 'G' or (typ == '' and ctx._capitals)
            s = _new(0, x._coef, x._exp)._str(1 if upper else 0)
            k = 0
            while k < len(s) and s[k].isdigit():
                k += 1
            intpart, rest = s[:k], s[k:]
        if zcoerce and neg and not x._coef:
            neg = False
        if x._sign != d._sign and x._coef:
            neg = x._sign == 1
    if neg:
        sgn = '-'
    elif sign == '+':
        sgn = '+'
    elif sign == ' ':
        sgn = ' '
    else:
        sgn = ''
    if sep and not special:
        minw = 0
        if fill == '0' and align == '=' and zero:
            minw = width - len(sgn) - len(rest)
        intpart = _group(intpart, sep, minw)
    elif zero and fill == '0' and align == '=' and not special:
        minw = width - len(sgn) - len(rest)
        if len(intpart) < minw:
            intpart = '0' * (minw - len(intpart)) + intpart
    body = intpart + rest
    pad = width - len(sgn) - len(body)
    if pad <= 0:
        return sgn + body
    if align == '<':
        return sgn + body + fill * pad
    if align == '>':
        return fill * pad + sgn + body
    if align == '=':
        return sgn + fill * pad + body
    left = pad // 2
    return fill * left + sgn + body + fill * (pad - left)


def _group(d, sep, minw):
    groups = []
    total = 0
    while True:
        chunk = d[-3:]
        d = d[:-3]
        sl = len(sep) if groups else 0
        if not d:
            need = minw - total - sl
            if not chunk:
                chunk = '0' * max(1, min(3, need))
            elif need > len(chunk):
                chunk = '0' * (min(3, need) - len(chunk)) + chunk
        groups.append(chunk)
        total += len(chunk) + sl
        if not d and (total >= minw or len(chunk) < 3):
            break
    return sep.join(reversed(groups))


def _round_digits(x, ndig, rounding, only_if_longer=False):
    c = x._coef
    nd = _nd(c)
    if nd <= ndig:
        return x
    c, _ = _shift_round(c, nd - ndig, x._sign, rounding)
    e = x._exp + nd - ndig
    if _nd(c) > ndig:
        c //= 10
        e += 1
    return _new(x._sign, c, e)


def _quantize_fmt(x, e, rounding):
    if x._exp >= e:
        return _new(x._sign, x._coef * _p10(x._exp - e), e)
    c, _ = _shift_round(x._coef, e - x._exp, x._sign, rounding)
    return _new(x._sign, c, e)


def _plain(self):
    """The digits without an exponent (the 'f' format's body)."""
    ds = str(self._coef)
    e = self._exp
    if e >= 0:
        return ('-' if self._sign else '') + (ds + '0' * e if self._coef else '0')
    point = len(ds) + e
    if point > 0:
        s = ds[:point] + '.' + ds[point:]
    else:
        s = '0.' + '0' * (-point) + ds
    return ('-' if self._sign else '') + s


Decimal._plain = _plain


# ---------------------------------------------------------------- contexts

class _SignalDict(object):
    """A context's flags or traps, seen as a mapping from signal to bool."""

    def __init__(self, ctx, attr):
        self._ctx = ctx
        self._attr = attr

    def _bits(self):
        return getattr(self._ctx, self._attr)

    def __getitem__(self, sig):
        b = _SIGNAL_BITS.get(sig) if isinstance(sig, type) else None
        if b is None:
            raise KeyError(sig)
        return bool(self._bits() & b)

    def __setitem__(self, sig, value):
        b = _SIGNAL_BITS.get(sig) if isinstance(sig, type) else None
        if b is None:
            raise KeyError(sig)
        bits = self._bits()
        if value:
            bits |= b
        else:
            bits &= ~b
        setattr(self._ctx, self._attr, bits)

    def __delitem__(self, sig):
        raise ValueError("signal keys cannot be deleted")

    def __iter__(self):
        return iter([s for s, _ in _SIGNALS])

    def __len__(self):
        return len(_SIGNALS)

    def __contains__(self, sig):
        return sig in _SIGNAL_BITS

    def keys(self):
        return [s for s, _ in _SIGNALS]

    def values(self):
        bits = self._bits()
        return [bool(bits & b) for _, b in _SIGNALS]

    def items(self):
        bits = self._bits()
        return [(s, bool(bits & b)) for s, b in _SIGNALS]

    def get(self, sig, default=None):
        try:
            return self[sig]
        except KeyError:
            return default

    def copy(self):
        return dict(self.items())

    def __eq__(self, other):
        if isinstance(other, _SignalDict):
            return self._bits() == other._bits()
        if isinstance(other, dict):
            return dict(self.items()) == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    __hash__ = None

    def __repr__(self):
        bits = self._bits()
        return '{' + ', '.join('%r:%s' % (s, bool(bits & b)) for s, b in _SIGNALS) + '}'


def _signals_to_bits(value, what):
    if isinstance(value, _SignalDict):
        return value._bits()
    if isinstance(value, dict):
        if len(value) != len(_SIGNALS) or any(s not in value for s, _ in _SIGNALS):
            raise KeyError("invalid signal dict")
        bits = 0
        for s, b in _SIGNALS:
            if value[s]:
                bits |= b
        return bits
    if isinstance(value, (list, tuple)):
        bits = 0
        for s in value:
            b = _SIGNAL_BITS.get(s) if isinstance(s, type) else None
            if b is None:
                raise KeyError("invalid error flag")
            bits |= b
        return bits
    raise TypeError("argument must be a signal dict")


_CTX_FIELDS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps')


class Context(object):
    """The arithmetic context: precision, rounding, exponent limits, flags and traps."""

    __module__ = 'decimal'

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        dc = DefaultContext if '_default_ready' in globals() else None
        object.__setattr__(self, '_st', 0)
        object.__setattr__(self, '_prec', 28 if dc is None else dc._prec)
        object.__setattr__(self, '_plim', _plim(self._prec))
        object.__setattr__(self, '_rounding', ROUND_HALF_EVEN if dc is None else dc._rounding)
        object.__setattr__(self, '_Emin', -999999 if dc is None else dc._Emin)
        object.__setattr__(self, '_Emax', 999999 if dc is None else dc._Emax)
        object.__setattr__(self, '_capitals', 1 if dc is None else dc._capitals)
        object.__setattr__(self, '_clamp', 0 if dc is None else dc._clamp)
        object.__setattr__(self, '_flags', 0)
        object.__setattr__(self, '_traps', (_IEEE_INVOP | _DIVZERO | _OVERFLOW) if dc is None else dc._traps)
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        if flags is not None:
            self._flags = _signals_to_bits(flags, 'flags')
        if traps is not None:
            self._traps = _signals_to_bits(traps, 'traps')

    # -- attributes with validation

    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, v):
        v = _check_int(v)
        if not 1 <= v <= MAX_PREC:
            raise ValueError("valid range for prec is [1, MAX_PREC]")
        object.__setattr__(self, '_prec', v)
        object.__setattr__(self, '_plim', _plim(v))

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, v):
        if not isinstance(v, str) or v not in _ROUNDINGS:
            raise TypeError(_ROUNDING_MSG)
        object.__setattr__(self, '_rounding', _ROUNDINGS[_ROUNDINGS.index(v)])

    @property
    def Emin(self):
        return self._Emin

    @Emin.setter
    def Emin(self, v):
        v = _check_int(v)
        if not MIN_EMIN <= v <= 0:
            raise ValueError("valid range for Emin is [MIN_EMIN, 0]")
        object.__setattr__(self, '_Emin', v)

    @property
    def Emax(self):
        return self._Emax

    @Emax.setter
    def Emax(self, v):
        v = _check_int(v)
        if not 0 <= v <= MAX_EMAX:
            raise ValueError("valid range for Emax is [0, MAX_EMAX]")
        object.__setattr__(self, '_Emax', v)

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, v):
        v = _check_int(v)
        if v not in (0, 1):
            raise ValueError("valid values for capitals are 0 or 1")
        object.__setattr__(self, '_capitals', v)

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, v):
        v = _check_int(v)
        if v not in (0, 1):
            raise ValueError("valid values for clamp are 0 or 1")
        object.__setattr__(self, '_clamp', v)

    @property
    def flags(self):
        return _SignalDict(self, '_flags')

    @flags.setter
    def flags(self, v):
        object.__setattr__(self, '_flags', _signals_to_bits(v, 'flags'))

    @property
    def traps(self):
        return _SignalDict(self, '_traps')

    @traps.setter
    def traps(self, v):
        object.__setattr__(self, '_traps', _signals_to_bits(v, 'traps'))

    def __setattr__(self, name, value):
        if name in _CTX_FIELDS or name in ('_st', '_flags', '_traps'):
            object.__setattr__(self, name, value)
            return
        if name.startswith('_'):
            object.__setattr__(self, name, value)
            return
        raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)

    def __delattr__(self, name):
        raise AttributeError("context attributes cannot be deleted")

    def Etiny(self):
        return self._Emin - self._prec + 1

    def Etop(self):
        return self._Emax - self._prec + 1

    def radix(self):
        return _new(0, 10, 0)

    def clear_flags(self):
        self._flags = 0

    def clear_traps(self):
        self._traps = 0

    def copy(self):
        c = Context.__new__(Context)
        for k in ('_st', '_prec', '_plim', '_rounding', '_Emin', '_Emax', '_capitals',
                  '_clamp', '_flags', '_traps'):
            object.__setattr__(c, k, getattr(self, k))
        c._st = 0
        return c

    _shallow_copy = copy

    def __copy__(self):
        return self.copy()

    def __reduce__(self):
        return (Context, (self._prec, self._rounding, self._Emin, self._Emax,
                          self._capitals, self._clamp,
                          [s for s, b in _SIGNALS if self._flags & b],
                          [s for s, b in _SIGNALS if self._traps & b]))

    def __repr__(self):
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, '
                'flags=[%s], traps=[%s])' % (
                    self._prec, self._rounding, self._Emin, self._Emax, self._capitals,
                    self._clamp, ', '.join(_bits_names(self._flags)),
                    ', '.join(_bits_names(self._traps))))

    def _raise_error(self, condition, explanation=None, *args):
        bit = {ConversionSyntax: _CONV, DivisionImpossible: _DIVIMP,
               DivisionUndefined: _DIVUNDEF, InvalidContext: _INVCTX}.get(condition)
        if bit is None:
            bit = _SIGNAL_BITS.get(condition, _INVOP)
            if bit == _IEEE_INVOP:
                bit = _INVOP
        self._st |= bit
        _done(self, None)
        return _new(0, 0, 0, _NAN)

    # -- conversions

    def create_decimal(self, num="0"):
        if isinstance(num, str):
            d = _parse(num, self, False)
            if d._kind >= 2 and self._st & _CONV:
                return _done(self, d)
        elif isinstance(num, float):
            self._st |= _FLOATOP
            _done(self, None)
            d = _from_float(num)
        else:
            d = Decimal(num)
        if d._kind:
            if d._kind >= 2:
                if d._coef and _nd(d._coef) > self._prec - self._clamp:
                    return _done(self, _nan(self, _CONV))
                return _done(self, _new(d._sign, d._coef, 0, d._kind))
            return _new(d._sign, 0, 0, _INF)
        return _done(self, _fin(d._sign, d._coef, d._exp, self))

    def create_decimal_from_float(self, f):
        if isinstance(f, int):
            d = _from_int(f)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError("argument must be int or float")
        if d._kind:
            return d
        return _done(self, _fin(d._sign, d._coef, d._exp, self))

    # -- arithmetic

    def abs(self, a):
        return _done(self, _abs(_conv(a), self))

    def add(self, a, b):
        return _done(self, _add(_conv(a), _conv(b), self, 0))

    def subtract(self, a, b):
        return _done(self, _add(_conv(a), _conv(b), self, 1))

    def multiply(self, a, b):
        return _done(self, _mul(_conv(a), _conv(b), self))

    def divide(self, a, b):
        return _done(self, _div(_conv(a), _conv(b), self))

    def divide_int(self, a, b):
        return _done(self, _divmod(_conv(a), _conv(b), self, 1)[0])

    def remainder(self, a, b):
        return _done(self, _divmod(_conv(a), _conv(b), self, 2)[1])

    def divmod(self, a, b):
        return _done(self, _divmod(_conv(a), _conv(b), self))

    def remainder_near(self, a, b):
        return _done(self, _remainder_near(_conv(a), _conv(b), self))

    def power(self, a, b, modulo=None):
        a = _conv(a)
        b = _conv(b)
        if modulo is not None:
            return _done(self, _powmod(a, b, _conv(modulo), self))
        return _done(self, _pow(a, b, self))

    def plus(self, a):
        return _done(self, _plus(_conv(a), self))

    def minus(self, a):
        return _done(self, _minus(_conv(a), self))

    def fma(self, a, b, c):
        return _conv(a).fma(b, c, context=self)

    def compare(self, a, b):
        return _conv(a).compare(b, context=self)

    def compare_signal(self, a, b):
        return _conv(a).compare_signal(b, context=self)

    def compare_total(self, a, b):
        return _conv(a).compare_total(b)

    def compare_total_mag(self, a, b):
        return _conv(a).compare_total_mag(b)

    def max(self, a, b):
        return _conv(a).max(b, context=self)

    def min(self, a, b):
        return _conv(a).min(b, context=self)

    def max_mag(self, a, b):
        return _conv(a).max_mag(b, context=self)

    def min_mag(self, a, b):
        return _conv(a).min_mag(b, context=self)

    def quantize(self, a, b):
        return _conv(a).quantize(b, context=self)

    def same_quantum(self, a, b):
        return _conv(a).same_quantum(b)

    def to_integral_value(self, a):
        return _conv(a).to_integral_value(context=self)

    to_integral = to_integral_value

    def to_integral_exact(self, a):
        return _conv(a).to_integral_exact(context=self)

    def normalize(self, a):
        return _conv(a).normalize(context=self)

    def sqrt(self, a):
        return _conv(a).sqrt(context=self)

    def exp(self, a):
        return _conv(a).exp(context=self)

    def ln(self, a):
        return _conv(a).ln(context=self)

    def log10(self, a):
        return _conv(a).log10(context=self)

    def logb(self, a):
        return _conv(a).logb(context=self)

    def scaleb(self, a, b):
        return _conv(a).scaleb(b, context=self)

    def next_plus(self, a):
        return _conv(a).next_plus(context=self)

    def next_minus(self, a):
        return _conv(a).next_minus(context=self)

    def next_toward(self, a, b):
        return _conv(a).next_toward(b, context=self)

    def rotate(self, a, b):
        return _conv(a).rotate(b, context=self)

    def shift(self, a, b):
        return _conv(a).shift(b, context=self)

    def logical_and(self, a, b):
        return _conv(a).logical_and(b, context=self)

    def logical_or(self, a, b):
        return _conv(a).logical_or(b, context=self)

    def logical_xor(self, a, b):
        return _conv(a).logical_xor(b, context=self)

    def logical_invert(self, a):
        return _conv(a).logical_invert(context=self)

    def number_class(self, a):
        return _conv(a).number_class(context=self)

    def to_sci_string(self, a):
        return _conv(a)._str(self._capitals)

    def to_eng_string(self, a):
        return _conv(a)._str(self._capitals, True)

    def copy_abs(self, a):
        return _conv(a).copy_abs()

    def copy_negate(self, a):
        return _conv(a).copy_negate()

    def copy_sign(self, a, b):
        return _conv(a).copy_sign(b)

    def copy_decimal(self, a):
        return _conv(a)

    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError("argument must be a Decimal")
        return a

    def is_canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError("argument must be a Decimal")
        return True

    def is_finite(self, a):
        return _conv(a).is_finite()

    def is_infinite(self, a):
        return _conv(a).is_infinite()

    def is_nan(self, a):
        return _conv(a).is_nan()

    def is_qnan(self, a):
        return _conv(a).is_qnan()

    def is_snan(self, a):
        return _conv(a).is_snan()

    def is_signed(self, a):
        return _conv(a).is_signed()

    def is_zero(self, a):
        return _conv(a).is_zero()

    def is_normal(self, a):
        return _conv(a).is_normal(context=self)

    def is_subnormal(self, a):
        return _conv(a).is_subnormal(context=self)


def _check_int(v):
    if not isinstance(v, int):
        raise TypeError("an integer is required")
    return v


DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                         capitals=1, clamp=0, flags=[],
                         traps=[InvalidOperation, DivisionByZero, Overflow])
_default_ready = True
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, traps=[
    DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
BasicContext._traps = _DIVZERO | _OVERFLOW | _IEEE_INVOP | _CLAMPED | _UNDERFLOW
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])

_current = _contextvars.ContextVar('decimal_context')
# whirl's contextvars keeps the running Context in a module global: while it
# is the same object, the decimal context found there last time still holds,
# which spares a ContextVar lookup on every arithmetic operation.
_cv_module = _contextvars if hasattr(_contextvars, '_current') else None
_cache = [None, None]


def getcontext():
    """The current thread's (task's) context."""
    if _cv_module is not None:
        if _cv_module._current is _cache[0]:
            return _cache[1]
    try:
        ctx = _current.get()
    except LookupError:
        ctx = Context()
        _current.set(ctx)
    if _cv_module is not None:
        _cache[0] = _cv_module._current
        _cache[1] = ctx
    return ctx


def setcontext(context):
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context._flags = 0
    _current.set(context)
    if _cv_module is not None:
        _cache[0] = _cv_module._current
        _cache[1] = context


class _ContextManager(object):

    def __init__(self, new_context):
        self.new_context = new_context
        self.saved_context = None

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)
        return False


def localcontext(ctx=None, **kwargs):
    """A context manager that installs a copy of ctx (or of the current
    context), with the given attributes changed, for the with block."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError("optional argument must be a context")
    new = ctx.copy()
    for key, value in kwargs.items():
        if key not in _CTX_FIELDS:
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        setattr(new, key, value)
    return _ContextManager(new)


_ONE = _new(0, 1, 0)
