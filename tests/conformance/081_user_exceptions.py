# user-defined exceptions: args, str(), repr(), custom __init__ and __str__, attributes
class MyError(Exception):
    pass

for e in (MyError(), MyError("one"), MyError("two", 2)):
    print(repr(str(e)), repr(e), e.args)

class HttpError(Exception):
    def __init__(self, code, reason="unknown"):
        super().__init__(code, reason)
        self.code = code
        self.reason = reason

    def __str__(self):
        return f"HTTP {self.code}: {self.reason}"

try:
    raise HttpError(404, "Not Found")
except HttpError as e:
    print(e, "|", e.code, e.args, isinstance(e, Exception))

class Quiet(ValueError):
    def __init__(self, value):
        self.value = value

try:
    raise Quiet(7)
except ValueError as e:
    print(type(e).__name__, e.value, e.args, str(e))
try:
    raise MyError("with", "several", "args")
except MyError as e:
    print(e)

class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"

print(repr(WithRepr("x")), str(WithRepr("x")))
print(str(KeyError("k")), str(KeyError("k", "j")), repr(str(KeyError())), repr(KeyError("k")))
print(str(ValueError(42)), repr(ValueError("a", 1)))
