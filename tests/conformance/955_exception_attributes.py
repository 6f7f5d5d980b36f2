# Exception attributes: reset by __init__, reduce/copy, deletion errors,
# SyntaxError's details, Unicode errors after their fields change,
# throw() normalization, names for __getattr__'s AttributeError.
import copy
import pickle

exc = ImportError('test', name='name', path='path')
print(exc.args, exc.msg, exc.name, exc.path)
exc.__init__()
print(exc.args, exc.msg, exc.name, exc.path)
exc.__init__('again', path='p2')
print(exc.args, exc.msg, exc.name, exc.path)

for kwargs in ({}, {"name": "n"}, {"path": "p"}, {"name": "n", "path": "p"}):
    orig = ImportError('test', **kwargs)
    for proto in range(0, 5):
        e = pickle.loads(pickle.dumps(orig, proto))
        assert (e.args, e.msg, e.name, e.path) == (orig.args, orig.msg, orig.name, orig.path)
    for c in (copy.copy, copy.deepcopy):
        e = c(orig)
        print(c.__name__, kwargs, e.args, e.msg, e.name, e.path)

e = ValueError(1, 2)
e.extra = "x"
r = e.__reduce__()
print(r[0].__name__, r[1], r[2])
print(KeyError("k").__reduce__())
e2 = copy.copy(e)
print(type(e2).__name__, e2.args, e2.extra)
e3 = Exception()
e3.__setstate__({"a": 1, "b": 2})
print(e3.a, e3.b)
e3.__setstate__(None)
try:
    e3.__setstate__(5)
except TypeError as err:
    print(type(err).__name__, err)

for attr in ["__cause__", "__context__", "__traceback__", "args"]:
    try:
        delattr(Exception(), attr)
    except TypeError as err:
        print(type(err).__name__, err)

for args in [("bad.py", 1, 2), ("bad.py", 1, 2, 4, 5, 6, 7), ("bad.py", 1, 2, "abcdefg", 1)]:
    try:
        SyntaxError("bad bad", args)
        print("no error")
    except TypeError as err:
        print(type(err).__name__, err)
s = SyntaxError("msg", ("f.py", 3, 4, "text", 3, 6))
print(s.msg, s.filename, s.lineno, s.offset, s.text, s.end_lineno, s.end_offset)
s = SyntaxError("msg", ("f.py", 3, 4, "text"))
print(s.msg, s.filename, s.lineno, s.offset, s.text, s.end_lineno, s.end_offset)
print(SyntaxError().msg, SyntaxError("only").msg, SyntaxError("a", "b", "c").args)

u = UnicodeEncodeError('baz', 'xxxxx', 1, 5, 'foo')
print(str(u))
u.end = 2
print(str(u))
u.end = 5
u.reason = 0x345345345345345345
print(str(u))
u.encoding = 4000
print(str(u))
u.start = 1000
print(str(u))
u = UnicodeDecodeError('baz', b'xxxxx', 1, 5, 'foo')
print(str(u))
u.end = 2
print(str(u))
u = UnicodeTranslateError('xxxx', 1, 5, 'foo')
print(str(u))
u.end = 2
print(str(u))


def boring():
    yield

class E(Exception):
    def __new__(cls, *args, **kwargs):
        return cls

gen = boring()
try:
    gen.throw(E)
except TypeError as err:
    print(type(err).__name__, err)
try:
    next(gen)
except StopIteration:
    print("finished")


def catcher():
    try:
        yield
    except TypeError as err:
        print("caught inside:", err)
        yield "after"

gen = catcher()
next(gen)
print(gen.throw(E))


def g():
    while True:
        try:
            yield
        except ValueError as v:
            print("caught ValueError (%s)" % v)

gen = g()
next(gen)
gen.throw(ValueError, ValueError(1))
gen.throw(ValueError, TypeError(1))
gen.throw(ValueError, (1, 2))
gen.throw(ValueError)
try:
    gen.throw(ValueError("x"), 1)
except TypeError as err:
    print(type(err).__name__, err)
try:
    gen.throw(5)
except TypeError as err:
    print(type(err).__name__, err)
try:
    raise ValueError("tb")
except ValueError as exc:
    tb = exc.__traceback__
try:
    gen.throw(KeyError, KeyError("k"), tb)
except KeyError:
    pass
else:
    pass
try:
    gen.throw(KeyError, None, 5)
except TypeError as err:
    print(type(err).__name__, err)
try:
    raise E
except TypeError as err:
    print(type(err).__name__, err)


class A:
    blech = None

    def __getattr__(self, attr):
        raise AttributeError()

class B:
    def __getattr__(self, attr):
        raise AttributeError("x", name="other")

for cls in (A, B):
    try:
        cls().bluch
    except AttributeError as err:
        print(cls.__name__, err.name, type(err.obj).__name__)
