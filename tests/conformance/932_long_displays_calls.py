# Long displays and calls (more than 30 items) are built item by item, as
# CPython's compiler does: same values and errors, and a small co_stacksize.
import math

N = 100


def stack_is_small(src, mode="single"):
    code = compile(src, "<foo>", mode)
    return code.co_stacksize <= math.ceil(math.log(len(code.co_code)))


for src in [
    "[" + "x, " * N + "x]",
    "(" + "x, " * N + "x)",
    "{" + "x, " * N + "x}",
    "{" + "x:x, " * N + "x:x}",
    "f(" + "x, " * N + ")",
    "f(" + ", ".join(f"a{i}=x" for i in range(N)) + ")",
    "o.m(" + "x, " * N + ")",
    "o.m(" + ", ".join(f"a{i}=x" for i in range(N)) + ")",
    "x and " * N + "x",
    "x + " * N + "x",
]:
    print(src[:20], stack_is_small(src))

x = 3
values = eval("[" + ", ".join(f"x + {i}" for i in range(40)) + "]")
print(len(values), values[:3], values[-1])
values = eval("(" + ", ".join(f"x * {i}" for i in range(40)) + ",)")
print(type(values).__name__, len(values), values[-1])
values = eval("{" + ", ".join(f"x % {i + 1}" for i in range(40)) + "}")
print(type(values).__name__, sorted(values))
d = eval("{" + ", ".join(f"'k{i}': x + {i}" for i in range(40)) + "}")
print(len(d), list(d)[:3], d["k39"])
d = eval("{" + ", ".join(f"'k{i % 5}': {i}" for i in range(40)) + "}")
print(d)
consts = eval("[" + ", ".join(str(i) for i in range(50)) + "]")
consts.append("more")
print(len(consts), consts[-2:])
again = eval("[" + ", ".join(str(i) for i in range(50)) + "]")
print(again is not consts, len(again))


def f(*args, **kwargs):
    return len(args), sorted(kwargs)[:3], args[-1:] if args else ()


print(eval("f(" + ", ".join(f"x + {i}" for i in range(40)) + ")"))
print(eval("f(" + ", ".join(f"a{i}=x" for i in range(40)) + ")"))
print(eval("f(" + ", ".join(f"{i}" for i in range(20)) + ", " + ", ".join(f"k{i}={i}" for i in range(20)) + ")"))


class O:
    def m(self, *args, **kwargs):
        return len(args), len(kwargs)


o = O()
print(eval("o.m(" + ", ".join(f"{i}" for i in range(40)) + ")"))
print(eval("o.m(" + ", ".join(f"b{i}={i}" for i in range(40)) + ")"))


def fixed(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16):
    return a0 + a16


print(eval("fixed(" + ", ".join(f"a{i}={i}" for i in range(17)) + ")"))
try:
    eval("fixed(" + ", ".join(f"a{i}={i}" for i in range(16)) + ", zz=1)")
except TypeError as e:
    print("TypeError", e)
try:
    eval("fixed(" + ", ".join(f"{i}" for i in range(40)) + ")")
except TypeError as e:
    print("TypeError", e)
# Evaluation order stays left to right.
order = []


def note(i):
    order.append(i)
    return i


eval("[" + ", ".join(f"note({i})" for i in range(35)) + "]")
eval("f(" + ", ".join(f"k{i}=note({i})" for i in range(35)) + ")")
print(order == list(range(35)) * 2)
