def show(e, ind=""):
    if isinstance(e, BaseExceptionGroup):
        print(ind + type(e).__name__, repr(e.message), len(e.exceptions))
        for x in e.exceptions: show(x, ind + "  ")
    else:
        print(ind + repr(e))

eg = ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
try:
    raise eg
except* ValueError as e:
    print("caught V"); show(e)
except* TypeError as e:
    print("caught T"); show(e)
except* KeyError as e:
    print("caught K"); show(e)
print("after")

try:
    try:
        raise eg
    except* ValueError as e:
        print("V only")
except ExceptionGroup as rest:
    show(rest)

try:
    raise ValueError("naked")
except* ValueError as e:
    show(e)

try:
    try:
        raise ValueError("naked")
    except* TypeError as e:
        print("no")
except ValueError as e:
    print("naked through", repr(e))

try:
    try:
        raise eg
    except* ValueError as e:
        raise KeyError("new")
except BaseException as r:
    show(r)

try:
    try:
        raise eg
    except* ValueError as e:
        raise
except BaseException as r:
    show(r)

try:
    try:
        raise eg
    except* ExceptionGroup as e:
        pass
except TypeError as t:
    print(type(t).__name__, t)

try:
    try:
        raise eg
    except* (ValueError, TypeError) as e:
        show(e)
        raise RuntimeError("x")
    except* KeyError:
        print("k")
        raise
except BaseException as r:
    show(r)
    print(repr(r.exceptions[0].__context__))

def f():
    try:
        raise ExceptionGroup("x", [OSError(1)])
    except* OSError:
        return_value = 1
    else:
        print("else")
    finally:
        print("finally")
    return "done"
print(f())
try:
    pass
except* ValueError:
    pass
else:
    print("else ran")
finally:
    print("fin ran")
import sys
try:
    raise ExceptionGroup("x", [OSError(1)])
except* OSError as e:
    print(sys.exc_info()[1] is e, repr(e))
print(sys.exc_info())
try:
    e
except NameError as n: print(n)

# a clause that matches nothing, several clauses, bare raise of parts
def run(exc, *clauses):
    try:
        try:
            raise exc
        except* ValueError as e:
            print(" V:", repr(e))
            if "reraise-v" in clauses:
                raise
            if "new-v" in clauses:
                raise RuntimeError("from V")
        except* TypeError as e:
            print(" T:", repr(e))
            if "reraise-t" in clauses:
                raise
        except* OSError:
            print(" O")
    except BaseException as out:
        print(" out:")
        show(out, "   ")
    else:
        print(" nothing left")

cases = [
    ExceptionGroup("a", [ValueError(1)]),
    ExceptionGroup("b", [ValueError(1), TypeError(2)]),
    ExceptionGroup("c", [KeyError(1), TypeError(2)]),
    ExceptionGroup("d", [ExceptionGroup("e", [ValueError(1), KeyError(2)]), TypeError(3)]),
    KeyError("naked"),
    OSError("naked os"),
]
for c in cases:
    for mode in [(), ("reraise-v",), ("new-v",), ("reraise-v", "reraise-t"), ("new-v", "reraise-t")]:
        print(repr(c), mode)
        run(c, *mode)

# the type of an except* clause
for typ in [ExceptionGroup, BaseExceptionGroup, (ValueError, ExceptionGroup), 1, (ValueError, 2)]:
    try:
        try:
            raise ExceptionGroup("x", [ValueError()])
        except* typ:
            print("caught")
    except TypeError as e:
        print(repr(typ) if not isinstance(typ, type) else typ.__name__, type(e).__name__, e)

# exceptions raised while matching, and context of new errors
try:
    try:
        raise ExceptionGroup("x", [ValueError()])
    except* undefined_name:
        pass
except NameError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)

try:
    try:
        raise ExceptionGroup("x", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise KeyError("k") from e
except ExceptionGroup as g:
    k = g.exceptions[0]
    print(repr(k), repr(k.__cause__), repr(k.__context__), k.__cause__ is k.__context__)

# BaseExceptions and nesting in functions and loops
def gen_errors():
    for i in range(3):
        try:
            raise BaseExceptionGroup("loop", [ValueError(i), KeyboardInterrupt()])
        except* KeyboardInterrupt:
            print("kbd", i)
        except* ValueError as e:
            print("val", e.exceptions[0])
    return "finished"

print(gen_errors())

def nested():
    try:
        try:
            raise ExceptionGroup("n", [ValueError(1), TypeError(2)])
        except* ValueError:
            try:
                raise ExceptionGroup("inner", [OSError(3)])
            except* OSError as o:
                print("inner caught", repr(o))
    except* TypeError as t:
        print("outer caught", repr(t))

nested()

# a generator with except*
def g():
    try:
        yield 1
        raise ExceptionGroup("in gen", [ValueError(5)])
    except* ValueError as e:
        yield repr(e)
    yield 3

print(list(g()))
