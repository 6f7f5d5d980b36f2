# try/except/else/finally: which blocks run, exception variables, bare except, re-raise, nested handlers
def attempt(x):
    try:
        print("try", x)
        r = 10 // x
    except ZeroDivisionError as e:
        print("except", e)
        r = None
    else:
        print("else", r)
    finally:
        print("finally")
    return r

print(attempt(2))
print(attempt(0))
try:
    try:
        [][1]
    except KeyError:
        print("wrong handler")
    finally:
        print("inner finally")
except IndexError as e:
    print("outer caught", e)
try:
    {}["k"]
except (TypeError, KeyError) as e:
    print("tuple of types", type(e).__name__)
try:
    raise ValueError("first")
except ValueError:
    try:
        raise
    except ValueError as e:
        print("re-raised", e)
try:
    int("x")
except:
    print("bare except")
e = "before"
try:
    1 / 0
except ZeroDivisionError as e:
    pass
try:
    print(e)
except NameError as err:
    print("the as-variable is deleted after the except block:", err)
try:
    try:
        1 / 0
    finally:
        print("finally runs while the exception passes")
except ZeroDivisionError:
    print("then caught outside")

def raiser():
    raise KeyError("k")

try:
    raiser()
except Exception as e:
    print(type(e).__name__, e.args)
