def risky(kind):
    if kind == "value":
        raise ValueError("bad value")
    if kind == "type":
        raise TypeError("bad type")
    if kind == "key":
        return {}["missing"]
    if kind == "index":
        return [][0]
    if kind == "zero":
        return 1 / 0
    if kind == "attr":
        return None.foo
    if kind == "name":
        return undefined_name
    return "ok"


for kind in ["value", "type", "key", "index", "zero", "attr", "name", "none"]:
    try:
        result = risky(kind)
    except (ValueError, TypeError) as e:
        print("value/type:", type(e).__name__, e)
    except LookupError as e:
        print("lookup:", type(e).__name__, e, repr(e))
    except ArithmeticError as e:
        print("arith:", e, e.args)
    except Exception as e:
        print("other:", type(e).__name__, e)
    else:
        print("no error:", result)
    finally:
        print("  finally", kind)


def cleanup_order():
    log = []
    try:
        try:
            log.append("try")
            raise KeyError("k")
        finally:
            log.append("inner finally")
    except KeyError:
        log.append("except")
    finally:
        log.append("outer finally")
    return log


print(cleanup_order())


def finally_return():
    try:
        return "try"
    finally:
        print("finally runs before return")


print(finally_return())


def finally_overrides():
    try:
        return 1
    finally:
        return 2


print(finally_overrides())
try:
    raise ValueError("a", 1, [2])
except ValueError as e:
    print(e.args, str(e), repr(e))
try:
    raise KeyError("key")
except KeyError as e:
    print(str(e), repr(e), e.args[0])
e = Exception()
print(repr(e), str(e), e.args, repr(Exception("x")), str(Exception(1, 2)))
try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise
except ValueError as e:
    print("re-raised:", e)
print(isinstance(KeyError(), LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(bool, int))
print(ValueError.__mro__)
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("AssertionError:", repr(e))
