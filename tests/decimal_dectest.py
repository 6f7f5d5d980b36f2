"""Runs the General Decimal Arithmetic test suite (the *.decTest files CPython
ships in Lib/test/decimaltestdata) against whichever `decimal` the running
interpreter imports, and prints how many cases agree.

    target/release/whirl tests/decimal_dectest.py [DIR] [-v] [file ...]
    python3 tests/decimal_dectest.py [DIR]         # the same cases under CPython

DIR defaults to target/cpython-tests/lib/test/decimaltestdata (fetched by
tests/cpython/run).  A case agrees when the result string and the set of
signals raised are both as the file says.  Cases naming operations or
operand encodings outside Python's decimal (trim, rescale, '#' operands) are
skipped, as CPython's own test_decimal skips them.
"""

import os
import sys
import decimal
from decimal import Decimal, Context

COND = {
    'clamped': decimal.Clamped,
    'conversion_syntax': decimal.InvalidOperation,
    'division_by_zero': decimal.DivisionByZero,
    'division_impossible': decimal.InvalidOperation,
    'division_undefined': decimal.InvalidOperation,
    'inexact': decimal.Inexact,
    'invalid_context': decimal.InvalidOperation,
    'invalid_operation': decimal.InvalidOperation,
    'overflow': decimal.Overflow,
    'rounded': decimal.Rounded,
    'subnormal': decimal.Subnormal,
    'underflow': decimal.Underflow,
}

ROUND = {
    'ceiling': decimal.ROUND_CEILING, 'down': decimal.ROUND_DOWN,
    'floor': decimal.ROUND_FLOOR, 'half_down': decimal.ROUND_HALF_DOWN,
    'half_even': decimal.ROUND_HALF_EVEN, 'half_up': decimal.ROUND_HALF_UP,
    'up': decimal.ROUND_UP, '05up': decimal.ROUND_05UP,
}

# decTest operation -> (Context method, number of operands)
OPS = {
    'abs': ('abs', 1), 'add': ('add', 2), 'and': ('logical_and', 2),
    'canonical': ('canonical', 1), 'class': ('number_class', 1),
    'compare': ('compare', 2), 'comparesig': ('compare_signal', 2),
    'comparetotal': ('compare_total', 2), 'comparetotmag': ('compare_total_mag', 2),
    'copy': ('copy_decimal', 1), 'copyabs': ('copy_abs', 1),
    'copynegate': ('copy_negate', 1), 'copysign': ('copy_sign', 2),
    'divide': ('divide', 2), 'divideint': ('divide_int', 2), 'exp': ('exp', 1),
    'fma': ('fma', 3), 'invert': ('logical_invert', 1), 'ln': ('ln', 1),
    'log10': ('log10', 1), 'logb': ('logb', 1), 'max': ('max', 2),
    'maxmag': ('max_mag', 2), 'min': ('min', 2), 'minmag': ('min_mag', 2),
    'minus': ('minus', 1), 'multiply': ('multiply', 2), 'nextminus': ('next_minus', 1),
    'nextplus': ('next_plus', 1), 'nexttoward': ('next_toward', 2), 'or': ('logical_or', 2),
    'plus': ('plus', 1), 'power': ('power', 2), 'quantize': ('quantize', 2),
    'reduce': ('normalize', 1), 'remainder': ('remainder', 2),
    'remaindernear': ('remainder_near', 2), 'rotate': ('rotate', 2),
    'samequantum': ('same_quantum', 2), 'scaleb': ('scaleb', 2), 'shift': ('shift', 2),
    'squareroot': ('sqrt', 1), 'subtract': ('subtract', 2), 'toeng': ('to_eng_string', 1),
    'tointegral': ('to_integral_value', 1), 'tointegralx': ('to_integral_exact', 1),
    'tosci': ('to_sci_string', 1), 'xor': ('logical_xor', 2), 'apply': ('apply', 1),
}


def tokenize(line):
    out = []
    i = 0
    n = len(line)
    while i < n:
        c = line[i]
        if c.isspace():
            i += 1
            continue
        if c in '\'"':
            q = c
            i += 1
            buf = []
            while i < n:
                if line[i] == q:
                    if i + 1 < n and line[i + 1] == q:
                        buf.append(q)
                        i += 2
                        continue
                    i += 1
                    break
                buf.append(line[i])
                i += 1
            out.append(''.join(buf))
            continue
        if line.startswith('--', i):
            break
        j = i
        while j < n and not line[j].isspace():
            j += 1
        out.append(line[i:j])
        i = j
    return out


