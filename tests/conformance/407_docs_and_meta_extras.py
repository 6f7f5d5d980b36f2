# __doc__ of builtins is a string; more metaclass corners: keywords passed
# through type.__new__ to __init_subclass__, super() in metaclass
# classmethods, metaclass inheritance, class attributes set through a
# metaclass property.

for obj in (len, print, isinstance, int, str, list, dict, object, type,
            property, classmethod, [].append, "".join, {}.get, ValueError):
    d = obj.__doc__
    print(getattr(obj, "__name__", "?"), type(d).__name__, bool(d))


def documented():
    "A docstring."


def undocumented():
    pass


class Documented:
    "Class doc."


class Undocumented:
    pass


print(documented.__doc__, undocumented.__doc__, Documented.__doc__, Undocumented.__doc__)
print(Documented().__doc__)


class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns, **kw)
        cls.created_by = mcs.__name__
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns, **kw)

    @classmethod
    def describe(mcs):
        return "metaclass " + mcs.__name__

    @property
    def label(cls):
        return "<" + cls.__name__ + ">"

    @label.setter
    def label(cls, value):
        print("label set on", cls.__name__, value)


class Base(metaclass=Meta):
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag


class Child(Base, tag="child"):
    pass


class SubMeta(Meta):
    pass


class Grand(Child, metaclass=SubMeta, tag="grand"):
    pass


print(Child.tag, Child.created_by, Grand.tag, Grand.created_by, type(Grand).__name__)
print(Meta.describe(), SubMeta.describe(), Child.label, Grand.label)
Child.label = "x"
print(isinstance(Grand, Meta), issubclass(SubMeta, Meta), type(Meta).__name__)
print(Meta.__mro__ == (Meta, type, object), SubMeta.__bases__)
try:
    Child.describe
    print("describe found via class")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Child().label
except AttributeError as e:
    print(type(e).__name__, e)

for args in [("X",), ("X", ())]:
    try:
        Meta(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    type.__new__(int, "X", (), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type.__new__(5, "X", (), {})
except TypeError as e:
    print(type(e).__name__, e)
