# time.sleep with values CPython refuses, and float formats with huge
# precisions (issue 10 point 4).
import time

for v in [float("nan"), 1e20, -1e20, -1, 2**64, -10**30, float("inf"), "a", None]:
    try:
        time.sleep(v)
        print(repr(v), "slept")
    except Exception as e:
        print(repr(v), type(e).__name__, e)

cases = [
    "'%.70000f' % 1.5", "format(1.5, '.70000f')", "'{:.70000f}'.format(1.5)", "f'{1.5:.70000f}'",
    "format(1.5, '.70000e')", "format(1.5, '.70000g')", "format(1.5, '#.70000g')",
    "format(1.5, '.70000%')", "format(-0.1, '.66000f')",
]
for c in cases:
    r = eval(c)
    print(c, len(r), r[:12], r[-8:])
for c in [
    "format(12, '9223372036854775808d')", "format(12, '.99999999999999999999f')",
    "'%.100000000000000000000f' % 1.5", "'%9223372036854775808d' % 1",
    "format(1.5, '.2147483648f')", "'{:9223372036854775808}'.format(1)",
]:
    try:
        eval(c)
    except Exception as e:
        print(c, type(e).__name__, e)
