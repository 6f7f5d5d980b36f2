# Invalid escape sequences and octal escapes above \377 in str and bytes
# literals give a DeprecationWarning at compile time (the literal's first
# line), through `warnings`: an "error" filter makes it a SyntaxError.
import warnings

src = r'''x = 1
y = "\d"
z = b"\777"
q = "\400"
r = f"a\w{x}"
s = "ok\
\k"
t = """
\p"""
u = rb"\d"
v = "\1\17\177\377"
w = b"\400"
two = "\d\e\400"
octal_first = "\777\d"
ok = "\n\t\\\'\"\a\b\f\v\x41\u0041\N{LATIN SMALL LETTER A}"
raw = r"\d\q"
digit = "\8\9"
bdigit = b"\8"
upper = "\D\Q"
'''
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    code = compile(src, "fname", "exec")
for x in w:
    print(x.category.__name__, x.message, x.filename, x.lineno)
ns = {}
exec(code, ns)
print([ns[k] for k in ("y", "z", "q", "r", "s", "t", "u", "v", "w", "two", "octal_first", "digit", "bdigit")])

# Each compile warns again (no registry across compiles here).
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    eval('"\\z"')
    eval('"\\z"')
print([str(x.message) for x in w])

# Ignored by default outside __main__; "error" turns them into SyntaxError.
with warnings.catch_warnings():
    warnings.simplefilter("error")
    for s in ['"\\d"', 'b"\\777"', 'x = 1\n\ny = "\\400"\n', 'a = 1; b = "ok" + "\\q"']:
        try:
            compile(s, "g", "exec")
            print("compiled", repr(s))
        except SyntaxError as e:
            print(type(e).__name__, e.msg, e.lineno, e.offset, e.filename)

with warnings.catch_warnings():
    warnings.simplefilter("error", SyntaxWarning)
    compile('"\\d"', "h", "exec")
    print("SyntaxWarning filter leaves DeprecationWarning alone")

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore")
    compile('"\\d"', "i", "exec")
print("ignored:", len(w))

# A literal with an error reports the error, not the warning.
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    try:
        compile('"\\d\\x4"', "j", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
print("warnings before the error:", [str(x.message) for x in w])

# The compile-time SyntaxWarnings still come after (the parser warns first).
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    compile('x = 1\nx is 1\ny = "\\d"\n', "k", "exec")
print([(x.category.__name__, str(x.message), x.lineno) for x in w])
