"""Operators as functions, whirl's own.

Each function does what its operator does (`add(a, b)` is `a + b`), so the
errors are the operators' own.
"""

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains',
           'countOf', 'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt',
           'iadd', 'iand', 'iconcat', 'ifloordiv', 'ilshift', 'imatmul',
           'imod', 'imul', 'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow',
           'irshift', 'is_', 'is_not', 'isub', 'itemgetter', 'itruediv',
           'ixor', 'le', 'length_hint', 'lshift', 'lt', 'matmul',
           'methodcaller', 'mod', 'mul', 'ne', 'neg', 'not_', 'or_', 'pos',
           'pow', 'rshift', 'setitem', 'sub', 'truediv', 'truth', 'xor']

_builtin_abs = abs


def lt(a, b, /): return a < b
def le(a, b, /): return a <= b
def eq(a, b, /): return a == b
def ne(a, b, /): return a != b
def ge(a, b, /): return a >= b
def gt(a, b, /): return a > b


def not_(a, /): return not a
def truth(a, /): return True if a else False
def is_(a, b, /): return a is b
def is_not(a, b, /): return a is not b


def abs(a, /): return _builtin_abs(a)
def add(a, b, /): return a + b
def and_(a, b, /): return a & b
def floordiv(a, b, /): return a // b


def _type_name(a):
    return type(a).__name__


def index(a, /):
    if type(a) is int:
        return a
    method = getattr(type(a), '__index__', None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % _type_name(a))
    result = method(a)
    if type(result) is not int:
        if not isinstance(result, int):
            raise TypeError("__index__ returned non-int (type %s)"
                            % _type_name(result))
        result = int(result)
    return result


def inv(a, /): return ~a
invert = inv
def lshift(a, b, /): return a << b
def mod(a, b, /): return a % b
def mul(a, b, /): return a * b
def matmul(a, b, /): return a @ b
def neg(a, /): return -a
def or_(a, b, /): return a | b
def pos(a, /): return +a
def pow(a, b, /): return a ** b
def rshift(a, b, /): return a >> b
def sub(a, b, /): return a - b
def truediv(a, b, /): return a / b
def xor(a, b, /): return a ^ b


def _need_sequence(a):
    if not hasattr(type(a), '__getitem__') or isinstance(a, dict):
        raise TypeError("'%s' object can't be concatenated" % _type_name(a))


def concat(a, b, /):
    _need_sequence(a)
    return a + b


def contains(a, b, /): return b in a


def _iterate(a):
    try:
        return iter(a)
    except TypeError:
        raise TypeError("argument of type '%s' is not iterable"
                        % _type_name(a)) from None


def countOf(a, b, /):
    count = 0
    for item in _iterate(a):
        if item is b or item == b:
            count += 1
    return count


def delitem(a, b, /): del a[b]
def getitem(a, b, /): return a[b]


def indexOf(a, b, /):
    for at, item in enumerate(_iterate(a)):
        if item is b or item == b:
            return at
    raise ValueError('sequence.index(x): x not in sequence')


def setitem(a, b, c, /): a[b] = c


def length_hint(obj, default=0, /):
    """Return an estimate of the number of items in obj."""
    if not isinstance(default, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % _type_name(default))
    if hasattr(type(obj), '__len__'):
        return len(obj)
    method = getattr(type(obj), '__length_hint__', None)
    if method is None:
        return default
    hint = method(obj)
    if hint is NotImplemented:
        return default
    if not isinstance(hint, int):
        raise TypeError('__length_hint__ must be an integer, not %s'
                        % _type_name(hint))
    if hint < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return hint


def call(obj, /, *args, **kwargs):
    return obj(*args, **kwargs)


def _get_dotted(obj, names):
    for name in names:
        obj = getattr(obj, name)
    return obj


