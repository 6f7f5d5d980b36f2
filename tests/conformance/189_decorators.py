import functools


def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        parts = [repr(a) for a in args] + ["%s=%r" % kv for kv in sorted(kwargs.items())]
        result = fn(*args, **kwargs)
        print("%s(%s) -> %r" % (fn.__name__, ", ".join(parts), result))
        return result
    return wrapper


def repeat(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        return wrapper
    return deco


def validate(**types):
    def deco(fn):
        def wrapper(**kwargs):
            for name, t in types.items():
                if not isinstance(kwargs.get(name), t):
                    raise TypeError("%s must be %s" % (name, t.__name__))
            return fn(**kwargs)
        return wrapper
    return deco


@trace
def add(a, b=0):
    """Add two numbers."""
    return a + b


@repeat(3)
def greet(name):
    return "hi " + name


@validate(name=str, age=int)
def person(name, age):
    return "%s is %d" % (name, age)


add(1, 2)
add(5, b=7)
print(add.__name__, add.__doc__, add.__wrapped__(1, 1))
print(greet("bo"), greet.__name__)
print(person(name="al", age=3))
try:
    person(name="al", age="3")
except TypeError as e:
    print("TypeError:", e)

registry = {}


def register(name):
    def deco(cls):
        registry[name] = cls
        return cls
    return deco


@register("circle")
class Circle:
    pass


@register("square")
class Square:
    pass


print(sorted(registry), registry["circle"].__name__)


class cached:
    pass


def count_calls(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper


@count_calls
def noop(*a):
    return len(a)


for i in range(4):
    noop(*range(i))
print(noop.calls, noop(1, 2))


class Service:
    @staticmethod
    @trace
    def ping(x):
        return x * 2

    @functools.lru_cache(maxsize=None) if False else trace
    def call(self, y):
        return y + 1

    def __repr__(self):
        return "Service()"


Service.ping(4)
Service().call(5)
print(Service().call.__name__)
