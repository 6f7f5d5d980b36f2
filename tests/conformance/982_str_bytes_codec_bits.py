# str.join with str subclasses, bytes(str, encoding, errors), classes with a
# metaclass defining __new__ still make instances through C.__new__(C).
import abc

class S(str):
    pass

print('-'.join(['a', S('b'), 'c']), ''.join([S('x'), S('y')]))
try:
    '-'.join(['a', 1])
except TypeError as e:
    print(type(e).__name__, e)

print(bytes('\xf6', 'raw-unicode-escape'), bytes('\xf6', encoding='latin-1'))
print(bytes('a\u20acb', 'ascii', 'replace'), bytes('\u20ac', encoding='cp1252'))
print(bytes('x', encoding='utf-16'))
for args, kw in [(('x',), {}), (('x', 'nonesuch'), {}), (('x', 'rot13'), {})]:
    try:
        bytes(*args, **kw)
    except (TypeError, LookupError) as e:
        print(type(e).__name__, e)

class M(type):
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, ns)

class P(metaclass=M):
    pass

class A(metaclass=abc.ABCMeta):
    pass

class I(int, metaclass=abc.ABCMeta):
    pass

print(type(P.__new__(P)).__name__, type(A.__new__(A)).__name__)
print(P.__new__ is object.__new__, I.__new__(I, 7), type(I.__new__(I, 7)).__name__)
print(M.__new__(M, 'Z', (), {}).__name__)
