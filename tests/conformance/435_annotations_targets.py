# annotated assignments: complex targets, evaluation order, functions don't evaluate
log = []
def ann(label):
    log.append(label)
    return label

class Obj:
    pass
o = Obj()
items = [0, 1, 2]
d = {}

o.attr: ann("attr annotation") = ann("attr value")
items[0]: ann("subscript annotation") = ann("subscript value")
items[ann("index")]: ann("bare subscript annotation")
ann("object").attr: ann("bare attribute annotation")
(parenthesized): ann("parenthesized annotation") = ann("parenthesized value")
d["k"]: int = 1
print(log)
print(o.attr, items, parenthesized, d)
print(__annotations__)

# a NameError in a module-level annotation
try:
    broken: undefined_name = 1
except NameError as e:
    print(type(e).__name__, e)
print(broken)

# in a function, annotations are never evaluated
def func():
    local: undefined_name = 1
    bare: also_undefined
    o.x: undefined_too = 2
    items[0]: undefined_again = 9
    return local
print(func(), o.x, items)
print(func.__annotations__)

# a bare annotation makes the name local in a function
x = "global"
def shadow():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x: int
shadow()

def assigns_later():
    y: int
    y = 5
    return y
print(assigns_later())

# class bodies evaluate; methods don't
class K:
    def __init__(self):
        self.v: undefined_in_method = 1
    a: ann("class a") = ann("class a value")
    if True:
        b: ann("class b in if")
    for _i in range(1):
        c: ann("class c in for") = _i
print(K.__annotations__, K().v)
print(log[-5:])

# nested class
class Outer:
    class Inner:
        v: int = 1
    w: "Inner"
print(Outer.__annotations__, Outer.Inner.__annotations__)

# annotation with a walrus and calls
class Calls:
    t: (lambda: int)() = 5
print(Calls.__annotations__)

# global declared in a function, annotated at module level
def set_counter():
    global counter
    counter = 10
counter: int
set_counter()
print(counter, __annotations__["counter"])
