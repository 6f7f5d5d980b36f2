# Which class's name mangles a private name: decorators, bases, defaults
# and class keywords belong to the enclosing scope; function bodies,
# lambdas and comprehensions inherit their class's name; nested classes
# use their own. Compiled strings (exec, eval) start afresh.


def deco(f):
    return f


class Outer:
    __tag = "outer tag"
    __deco = staticmethod(deco)

    class __Base:
        pass

    # Bases and decorators are evaluated in Outer's body: `_Outer__...`.
    @__deco
    class Inner(__Base):
        __tag = "inner tag"

        def tags(self, d=__tag):  # default evaluated in Inner's body
            return d, self.__tag

        def lam(self):
            return (lambda: self.__tag)()

        def comp(self):
            return [self.__tag for _ in range(1)]

        def gen(self):
            return list(x.__tag for x in [self])

        def nested(self):
            def inner():
                def innermost():
                    return self.__tag
                return innermost()
            return inner()

        class Deeper:
            __tag = "deeper tag"

            def tag(self):
                return self.__tag

    def outer_tag(self):
        return self.__tag, self.Inner().tags()


o = Outer()
print(o.outer_tag())
i = Outer.Inner()
print(i.lam(), i.comp(), i.gen(), i.nested(), Outer.Inner.Deeper().tag())
print([c.__name__ for c in Outer.Inner.__mro__])
print(sorted(k for k in Outer.__dict__ if not k.startswith("__")))
print(sorted(k for k in Outer.Inner.__dict__ if "tag" in k))


# Functions defined in a class body but called later still mangle.
class Holder:
    def make(self):
        def f(obj):
            return obj.__hidden
        return f


class Target:
    _Holder__hidden = "found by Holder"
    __hidden = "Target's own"


print(Holder().make()(Target()), Target._Target__hidden)


# exec and eval inside a method compile their text outside any class.
class Ex:
    __v = "class v"

    def run(self):
        ns = {"self": self}
        exec("r = getattr(self, '_Ex__v')\ntry:\n    self.__v\nexcept AttributeError as e:\n    err = str(e)", ns)
        try:
            eval("self.__v", {"self": self})
        except AttributeError as e:
            ev = str(e)
        return ns["r"], ns["err"], ev

    def compiled(self):
        code = compile("__n = 1", "<s>", "exec")
        return code.co_names


print(Ex().run(), Ex().compiled())


# super() with a private first parameter, properties, class methods.
class P:
    def __init__(__self, v):
        __self.__v = v

    @property
    def __prop(self):
        return "prop " + str(self.__v)

    def show(self):
        return self.__prop

    @classmethod
    def __build(cls, v):
        return cls(v)

    @classmethod
    def build(cls, v):
        return cls.__build(v)

    @staticmethod
    def __helper():
        return "helper"

    def help(self):
        return self.__helper(), P.__helper()


class Q(P):
    def __init__(__me, v):
        super().__init__(v * 10)


print(P(1).show(), P.build(2).show(), P(0).help(), Q(3).show())
print(sorted(k for k in P.__dict__ if k.startswith("_P")))


# A class-body name is not visible in a method, under either spelling.
class Scope:
    __cv = 1

    def get(self):
        try:
            return __cv
        except NameError as e:
            return type(e).__name__ + ": " + str(e)


print(Scope().get())


# Names declared global or nonlocal in a class body.
_Decl__g = "module g"


try:
    exec(
        "def outer():\n"
        "    __x = 1\n"
        "    class Decl:\n"
        "        nonlocal __x\n"
    )
except SyntaxError as e:
    print(type(e).__name__, e)

for src in (
    "class C:\n    def f(__a):\n        global __a\n",
    "class C:\n    def f():\n        __a = 1\n        global __a\n",
    "class C:\n    def f():\n        print(__a)\n        nonlocal __a\n",
    "class C:\n    def f():\n        nonlocal __a\n",
    "class C:\n    def f():\n        global __a\n        nonlocal __a\n",
    "class C:\n    def f(__a, __a): pass\n",
    "class C:\n    def f(__a, _C__a): pass\n",
):
    try:
        compile(src, "<src>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e)


def outer2():
    _Decl__x = "outer2's _Decl__x"

    class Decl:
        nonlocal __x
        __x = "changed by Decl"

    return _Decl__x


print(outer2())


def outer3():
    class Decl:
        global __g
        __g = "set by Decl"

    return Decl


outer3()
print(_Decl__g)