class Runner:
    def __init__(self, verbose):
        self.verbose = verbose
        self.passed = 0
        self.failed = 0
        self.skipped = 0
        self.failures = []

    def run_file(self, path):
        settings = {'precision': 9, 'rounding': 'half_up', 'maxexponent': 999,
                    'minexponent': -999, 'clamp': 0, 'extended': 1}
        with open(path) as f:
            lines = f.read().splitlines()
        for line in lines:
            toks = tokenize(line)
            if not toks:
                continue
            head = toks[0].lower()
            if head.endswith(':') and len(toks) == 2:
                key = head[:-1]
                if key == 'dectest':
                    continue
                val = toks[1].lower()
                try:
                    settings[key] = int(val)
                except ValueError:
                    settings[key] = val
                continue
            if len(toks) < 4 or '->' not in toks:
                continue
            self.run_case(toks, settings)

    def run_case(self, toks, settings):
        arrow = toks.index('->')
        name = toks[0]
        op = toks[1].lower()
        args = toks[2:arrow]
        expected = toks[arrow + 1] if arrow + 1 < len(toks) else ''
        conds = [c.lower() for c in toks[arrow + 2:]]
        if op not in OPS or any('#' in a for a in args) or '#' in expected:
            self.skipped += 1
            return
        method, nargs = OPS[op]
        if len(args) != nargs:
            self.skipped += 1
            return
        prec = settings['precision']
        emax = settings['maxexponent']
        emin = settings['minexponent']
        if (not isinstance(prec, int) or not isinstance(emax, int) or not isinstance(emin, int)
                or prec > decimal.MAX_PREC or emax > decimal.MAX_EMAX or emin < decimal.MIN_EMIN):
            self.skipped += 1
            return
        if settings['rounding'] not in ROUND:
            self.skipped += 1
            return
        ctx = Context(prec=prec, rounding=ROUND[settings['rounding']], Emax=emax, Emin=emin,
                      clamp=settings.get('clamp', 0), traps=[])
        exact = Context(prec=decimal.MAX_PREC, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN, traps=[])
        try:
            if op in ('tosci', 'toeng', 'apply'):
                operands = [ctx.create_decimal(args[0])]
            else:
                operands = [Decimal(a, exact) if not (op in ('rotate', 'shift', 'scaleb') and False)
                            else a for a in args]
                # An operand that cannot be read is a conversion error of the case itself.
                if exact.flags[decimal.InvalidOperation]:
                    ctx.flags[decimal.InvalidOperation] = True
            if method == 'apply':
                result = operands[0]
            else:
                result = getattr(ctx, method)(*operands)
            if method == 'to_sci_string' or method == 'to_eng_string':
                got = result
            elif method == 'to_eng_string':
                got = result
            elif isinstance(result, bool):
                got = '1' if result else '0'
            elif isinstance(result, str):
                got = result
            else:
                got = str(result) if method not in ('to_eng_string',) else result
        except Exception as e:
            got = 'EXC ' + type(e).__name__ + ' ' + str(e)
        want_sigs = set(COND[c] for c in conds if c in COND)
        got_sigs = set(s for s, v in ctx.flags.items() if v and s is not decimal.FloatOperation)
        if got == expected and got_sigs == want_sigs:
            self.passed += 1
        else:
            self.failed += 1
            if self.verbose:
                print('FAIL', name, op, args, 'want', expected, sorted(s.__name__ for s in want_sigs),
                      'got', got, sorted(s.__name__ for s in got_sigs))


def main(argv):
    verbose = '-v' in argv
    argv = [a for a in argv if a != '-v']
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(here, '..', 'target', 'cpython-tests', 'lib', 'test', 'decimaltestdata')
    directory = default
    files = []
    for a in argv:
        if os.path.isdir(a):
            directory = a
        else:
            files.append(a)
    if not files:
        files = sorted(f for f in os.listdir(directory) if f.endswith('.decTest'))
    total = Runner(verbose)
    for f in files:
        r = Runner(verbose)
        path = f if os.path.isabs(f) else os.path.join(directory, f)
        r.run_file(path)
        print('%-28s %5d / %5d' % (f, r.passed, r.passed + r.failed))
        total.passed += r.passed
        total.failed += r.failed
        total.skipped += r.skipped
    n = total.passed + total.failed
    print('total %d / %d agree (%.2f%%), %d skipped' % (total.passed, n, 100.0 * total.passed / max(n, 1),
                                                       total.skipped))


if __name__ == '__main__':
    main(sys.argv[1:])
