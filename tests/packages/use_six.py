import six
print(six.PY3, six.string_types, six.integer_types, six.text_type.__name__)
print(six.b("abc"), six.u("x"), list(six.iteritems({"a": 1})), six.next(iter([5])))
class Meta(type):
    pass
@six.add_metaclass(Meta)
class C(object):
    pass
print(type(C).__name__, six.moves.range(3), six.ensure_str(b"hi"), six.ensure_binary("hi"))
