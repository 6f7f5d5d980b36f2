# Mangling of bare names: class-body variables, locals, parameters,
# global/nonlocal, lambdas, comprehensions, del, except/with/for targets.

_G__glob = "global via mangled name"
__plain = "plain global"


class G:
    __cv = 1
    __cv += 1
    __list = [__cv, __cv * 2]
    del __cv

    def read_global(self):
        return __glob  # -> _G__glob

    def write_global(self):
        global __made
        __made = "made"
        return __made

    def delete_global(self):
        global __made
        del __made

    def locals_(self):
        __a = 1
        for __i in range(2):
            __a += __i
        with open(__file__) as __fh:
            pass
        try:
            raise ValueError("v")
        except ValueError as __e:
            msg = str(__e)
        return sorted(locals()), msg

    def closure(self):
        __n = 0

        def inc():
            nonlocal __n
            __n += 1
            return __n

        inc()
        return inc(), inc.__code__.co_freevars

    def params(self, __a, __b=2, *__args, __kw=3, **__rest):
        return __a, __b, __args, __kw, __rest

    def ann(self, __a: int, *, __k: str = "k") -> None:
        pass

    lam = staticmethod(lambda __p, __q=7: (__p, __q))
    comp = [__z * 2 for __z in range(3)]
    gen = list(__w for __w in "ab")
    dcomp = {__k: __v for __k, __v in [(1, 2)]}

    def walrus(self):
        [__y := 5 for _ in range(1)]
        return __y, sorted(locals())


g = G()
print(G._G__list, "_G__cv" in G.__dict__)
print(g.read_global())
print(g.write_global(), "_G__made" in globals(), "__made" in globals())
g.delete_global()
print("_G__made" in globals())
print(g.locals_())
print(g.closure())
print(g.params(1), g.params(1, 5, 6, 7, _G__kw=8, x=9))
print(G.params.__code__.co_varnames)
print(G.params.__defaults__, G.params.__kwdefaults__)
print(G.ann.__annotations__, G.ann.__kwdefaults__)
print(G.lam(1), G.lam.__code__.co_varnames, G.lam.__defaults__)
print(G.comp, G.gen, G.dcomp)
print(g.walrus())

# Keyword arguments in calls are not mangled: the parameter is `_G__a`.
for call in (lambda: g.params(_G__a=1), lambda: g.params(__a=1)):
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)


class H:
    def call_kw(self):
        return g.params(__a=1)

    def call_kw_mangled(self):
        return g.params(_G__a=1)

    def missing(self):
        return __nowhere

    def unbound(self):
        if False:
            __later = 1
        return __later

    def dict_kw(self):
        return dict(__a=1, __b__=2)


h = H()
for m in (h.call_kw, h.call_kw_mangled, h.missing, h.unbound, h.dict_kw):
    try:
        print(m())
    except (TypeError, NameError) as e:
        print(type(e).__name__, e)

# Names in a class body of a module-level class read module globals
# under the mangled name too.
__plain = "plain"


class K:
    try:
        v = __plain
    except NameError as e:
        v = str(e)


print(K.v)
