# exec/eval with code objects or strings, explicit globals and locals
# (dicts and other mappings), __builtins__ insertion, globals()/locals().


class Logged:
    """A mapping that reports its lookups."""

    def __init__(self, **items):
        self.items = dict(items)

    def __getitem__(self, key):
        print("  getitem", key)
        return self.items[key]

    def __setitem__(self, key, value):
        print("  setitem", key, value)
        self.items[key] = value

    def __delitem__(self, key):
        print("  delitem", key)
        del self.items[key]


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


# Strings and code objects, with and without namespaces.
g = {"a": 2}
print(eval("a * 10", g), "__builtins__" in g)
exec("b = a + 1", g)
print(g["b"])
loc = {}
exec("c = a + b", g, loc)
print(loc, "c" in g)
print(eval("c", g, loc), eval(" \t a", g), eval(b"a + 1", g))
code = compile("d = [a, b]", "<c>", "exec")
exec(code, g)
print(g["d"], eval(compile("d[0]", "<c>", "eval"), g))
print(exec("1 + 1"), eval("None"))

# A __builtins__ already there is kept.
kept = {"__builtins__": {"len": len}}
print(eval("1 + 1", kept), kept["__builtins__"])

# Locals that are any mapping: names go through its methods.
m = Logged(y=7)
print(eval("y", {}, m))
print(eval("len", {}, m))
exec("z = y + 1\nprint('z is', z)\ndel z", {}, m)
attempt("missing", lambda: eval("nothing_here", {}, m))
attempt("del missing", lambda: exec("del nothing_here", {}, m))
exec(compile("w = y * 3", "<m>", "exec"), {}, m)
print(sorted(m.items.items()))
print(eval(compile("y + 100", "<m>", "eval"), {"y": -1}, m))
exec("for i in range(2):\n    total = i", {}, m)
exec("def f():\n    return y\n", {"y": "global y"}, {})
fs = {}
exec("def f():\n    return y\n", {"y": "global y"}, fs)
print(fs["f"]())

# Wrong namespaces.
attempt("exec locals int", lambda: exec("1", {}, 5))
attempt("eval locals int", lambda: eval("1", {}, 5))
attempt("eval globals list", lambda: eval("1", [], {}))
attempt("eval globals mapping", lambda: eval("1", m))
attempt("eval globals int", lambda: eval("1", 5))
attempt("exec globals list", lambda: exec("1", []))
attempt("exec globals mapping", lambda: exec("1", m))
attempt("eval arg", lambda: eval(5))
attempt("exec arg", lambda: exec(None))
attempt("eval no args", lambda: eval())
attempt("eval kw", lambda: eval("1", globals={}))
attempt("exec kw", lambda: exec("1", foo=1))
attempt("eval null", lambda: eval("1\0"))
attempt("eval syntax", lambda: eval("1 +* 2"))
attempt("exec syntax", lambda: exec("x = (1,"))


# Function code objects.
def needs(a, b):
    return a


def free():
    print("  free() ran")


def gen():
    yield 1


def make():
    x = 1

    def inner():
        return x

    return inner


attempt("needs args", lambda: exec(needs.__code__))
attempt("no args", lambda: exec(free.__code__))
attempt("generator code", lambda: exec(gen.__code__))
attempt("closure exec", lambda: exec(make().__code__))
attempt("closure eval", lambda: eval(make().__code__))


# globals() and locals().
def snapshot(p):
    q = p * 2
    snap = locals()
    r = 5
    return sorted(snap), sorted(locals())


print(snapshot(1))
print(globals() is globals(), globals()["__name__"], locals() is globals())


class Body:
    x = 1
    names = sorted(locals())
    exec("y = x + 1")


print(Body.names, getattr(Body, "y", "no y"))


def runs_exec():
    v = 10
    exec("w = v + 1")
    return eval("v * 2"), v


print(runs_exec())

attempt("exec no args", lambda: exec())
attempt("exec 4 args", lambda: exec("1", {}, {}, 4))
attempt("eval 4 args", lambda: eval("1", {}, {}, 4))
