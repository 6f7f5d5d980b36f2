# A precision on %d/%i/%u/%x/%X/%o pads the digits with zeros, as CPython
# does; format() and f-strings refuse a precision for ints.
cases = [
    "'%.5d' % 42", "'%.3x' % 5", "'%+.4d' % -3", "'%#.5o' % 8", "'%#.5x' % 255",
    "'%#.5X' % 255", "'%08.3d' % 7", "'%-8.3d|' % 7", "'%8.3d' % -7", "'% .3i' % 7",
    "'%.0d' % 0", "'%.3u' % 5", "'%.2d' % 12345", "'%.3d' % True", "'%.4x' % -255",
    "'%.5d' % 3.7", "'%.30d' % 10**25", "'%*.*d' % (6, 3, 5)", "'%.*x' % (4, 10)",
    "'%#08.3x' % 5", "'%-#8.3o|' % 5", "'%+08.3d' % 5", "'%#.3x' % -5", "'%#.0x' % 0",
    "'%(a).3d' % {'a': 9}", "'%.3d%%' % 50", "'%.3d' % 'x'", "'%.3x' % 2.5",
    "len('%.700d' % 1)", "('%.700d' % 1)[-3:]", "'%.70000d' % 1 == '0' * 69999 + '1'",
    "'%.3s|%.3d' % ('abcdef', 1)", "'%.2f' % 7",
    "format(12, '.3d')", "f'{12:.3}'", "format(12, '.3x')", "format(12, '.3')",
    "format(True, '.2d')", "format(12, '.3n')", "format(12, '.3c')", "format(12, '.3f')",
    "format(12, '.3%')", "f'{7:08.2}'",
]
for src in cases:
    try:
        print(src, repr(eval(src)))
    except Exception as e:
        print(src, type(e).__name__, e)
