# contextvars: ContextVar get/set/reset with defaults, Token, copy_context
# and Context.run isolation, the mapping interface, the errors.
import contextvars
cv = contextvars
v = cv.ContextVar("v", default=1)
print(v.name, v.get(), repr(v).startswith("<ContextVar name='v' default=1 at 0x"))
t = v.set(2)
print(t.var is v, t.old_value, v.get(), repr(t).startswith("<Token var=<ContextVar name='v' default=1 at"))
v.reset(t)
print(v.get())
try: v.reset(t)
except RuntimeError as e: print("RuntimeError", str(e).endswith("has already been used once"))
ctx = cv.copy_context()
w = cv.ContextVar("w")
try: w.get()
except LookupError as e: print("LookupError", type(e.args[0]).__name__)
print(w.get(5))
def f():
    w.set(9)
    return w.get()
print(ctx.run(f), w.get(7), ctx[w], w in ctx, ctx.get(w), len(ctx), list(ctx.values()))
try: ctx.run(ctx.run, f)
except RuntimeError as e: print("RuntimeError", str(e).startswith("cannot enter context"))
print(cv.Token.MISSING)
try: cv.ContextVar(1)
except TypeError as e: print("TypeError", e)
t2 = w.set(3)
ctx2 = cv.copy_context()
try: ctx2.run(w.reset, t2)
except ValueError as e: print("ValueError", str(e).endswith("was created in a different Context"))
print(ctx2[w], w.get())
for name in ("ContextVar", "Token", "Context"):
    try:
        type("Sub", (getattr(cv, name),), {})
        print("subclassed", name)
    except TypeError as e:
        print("TypeError", name)
def counter():
    n = v.get()
    v.set(n + 1)
    return v.get()
c = cv.copy_context()
print([c.run(counter) for _ in range(3)], v.get())
try: ctx["x"]
except TypeError as e: print("TypeError", e)
