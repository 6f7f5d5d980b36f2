# The rounding, pickling and reflected divmod methods of int and float
# (`__floor__`, `__ceil__`, `__trunc__`, `__getnewargs__`, `__rdivmod__`,
# `int.bit_count`), as dir(int) and dir(float) list them.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r), type(r).__name__)
class MyInt(int): pass
class MyFloat(float): pass
cases = [
 ("(7).__floor__()", lambda: (7).__floor__()),
 ("(-7).__ceil__()", lambda: (-7).__ceil__()),
 ("True.__trunc__()", lambda: True.__trunc__()),
 ("MyInt(4).__floor__()", lambda: MyInt(4).__floor__()),
 ("(10**30).__ceil__()", lambda: (10**30).__ceil__()),
 ("(5).__getnewargs__()", lambda: (5).__getnewargs__()),
 ("True.__getnewargs__()", lambda: True.__getnewargs__()),
 ("(255).bit_count()", lambda: (255).bit_count()),
 ("(-5).bit_count()", lambda: (-5).bit_count()),
 ("(0).bit_count()", lambda: (0).bit_count()),
 ("(2**100-1).bit_count()", lambda: (2**100-1).bit_count()),
 ("(3).__rdivmod__(10)", lambda: (3).__rdivmod__(10)),
 ("(3).__rdivmod__(10.5)", lambda: (3).__rdivmod__(10.5)),
 ("(3).__rdivmod__('a')", lambda: (3).__rdivmod__('a')),
 ("(0).__rdivmod__(3)", lambda: (0).__rdivmod__(3)),
 ("(2.5).__rdivmod__(7)", lambda: (2.5).__rdivmod__(7)),
 ("(2.5).__rdivmod__(7.5)", lambda: (2.5).__rdivmod__(7.5)),
 ("(2.5).__rdivmod__(1j)", lambda: (2.5).__rdivmod__(1j)),
 ("(0.0).__rdivmod__(1)", lambda: (0.0).__rdivmod__(1)),
 ("(2.5).__floor__()", lambda: (2.5).__floor__()),
 ("(-2.5).__floor__()", lambda: (-2.5).__floor__()),
 ("(2.1).__ceil__()", lambda: (2.1).__ceil__()),
 ("(-2.7).__trunc__()", lambda: (-2.7).__trunc__()),
 ("(1e300).__trunc__() > 0", lambda: (1e300).__trunc__() > 0),
 ("float('inf').__floor__()", lambda: float('inf').__floor__()),
 ("float('nan').__ceil__()", lambda: float('nan').__ceil__()),
 ("float('-inf').__trunc__()", lambda: float('-inf').__trunc__()),
 ("MyFloat(2.5).__ceil__()", lambda: MyFloat(2.5).__ceil__()),
 ("(2.5).__getnewargs__()", lambda: (2.5).__getnewargs__()),
 ("int.__floor__('a')", lambda: int.__floor__('a')),
 ("float.__floor__(1)", lambda: float.__floor__(1)),
 ("int.bit_count(2.0)", lambda: int.bit_count(2.0)),
 ("(5).bit_count(1)", lambda: (5).bit_count(1)),
 ("(5).__floor__(1)", lambda: (5).__floor__(1)),
 ("(5).__rdivmod__()", lambda: (5).__rdivmod__()),
]
for l, f in cases: show(l, f)
import math
print(math.floor(MyInt(3)), math.ceil(2.5), math.trunc(-3.5), divmod(10, MyInt(3)))
for t in (int, float, bool):
    print(t.__name__, [n for n in ("__floor__", "__ceil__", "__trunc__", "__getnewargs__", "__rdivmod__", "bit_count") if n in dir(t)], sorted(set(dir(t)) - set(dir(object)))[:8])
for a in [(1, 0.0), (1.0, 0), (1.0, 0.0), (1, 0), (7, MyFloat(0.0))]:
    show("divmod%r" % (a,), lambda: divmod(*a))
print(divmod(MyInt(10), 3), divmod(10, MyFloat(4.0)), divmod(-7.5, 2))
