# __context__ chaining as CPython sets it: `raise e` overwrites an old
# context, cycles through the chain are cut, pre-existing cycles do not hang.
import sys


def chain(e, limit=8):
    out = []
    seen = 0
    while e is not None and seen < limit:
        out.append(type(e).__name__)
        e = e.__context__
        seen += 1
    return out


class A(Exception): pass
class B(Exception): pass
class C(Exception): pass
class D(Exception): pass
class E(Exception): pass


# Re-raising an earlier exception from inside a later handler.
try:
    try:
        raise A
    except A as a_:
        a = a_
        try:
            raise B
        except B as b_:
            b = b_
            try:
                raise C
            except C as c_:
                c = c_
                raise a
except A as e:
    print("reraise a:", chain(e), e is a, b.__context__)

# raise a in context of ZeroDivisionError: the link back to a is cut.
try:
    try:
        xyzzy
    except NameError as n:
        try:
            1 / 0
        except ZeroDivisionError:
            raise n
except NameError as e:
    print("cut:", chain(e), e.__context__.__context__)

# A cycle made by hand does not hang the next raise.
def cycle():
    try:
        raise ValueError(1)
    except ValueError as ex:
        ex.__context__ = ex
        raise TypeError(2)

try:
    cycle()
except Exception as e:
    print("cycle1:", type(e).__name__, type(e.__context__).__name__,
          e.__context__.__context__ is e.__context__)

# Longer chain with a cycle.
try:
    try:
        raise A()
    except A as _a:
        a = _a
        try:
            raise B()
        except B as _b:
            b = _b
            try:
                raise C()
            except C as _c:
                c = _c
                a.__context__ = c
                try:
                    raise D()
                except D as _d:
                    d = _d
                    raise E()
except E as e:
    print("cycle3:", chain(e, 7))

# An exception object raised again outside any handler keeps its context.
try:
    try:
        raise KeyError("k")
    except KeyError:
        err = ValueError("v")
        raise err
except ValueError:
    pass
try:
    raise err
except ValueError as e:
    print("kept:", chain(e))

# raise inside the handler of itself: no self-context.
try:
    try:
        raise ValueError("same")
    except ValueError as e:
        raise e
except ValueError as e:
    print("self:", e.__context__)

# raise from: cause set, context still recorded.
try:
    try:
        raise KeyError(1)
    except KeyError:
        raise ValueError(2) from OSError(3)
except ValueError as e:
    print("from:", type(e.__cause__).__name__, type(e.__context__).__name__,
          e.__suppress_context__)

# Invalid assignments.
for attr, val in [("__cause__", 1), ("__context__", "x")]:
    try:
        setattr(Exception(), attr, val)
    except TypeError as e:
        print(type(e).__name__, e)

# except with a tuple holding a non-class fails even when it would match.
for typ in [(ValueError, 42), 42, (ValueError, (TypeError,))]:
    try:
        try:
            raise ValueError
        except typ:
            print("caught")
    except TypeError as e:
        print(type(e).__name__, e)

# sys.exc_info inside a generator after its handler ends.
def g():
    try:
        raise ValueError
    except ValueError:
        yield 1
    yield sys.exc_info()[0]

gen = g()
try:
    raise IndexError
except IndexError:
    print("first:", next(gen))
print("after:", next(gen))

def g2():
    yield sys.exc_info()[0]
    try:
        raise KeyError
    except KeyError:
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]

gen = g2()
print(next(gen))
try:
    raise OSError
except OSError:
    print(next(gen))
    print(next(gen))
