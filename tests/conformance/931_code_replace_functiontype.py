# Code objects at run time: code.replace(), types.FunctionType(code,
# globals, name, argdefs, closure), co_linetable and co_exceptiontable.
import types


def f(a, b=2, *args, c, **kw):
    """doc of f"""
    total = a + b + c
    return total


co = f.__code__

# replace: names and positions.
c2 = co.replace(co_name="renamed", co_qualname="Q.renamed")
print(c2.co_name, c2.co_qualname, co.co_name, co.co_qualname)
print(c2 is co, c2.co_varnames == co.co_varnames, c2.co_argcount)
c3 = co.replace(co_filename="other.py")
print(c3.co_filename, co.co_filename == __file__)
c4 = co.replace(co_firstlineno=co.co_firstlineno + 100)
print(c4.co_firstlineno - co.co_firstlineno)
print(co.replace() is co)

# A function from a replaced code object runs the same.
g = types.FunctionType(c2, globals())
print(g.__name__, g.__qualname__, g(1, 2, c=3), g.__defaults__, g.__kwdefaults__)
print(g.__doc__)

# Replacing constants and names keeps the code working.
def consts():
    word = "old"
    return word + "!"

cc = consts.__code__
new_consts = tuple("new" if c == "old" else c for c in cc.co_consts)
h = types.FunctionType(cc.replace(co_consts=new_consts), globals())
print(h())

def uses_global():
    return VALUE_A

VALUE_A, VALUE_B = "a", "b"
names = tuple("VALUE_B" if n == "VALUE_A" else n for n in uses_global.__code__.co_names)
k = types.FunctionType(uses_global.__code__.replace(co_names=names), globals())
print(k(), uses_global())

# Renamed parameters bind by their new names.
def pair(x, y):
    return (x, y)

p2 = types.FunctionType(pair.__code__.replace(co_varnames=("first", "second")), globals())
print(p2(first=1, second=2), p2.__code__.co_varnames)
try:
    p2(x=1, y=2)
except TypeError as e:
    print("TypeError", e)

# Errors of replace.
for kw in [{"co_name": 5}, {"co_consts": [1]}, {"bogus": 1},
           {"co_firstlineno": "x"}, {"co_filename": None}]:
    try:
        co.replace(**kw)
        print("replaced", kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    co.replace(1)
except TypeError as e:
    print("TypeError", e)

# FunctionType: defaults, names, globals, closures.
g2 = types.FunctionType(f.__code__, {"x": 1}, "newname", (10,))
print(g2.__name__, g2.__qualname__, g2.__defaults__, g2.__globals__, g2.__module__)
print(g2(1, 2, c=3))
g3 = types.FunctionType(f.__code__, {}, None, (5, 6))
print(g3(c=0, a=1) if False else g3(1, c=0))

def outer():
    y = 5
    def inner():
        return y * 2
    return inner

inner = outer()
rebuilt = types.FunctionType(inner.__code__, {}, "again", None, inner.__closure__)
print(rebuilt(), rebuilt.__name__, len(rebuilt.__closure__))
cell = types.CellType(21)
print(types.FunctionType(inner.__code__, {}, None, None, (cell,))())

tests = [
    lambda: types.FunctionType(1, {}),
    lambda: types.FunctionType(f.__code__, 1),
    lambda: types.FunctionType(f.__code__, {}, 3),
    lambda: types.FunctionType(f.__code__, {}, None, [1]),
    lambda: types.FunctionType(f.__code__, {}, None, None, (1,)),
    lambda: types.FunctionType(inner.__code__, {}, None, None, ()),
    lambda: types.FunctionType(inner.__code__, {}),
    lambda: types.FunctionType(inner.__code__, {}, None, None, (1,)),
    lambda: types.FunctionType(inner.__code__, {}, None, None, [cell]),
    lambda: types.FunctionType(f.__code__, {}, None, None, 5),
    lambda: types.FunctionType(f.__code__, globals=1),
    lambda: types.FunctionType(f.__code__, {}, kwdefaults={}),
    lambda: types.FunctionType(),
    lambda: types.FunctionType(f.__code__),
    lambda: types.FunctionType(f.__code__, {}, "n", (), (), 6),
]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# A function made from a module-level code object (exec-like).
code = compile("result = 6 * 7", "<made>", "exec")
ns = {}
types.FunctionType(code, ns)()
print(ns["result"], "__builtins__" in ns)

# Code run by a made function reads the globals it was given.
src = compile("def get():\n    return token\n", "<m>", "exec")
space = {}
exec(src, space)
made = types.FunctionType(space["get"].__code__, {"token": "from dict"})
print(made())

# The byte tables are bytes; no handlers, no exception table.
def plain():
    return 1

def guarded():
    try:
        return 1
    except ValueError:
        return 2

print(type(co.co_linetable).__name__, type(co.co_exceptiontable).__name__)
print(plain.__code__.co_exceptiontable, len(guarded.__code__.co_exceptiontable) > 0)
print(isinstance(co, types.CodeType), types.CodeType.__name__)
