# match statement: literal, capture, wildcard, value, group patterns; soft keywords
import sys

match = 1
case = 2
print(match, case)
def match(x):
    return x * 2
print(match(3))
match = [1, 2]
print(match[0])
match, case = 3, 4
print(match + case)
match: int = 5
print(match)
case = {"a": 1}
print(case["a"])

def classify(v):
    match v:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case -2.5:
            return "minus two and a half"
        case "hello":
            return "greeting"
        case "a" "b":
            return "concatenated ab"
        case b"raw":
            return "bytes raw"
        case None:
            return "None"
        case _:
            return "something else"

for v in [0, 1, 2, 3, -1, 1.5, -2.5, "hello", "ab", b"raw", None, 4, "x", 0.0, 1.0, True, False]:
    print(repr(v), classify(v))

# singletons compare by identity
def single(v):
    match v:
        case True:
            return "is True"
        case False:
            return "is False"
        case None:
            return "is None"
        case x:
            return f"captured {x!r}"

for v in [True, False, None, 1, 0, 0.0, "", []]:
    print(repr(v), single(v))

class Color:
    RED = "red"
    GREEN = "green"
    class Nested:
        BLUE = "blue"

def color(c):
    match c:
        case Color.RED:
            return "R"
        case Color.GREEN:
            return "G"
        case Color.Nested.BLUE:
            return "B"
        case (other):
            return "other " + other

for c in ["red", "green", "blue", "pink"]:
    print(c, color(c))

# the subject is evaluated once
calls = []
def subject():
    calls.append(1)
    return 42
match subject():
    case 1:
        print("no")
    case 42:
        print("yes, 42")
print("calls", len(calls))

# no case matches: nothing happens
match 99:
    case 1:
        print("never")
print("after no match")

# capture binds in the enclosing scope
match "bound":
    case name:
        pass
print(name)

def in_function():
    match [1, 2]:
        case captured:
            pass
    return captured
print(in_function())

# match inside loops: break and continue in a case body
for i in range(6):
    match i:
        case 1:
            continue
        case 4:
            break
        case _:
            print("loop", i)

# nested match
def nested(a, b):
    match a:
        case 1:
            match b:
                case 1:
                    return "1,1"
                case _:
                    return "1,_"
        case _:
            return "_"
print(nested(1, 1), nested(1, 2), nested(2, 2))

# __eq__ is used for literal and value patterns
class Always:
    def __eq__(self, other):
        print("eq called with", other)
        return True
match Always():
    case 5:
        print("matched 5 via __eq__")

# return from inside a case in a loop
def find(items):
    for it in items:
        match it:
            case "stop":
                return "found stop"
    return "none"
print(find(["a", "stop", "b"]), find([]))
