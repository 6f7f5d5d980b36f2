# `with` / `async with` look up __enter__ then __exit__ (__aenter__ then
# __aexit__) on the type only, bind them, then call; CPython 3.11's errors.
import asyncio


def attempt(label, make):
    try:
        with make() as x:
            print(label, "body", x)
    except Exception as e:
        print(label, type(e).__name__, e)


class Nothing:
    pass


class OnlyEnter:
    def __enter__(self):
        print("  enter ran")
        return 1


class OnlyExit:
    def __exit__(self, *a):
        pass


class EnterNone:
    __enter__ = None

    def __exit__(self, *a):
        pass


class ExitNone:
    def __enter__(self):
        return 1

    __exit__ = None


class Hooked:
    def __getattr__(self, name):
        print("  __getattr__", name)
        raise AttributeError(name)


class HookedOk:
    def __getattr__(self, name):
        print("  __getattr__", name)
        return lambda *a: "from getattr"


attempt("Nothing", Nothing)
attempt("OnlyEnter", OnlyEnter)
attempt("OnlyExit", OnlyExit)
attempt("EnterNone", EnterNone)
attempt("ExitNone", ExitNone)
attempt("int", lambda: 3)
attempt("str", lambda: "s")
attempt("Hooked", Hooked)
attempt("HookedOk", HookedOk)


# Instance attributes are not looked at.
def instance_attrs():
    o = OnlyEnter()
    o.__exit__ = lambda *a: None
    return o


attempt("instance __exit__", instance_attrs)


def both_on_instance():
    o = Nothing()
    o.__enter__ = lambda: 1
    o.__exit__ = lambda *a: None
    return o


attempt("both on instance", both_on_instance)


class Desc:
    def __init__(self, name):
        self.name = name

    def __get__(self, obj, typ):
        print("  get", self.name, type(obj).__name__, typ.__name__)

        def f(*a):
            print("  call", self.name, len(a))
            return "value of " + self.name

        return f


class Ordered:
    __enter__ = Desc("__enter__")
    __exit__ = Desc("__exit__")


attempt("Ordered", Ordered)


class HalfDesc:
    __enter__ = Desc("__enter__")


attempt("HalfDesc", HalfDesc)


class RaisingGet:
    def __init__(self, exc):
        self.exc = exc

    def __get__(self, obj, typ):
        raise self.exc


class EnterGetRaises:
    __enter__ = RaisingGet(AttributeError("from __get__ of __enter__"))

    def __exit__(self, *a):
        pass


class ExitGetRaises:
    def __enter__(self):
        print("  enter must not run")

    __exit__ = RaisingGet(ValueError("from __get__ of __exit__"))


class ExitGetAttrError:
    def __enter__(self):
        print("  enter must not run")

    __exit__ = RaisingGet(AttributeError("attr from __exit__ get"))


attempt("EnterGetRaises", EnterGetRaises)
attempt("ExitGetRaises", ExitGetRaises)
attempt("ExitGetAttrError", ExitGetAttrError)


class Props:
    @property
    def __enter__(self):
        print("  property __enter__")
        return lambda: "prop"

    @property
    def __exit__(self):
        print("  property __exit__")
        return lambda *a: True


attempt("Props", Props)


class Static:
    @staticmethod
    def __enter__():
        return "static enter"

    @classmethod
    def __exit__(cls, *a):
        print("  classmethod exit", cls.__name__, a[0])
        return False


attempt("Static", Static)


class Suppress:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("  exit saw", t.__name__ if t else None, v)
        return True


with Suppress():
    raise KeyError("swallowed")
print("after suppress")


class Meta(type):
    def __enter__(cls):
        return "meta enter " + cls.__name__

    def __exit__(cls, *a):
        print("  meta exit")


class WithMeta(metaclass=Meta):
    pass


with WithMeta as w:
    print("class as manager:", w)

try:
    with Nothing:
        pass
except TypeError as e:
    print("class without:", e)


# async with
class ANothing:
    pass


class AOnlyEnter:
    async def __aenter__(self):
        return 1


class AOnlyExit:
    async def __aexit__(self, *a):
        pass


class ASync:
    def __enter__(self):
        return 1

    def __exit__(self, *a):
        pass


class AHooked:
    def __getattr__(self, name):
        print("  __getattr__", name)
        raise AttributeError(name)


class AOrdered:
    __aenter__ = Desc("__aenter__")
    __aexit__ = Desc("__aexit__")


class AGood:
    async def __aenter__(self):
        print("  aenter")
        return "A"

    async def __aexit__(self, t, v, tb):
        print("  aexit", t.__name__ if t else None)
        return True


class ANotAwaitable:
    def __aenter__(self):
        return 5

    async def __aexit__(self, *a):
        pass


async def main():
    for cls in (ANothing, AOnlyEnter, AOnlyExit, ASync, AHooked, AOrdered, AGood, ANotAwaitable):
        try:
            async with cls() as x:
                print(cls.__name__, "body", x)
                raise RuntimeError("inside")
        except Exception as e:
            print(cls.__name__, type(e).__name__, e)


asyncio.run(main())
