# match statement: OR and AS patterns, guards, subject tuples, SyntaxErrors

def alt(v):
    match v:
        case 1 | 2 | 3 as small:
            return f"small {small}"
        case [1, x] | [x, 1]:
            return f"pair with one, other {x}"
        case {"a": x} | {"b": x}:
            return f"a or b -> {x}"
        case (str() | bytes()) as text:
            return f"text {text!r}"
        case [_, _] as pair:
            return f"some pair {pair}"
        case _:
            return "other"

for v in [1, 3, [1, 9], [8, 1], {"b": 5}, {"a": 4, "b": 5}, "s", b"b", [7, 7], 10]:
    print(repr(v), alt(v))

# guards: evaluated after the pattern binds, only when it matched
def guarded(v):
    match v:
        case int(n) if n < 0:
            return "negative"
        case int(n) if n % 2 == 0:
            return "even"
        case int():
            return "odd"
        case [x, y] if x == y:
            return "equal pair"
        case [x, y] if (total := x + y) > 10:
            return f"big pair {total}"
        case [x, y]:
            return "pair"
        case x if x:
            return "truthy"
        case _:
            return "falsy"

for v in [-5, 4, 7, [2, 2], [5, 9], [1, 2], "text", "", None]:
    print(repr(v), guarded(v))

log = []
def check(x):
    log.append(x)
    return False
match [1, 2]:
    case [a, b] if check(("first guard", a, b)):
        pass
    case (c, d) if check(("second guard", c, d)):
        pass
    case [1, 2, 3] if check("never evaluated"):
        pass
    case _:
        pass
print(log)

# the subject can be a tuple without parentheses, with starred items
a, b = 1, 2
match a, b:
    case (1, 2):
        print("tuple subject")
rest = [3, 4]
match a, *rest:
    case (1, 3, 4):
        print("starred subject")
match (a, b),:
    case [[x, y]]:
        print("one-tuple subject", x, y)
match a if a else b:
    case 1:
        print("conditional subject")
match (n := 5):
    case 5:
        print("walrus subject", n)
match -a:
    case -1:
        print("negative subject")

# as patterns bind the whole subject or a part
match [1, [2, 3]]:
    case [first, [_, last] as inner] as whole:
        print(first, inner, last, whole)

# SyntaxErrors found when compiling
def compile_error(src):
    # compiled inside a function that never runs
    src = "def never_called():\n" + "".join("    " + line + "\n" for line in src.splitlines())
    try:
        exec(src)
    except SyntaxError as e:
        print("SyntaxError:", e.msg, "line", e.lineno)
    else:
        print("compiled")

compile_error("match x:\n    case y:\n        pass\n    case 1:\n        pass\n")
compile_error("match x:\n    case _:\n        pass\n    case 1:\n        pass\n")
compile_error("match x:\n    case (y as z):\n        pass\n    case 1:\n        pass\n")
compile_error("match x:\n    case y | 1:\n        pass\n")
compile_error("match x:\n    case 1 | _:\n        pass\n    case 2:\n        pass\n")
compile_error("match x:\n    case [a, a]:\n        pass\n")
compile_error("match x:\n    case {'k': a, **a}:\n        pass\n")
compile_error("match x:\n    case [a] | b:\n        pass\n")
compile_error("match x:\n    case [a] | [b]:\n        pass\n")
compile_error("match x:\n    case [*a, *b]:\n        pass\n")
compile_error("match x:\n    case {'a': 1, 'a': 2}:\n        pass\n")
compile_error("match x:\n    case {1: 1, 1.0: 2}:\n        pass\n")
compile_error("match x:\n    case C(a=1, a=2):\n        pass\n")
compile_error("match x:\n    case C(a=1, b):\n        pass\n")
compile_error("match x:\n    case a as _:\n        pass\n")
compile_error("match x:\n    case f'x':\n        pass\n")
compile_error("match x:\n    case {y: 1}:\n        pass\n")
compile_error("match x:\n    case {**_}:\n        pass\n")
compile_error("match x:\n    case 1 + 2:\n        pass\n")
compile_error("match x:\n    case 3():\n        pass\n")
compile_error("match x:\n    case a.b:\n        pass\n    case c if c:\n        pass\n    case d:\n        pass\n")
compile_error("match x:\n    case [x] | (x):\n        pass\n    case 1:\n        pass\n")
compile_error("match *x:\n    case 1:\n        pass\n")
compile_error("match x:\ncase 1:\n    pass\n")
compile_error("match x:\n    case 1:\n    pass\n")

# match and case stay usable as names next to match statements
match = {"case": "value"}
match match:
    case {"case": case}:
        print("case =", case)
print([match for match in range(2)])
