# __annotations__ made once per namespace: kept when it exists, filled from match bodies
match 1:
    case 1:
        in_case: int = 1
print(__annotations__)

ns = {"__annotations__": {"kept": "yes"}}
exec("x: int = 1\ny: str", ns)
print(ns["__annotations__"])

ns2 = {}
exec("a: float", ns2)
exec("b: bytes", ns2)
print(ns2["__annotations__"])

class WithExisting:
    __annotations__ = {"pre": 0}
    after: int
print(WithExisting.__annotations__)

# a class without annotated assignments gets an empty dict on first read
class Nothing:
    x = 1
d = Nothing.__annotations__
d["late"] = str
print(Nothing.__annotations__, "__annotations__" in Nothing.__dict__)
