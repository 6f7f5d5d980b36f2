# raise ... from ...: __cause__, __context__, __suppress_context__, raise ... from None
class ConfigError(Exception):
    pass

def load(d, key):
    try:
        return d[key]
    except KeyError as e:
        raise ConfigError(f"missing {key}") from e

try:
    load({}, "port")
except ConfigError as e:
    print(type(e).__name__, e)
    print("cause:", repr(e.__cause__))
    print("context is cause:", e.__context__ is e.__cause__)
    print("suppress:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("implicit chaining")
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        {}["x"]
    except KeyError:
        raise RuntimeError("hidden") from None
except RuntimeError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
try:
    raise TypeError("t") from ValueError("v")
except TypeError as e:
    print(repr(e.__cause__), e.__context__)
e = ValueError("fresh")
print(e.__cause__, e.__context__, e.__suppress_context__, e.args)
try:
    raise IndexError
except IndexError as e:
    print(repr(e), e.args, str(e) == "")
