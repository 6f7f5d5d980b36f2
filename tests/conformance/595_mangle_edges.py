from __future__ import annotations

# More places a private name can appear inside a class: augmented and
# annotated attribute targets, del, f-strings, super(), generators and
# coroutines, metaclass namespaces, unicode class names, string
# annotations (their text is kept as written).
import asyncio


class Record(dict):
    def __setitem__(self, k, v):
        print("  namespace sets", k)
        super().__setitem__(k, v)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Record()

    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))


class M(metaclass=Meta):
    __a = 1
    b = __a + 1

    def __m(self):
        pass


print(sorted(k for k in M.__dict__ if not k.startswith("__")))


class Ops:
    __n: int = 0
    __later: "Ops"

    def __init__(self):
        self.__v = 1
        self.__v += 10
        self.__v *= 2
        self.__w: int = 5
        self.__lst = [1, 2, 3]
        self.__lst[0] += 100
        del self.__lst[1]

    def show(self):
        return f"{self.__v} {self.__w!r} {self.__lst} {self.__v:>4}"

    def remove(self):
        del self.__w
        return sorted(vars(self))

    def gen(self):
        yield self.__v
        yield from [self.__w]

    async def coro(self):
        await asyncio.sleep(0)
        return self.__v

    def ann(self, __p: Ops) -> __Ret:
        pass


o = Ops()
print(o.show(), list(o.gen()), asyncio.run(o.coro()))
print(o.remove())
print(Ops.__annotations__, Ops.ann.__annotations__)


class Base:
    def __hook(self):
        return "Base hook"

    def _Child__hook(self):
        return "Base's _Child__hook"


class Child(Base):
    def __hook(self):
        return "Child hook"

    def call(self):
        return self.__hook(), super().__hook()


print(Child().call())


class Ünïcode:
    def __init__(self):
        self.__x = "ü"


class 名前:
    def __init__(self):
        self.__x = "名"


print(vars(Ünïcode()), vars(名前()))


class Deep:
    class __L1:
        class __L2:
            class __L3:
                __v = "deep"

                def get(self):
                    return self.__v


print(Deep._Deep__L1._L1__L2._L2__L3().get(), Deep._Deep__L1._L1__L2._L2__L3.__qualname__)


class ClassVarUse:
    __k = 3
    # The first iterable is evaluated in the class body; the rest is not.
    pairs = [(i, j) for i in range(__k) for j in range(2)][:3]
    try:
        bad = [(i, j) for i in range(2) for j in range(__k)]
    except NameError as e:
        bad = str(e)


print(ClassVarUse.pairs, ClassVarUse.bad)

# type() with a namespace: only __slots__ entries are mangled.
T = type("T", (), {"__z": 1, "__slots__": ()})
print("__z" in T.__dict__, "_T__z" in T.__dict__)
