# Sizes a program asks for that cannot be allocated raise MemoryError or
# CPython's OverflowError instead of killing the process (issue 10 point 5).
cases = [
    "'a'.ljust(10**12)", "'a'.rjust(10**12)", "'a'.center(10**12, 'é')", "'a'.zfill(10**12)",
    "'a'.ljust(2**63)", "'a\\tb'.expandtabs(2**62)", "[1] * 10**12", "[1] * 2**62",
    "[1] * 2**63", "(1, 2) * 2**62", "'ab' * 2**62", "'ab' * 2**63", "'ab' * 10**12",
    "b'ab' * 2**62", "b'ab' * 10**12", "bytes(2**63 - 1)", "bytes(2**63)", "bytes(10**12)",
    "bytes(-1)", "1 << 10**12", "1 << 2**63", "format(12, '99999999999999d')",
    "'%*d' % (2**62, 1)",
]
for c in cases:
    try:
        eval(c)
        print(c, "ok")
    except Exception as e:
        print(c, type(e).__name__, e)
# An iterable is not materialized before its first element is checked.
for c in ["dict(range(10**30))", "dict([(1, 2), 3])"]:
    try:
        eval(c)
    except Exception as e:
        print(c, type(e).__name__, e)
d = {}
try:
    d.update([(1, 2), 3])
except TypeError as e:
    print(d, e)
