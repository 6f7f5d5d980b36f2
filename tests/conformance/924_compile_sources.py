# What compile()/exec()/eval() accept as source and as filename: bytes-like
# sources, PEP 263 coding cookies, null bytes, and the limit on decimal
# integer literals. (Decoding errors are left out: CPython adds the file
# name and line to those messages.)
import sys
import warnings

def show(f, *args):
    try:
        r = f(*args)
        print("->", repr(r) if not hasattr(r, "co_filename") else ("code", r.co_filename))
    except Exception as e:
        print(type(e).__name__, e)

show(eval, memoryview(b"1234")[1:-1])
show(eval, bytearray(b"6 * 7"))
show(eval, compile(memoryview(b"$23$")[1:-1], "<dummy>", "eval"))
show(compile, "123\x00", "<dummy>", "eval")
show(compile, memoryview(b"123\x00"), "<dummy>", "eval")
ns = {}
exec(memoryview(b"ax = 123")[1:-1], ns)
print(ns["x"])
exec(bytearray(b"y = 'ba'"), ns)
print(ns["y"])
show(compile, 12, "f", "exec")
show(compile, ["x"], "f", "exec")

for code in [
    b'"\xc2\xa4"\n',
    b'# -*- coding: latin1 -*-\n"\xc2\xa4"\n',
    b'# -*- coding: latin-1 -*-\n"\xc2\xa4"\n',
    b'# -*- coding: utf-8 -*-\n"\xc2\xa4"\n',
    b'#!/usr/bin/env python\n# coding=latin-1\n"\xe9"\n',
    b'\n# vim: set fileencoding=latin-1 :\n"\xe9"\n',
    b'"""\\\n# -*- coding: latin-1 -*-\n\xc2\xa4"""\n',
    b'\xef\xbb\xbf"bom"\n',
]:
    show(eval, code)
    show(compile, code, "tmp", "exec")
show(eval, '# -*- coding: badencoding -*-\n"\xc2\xa4"\n')
show(eval, '"\xc2\xa4"\n')

for filename in "file.py", b"file.py":
    show(compile, "pass", filename, "exec")
for filename in bytearray(b"file.py"), memoryview(b"file.py"):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        show(compile, "pass", filename, "exec")
    print([(x.category.__name__, str(x.message)) for x in w])
show(compile, "pass", list(b"file.py"), "exec")
show(compile, "pass", None, "exec")

n = 1000
source = f"a = 1\nb = 2\nc = {'3' * n}\nd = 4"
old = sys.get_int_max_str_digits()
sys.set_int_max_str_digits(n)
show(lambda: compile(source, "<long_int_pass>", "exec").co_filename)
sys.set_int_max_str_digits(n - 1)
try:
    compile(source, "<long_int_fail>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.lineno, str(e))
show(lambda: compile(f"x = 0x{'f' * 2000}", "<hex>", "exec").co_filename)
show(lambda: compile(f"x = {'1_' * 900}1", "<underscores>", "exec").co_filename)
show(lambda: compile(f"x = {'1_' * 1000}1", "<underscores>", "exec").co_filename)
sys.set_int_max_str_digits(0)
show(lambda: compile(source, "<unlimited>", "exec").co_filename)
sys.set_int_max_str_digits(old)
