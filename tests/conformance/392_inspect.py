# inspect: signature (functions, positional-only, keyword-only, classes,
# bound/class/static methods, callables, partial, wrapped), Parameter and
# Signature objects, bind/bind_partial/apply_defaults, getfullargspec,
# getcallargs, the is* predicates, getdoc/cleandoc, getmembers, getsource.
import inspect
import functools

def f(a, b: int = 2, *args, c, d: str = "x", **kw) -> bool:
    """Docstring of f.

        Indented more.
    """
    return True

def g(x, y=1, /, z=3):
    pass

async def co():
    pass

def gen():
    yield 1

async def agen():
    yield 1

class K:
    """K doc."""
    def __init__(self, p, q=5):
        self.p = p
    def meth(self, r):
        return r
    @classmethod
    def cm(cls, s):
        pass
    @staticmethod
    def sm(t, u=0):
        pass
    def __call__(self, v):
        pass

sig = inspect.signature(f)
print(sig, repr(sig), list(sig.parameters), sig.return_annotation)
for p in sig.parameters.values():
    print(p.name, p.kind, p.default if p.default is not p.empty else "-", p.annotation if p.annotation is not p.empty else "-", str(p), repr(p))
print(inspect.signature(g), inspect.signature(K), inspect.signature(K.meth), inspect.signature(K(1).meth), inspect.signature(K.cm), inspect.signature(K.sm), inspect.signature(K(1)))
print(inspect.signature(lambda a, *b, **c: 0), inspect.signature(functools.partial(f, 1, c=2)))
@functools.wraps(f)
def wrapper(*a, **k):
    return f(*a, **k)
print(inspect.signature(wrapper), inspect.signature(wrapper, follow_wrapped=False))
ba = sig.bind(1, c=3)
print(ba, ba.args, ba.kwargs)
ba.apply_defaults()
print(ba.arguments)
for call in [((), {}), ((1, 2, 3, 4), {"c": 1, "e": 9}), ((1,), {"a": 2})]:
    try:
        print(sig.bind(*call[0], **call[1]).arguments)
    except TypeError as e:
        print("TypeError", e)
try: inspect.signature(g).bind(1, x=2)
except TypeError as e: print("TypeError", e)
print(inspect.signature(g).bind_partial(1).arguments)
print(inspect.getfullargspec(f))
print(inspect.getcallargs(f, 1, 2, 3, c=4))
print(inspect.isfunction(f), inspect.isfunction(len), inspect.isbuiltin(len), inspect.ismethod(K(1).meth), inspect.ismethod(K.meth), inspect.isclass(K), inspect.ismodule(inspect), inspect.isroutine(len), inspect.isroutine(f))
print(inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(f), inspect.iscoroutinefunction(co), inspect.isasyncgenfunction(agen), inspect.isgenerator(gen()), inspect.iscoroutinefunction(functools.partial(co)))
c = co(); print(inspect.iscoroutine(c), inspect.isawaitable(c), inspect.isawaitable(1)); c.close()
print(inspect.getdoc(f), "|", inspect.getdoc(K), "|", inspect.cleandoc("  a\n    b\n  c\n"))
print([n for n, v in inspect.getmembers(K) if not n.startswith("__")], [n for n, v in inspect.getmembers(K, inspect.isfunction)])
print(inspect.getmro(K), inspect.unwrap(wrapper) is f, inspect.isabstract(K))
print(inspect.getsource(K.meth), end="")
print(inspect.getsourcelines(g)[1], inspect.getsource(f).splitlines()[0])
print(inspect.Parameter.POSITIONAL_ONLY, int(inspect.Parameter.KEYWORD_ONLY), inspect.Parameter.VAR_KEYWORD.description)
P = inspect.Parameter
s2 = inspect.Signature([P("a", P.POSITIONAL_ONLY), P("b", P.POSITIONAL_OR_KEYWORD, default=1), P("c", P.KEYWORD_ONLY)])
print(s2, s2 == inspect.Signature([P("a", P.POSITIONAL_ONLY), P("b", P.POSITIONAL_OR_KEYWORD, default=1), P("c", P.KEYWORD_ONLY)]))
try: inspect.Signature([P("a", P.KEYWORD_ONLY), P("b", P.POSITIONAL_ONLY)])
except ValueError as e: print("ValueError", e)
try: P("x y", P.POSITIONAL_ONLY)
except ValueError as e: print("ValueError", e)
try: inspect.signature(1)
except TypeError as e: print("TypeError", e)
print(inspect.getattr_static(K, "cm").__class__.__name__, inspect.getattr_static(K(1), "p"))