class attrgetter:
    """Return a callable object that fetches the given attribute(s) from its
    operand. Dotted names fetch nested attributes."""

    __slots__ = ('_attrs', '_paths')

    def __init__(self, attr=None, /, *attrs):
        if attr is None and not attrs:
            raise TypeError('attrgetter expected 1 argument, got 0')
        attrs = (attr,) + attrs
        for name in attrs:
            if not isinstance(name, str):
                raise TypeError('attribute name must be a string')
        self._attrs = attrs
        self._paths = tuple(tuple(name.split('.')) for name in attrs)

    def __call__(self, obj, /):
        if len(self._paths) == 1:
            return _get_dotted(obj, self._paths[0])
        return tuple(_get_dotted(obj, path) for path in self._paths)

    def __repr__(self):
        return 'operator.attrgetter(%s)' % ', '.join(map(repr, self._attrs))

    def __reduce__(self):
        return attrgetter, self._attrs


class itemgetter:
    """Return a callable object that fetches the given item(s) from its
    operand."""

    __slots__ = ('_items',)

    def __init__(self, *items):
        if not items:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._items = items

    def __call__(self, obj, /):
        if len(self._items) == 1:
            return obj[self._items[0]]
        return tuple(obj[item] for item in self._items)

    def __repr__(self):
        return 'operator.itemgetter(%s)' % ', '.join(map(repr, self._items))

    def __reduce__(self):
        return itemgetter, self._items


class methodcaller:
    """Return a callable object that calls the given method on its operand."""

    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(*args, **kwargs):
        if len(args) < 2:
            raise TypeError('methodcaller needs at least one argument, '
                            'the method name')
        self = args[0]
        name = args[1]
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args[2:]
        self._kwargs = kwargs

    def __call__(self, obj, /):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        parts = [repr(self._name)]
        parts.extend(map(repr, self._args))
        parts.extend('%s=%r' % item for item in self._kwargs.items())
        return 'operator.methodcaller(%s)' % ', '.join(parts)

    def __reduce__(self):
        if not self._kwargs:
            return methodcaller, (self._name,) + self._args
        from functools import partial
        return partial(methodcaller, self._name, **self._kwargs), self._args


def iadd(a, b, /):
    a += b
    return a


def iand(a, b, /):
    a &= b
    return a


def iconcat(a, b, /):
    _need_sequence(a)
    a += b
    return a


def ifloordiv(a, b, /):
    a //= b
    return a


def ilshift(a, b, /):
    a <<= b
    return a


def imod(a, b, /):
    a %= b
    return a


def imul(a, b, /):
    a *= b
    return a


def imatmul(a, b, /):
    a @= b
    return a


def ior(a, b, /):
    a |= b
    return a


def ipow(a, b, /):
    a **= b
    return a


def irshift(a, b, /):
    a >>= b
    return a


def isub(a, b, /):
    a -= b
    return a


def itruediv(a, b, /):
    a /= b
    return a


def ixor(a, b, /):
    a ^= b
    return a


# The dunder spellings are the same functions.
__lt__ = lt
__le__ = le
__eq__ = eq
__ne__ = ne
__ge__ = ge
__gt__ = gt
__not__ = not_
__abs__ = abs
__add__ = add
__and__ = and_
__call__ = call
__floordiv__ = floordiv
__index__ = index
__inv__ = inv
__invert__ = invert
__lshift__ = lshift
__mod__ = mod
__mul__ = mul
__matmul__ = matmul
__neg__ = neg
__or__ = or_
__pos__ = pos
__pow__ = pow
__rshift__ = rshift
__sub__ = sub
__truediv__ = truediv
__xor__ = xor
__concat__ = concat
__contains__ = contains
__delitem__ = delitem
__getitem__ = getitem
__setitem__ = setitem
__iadd__ = iadd
__iand__ = iand
__iconcat__ = iconcat
__ifloordiv__ = ifloordiv
__ilshift__ = ilshift
__imod__ = imod
__imul__ = imul
__imatmul__ = imatmul
__ior__ = ior
__ipow__ = ipow
__irshift__ = irshift
__isub__ = isub
__itruediv__ = itruediv
__ixor__ = ixor
