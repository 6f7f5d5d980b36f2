# gettext.c2py: the C expressions of Plural-Forms headers, evaluated as
# CPython does, and the errors for malformed or dangerous ones.
import gettext
import warnings

forms = [
    "0",
    "n != 1",
    "n>1",
    "n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2",
    "n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2",
    "n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5",
    "(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2",
    "n%100==1 ? 0 : n%100==2 ? 1 : n%100==3 || n%100==4 ? 2 : 3",
    "!n", "!!n", "!(n==1)", "!n==0", "n<=1<2", "n==1==0", "n||0", "n&&7", "n/2", "n%3*2+1-n",
    "1?2?3:4:5", "n?1:2?3:4", "( n )", "\tn\t!=\t1",
]
for f in forms:
    fn = gettext.c2py(f)
    print(repr(f), [fn(i) for i in (0, 1, 2, 3, 5, 11, 12, 21, 22, 101, 111, 1002)])

bad = [
    "", "(n", "n)", "os.system(1)", "n+", "n**2", "-n", "n >> 1", "n = 1", "n&1", "n|1", "()",
    "(n)(n)", "1.5", "n\n", "n?1", "n?1:2:3", "n!", "x", "n2", "__import__('os')",
    "n==!n", "n+!n", "(" * 21 + "n" + ")" * 21, "1?" * 22 + "1" + ":1" * 22, "n+" * 500 + "1",
]
for f in bad:
    try:
        gettext.c2py(f)
        print(repr(f)[:40], "accepted")
    except (ValueError, SyntaxError) as e:
        print(repr(f)[:40], type(e).__name__, str(e)[:60])
print(gettext.c2py("(" * 20 + "n" + ")" * 20)(7), gettext.c2py("1?" * 21 + "1" + ":1" * 21)(0))
for f, n in [("1/n", 0), ("n%0", 3)]:
    try:
        gettext.c2py(f)(n)
    except ZeroDivisionError as e:
        print(f, type(e).__name__, e)
fn = gettext.c2py("n != 1")
for arg in ["1", None, [1]]:
    try:
        fn(arg)
    except TypeError as e:
        print(type(e).__name__, e)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(fn(1.0), fn(2.5), fn(True))
    print([str(w.message) for w in caught], [w.category.__name__ for w in caught])
