# string: constants, capwords, Template (subclass overrides, errors), Formatter
import string, keyword
for n in ['ascii_letters','ascii_lowercase','ascii_uppercase','digits','hexdigits','octdigits','punctuation','whitespace','printable']:
    print(n, repr(getattr(string, n)))
print(string.capwords(' hello   world  foo-bar '), string.capwords('a-b-c', '-'), repr(string.capwords('')), string.capwords('aBC dEF'))
T = string.Template
t = T('$who likes ${what} $$ and $$who')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'a', 'what': 'b'}, who='kw'))
print(t.safe_substitute(who='x'), t.get_identifiers(), t.is_valid())
for s in ['$', 'abc $', 'x\ny $1', 'line1\nline2 ${', '$who ${bad name}', '${}']:
    try: print(T(s).substitute(who=1))
    except ValueError as e: print('ValueError', e)
    print(repr(T(s).safe_substitute()), T(s).is_valid(), T(s).get_identifiers())
try: T('$missing').substitute()
except KeyError as e: print('KeyError', e)
try: T('$a').substitute({}, {})
except TypeError as e: print('TypeError', e)
class MyT(T):
    delimiter = '#'
    idpattern = '[a-z]+_[a-z]+'
print(MyT('#foo_bar ## #abc').safe_substitute(foo_bar=1), MyT('#foo_bar').pattern.pattern == T.pattern.pattern)
class BT(T):
    braceidpattern = r'[a-z .]+'
print(BT('${a b} $c').substitute({'a b': 1, 'c': 2}))
class PT(T):
    pattern = r'@(?:(?P<escaped>@)|(?P<named>\w+)|\[(?P<braced>\w+)\]|(?P<invalid>))'
print(PT('@x @[y] @@').substitute(x=1, y=2))
class Bad(T):
    pattern = r'@(?P<named>\w+)|(?P<escaped>@@)|(?P<braced>!)|(?P<invalid>\?)|(?P<other>%)'
try: Bad('@x %').substitute(x=1)
except ValueError as e: print('ValueError', e.args[0])
try: Bad('%').get_identifiers()
except ValueError as e: print('ValueError', e.args[0])
print(T('$ab').template, T.delimiter, T.idpattern, T.flags)
f = string.Formatter()
print(f.format('{} {} {x!r:>5} {0.real} {1[0]} {{}}', 3, [4], x='s'))
print(f.format('{0:{1}}|{a[k]:^{w}}|', 'hi', 6, a={'k': 'v'}, w=5))
print(f.vformat('{a}-{0}', (1,), {'a': 2}))
for s in ['a{{b', '}}x', '', 'a{x}b', '{0!r:>3}', '{a.b[c]d}', '{x[}', 'x{', '{!s}', '{:{}}', 'a{b}{c!r}{d:e}f', '{0[1]}']:
    try: print(repr(s), list(f.parse(s)))
    except ValueError as e: print(repr(s), 'ValueError', e)
for s, a in [('{} {0}', (1,)), ('{0} {}', (1,)), ('{', ()), ('}', ()), ('{0!x}', (1,)), ('{0!}', (1,)), ('{0!rr}', (1,)), ('{0.}', (1,)), ('{0[}', (1,)), ('{0[0]x}', ([1],)), ('{:{:{}}}', (1,2,3)), ('{2}', (1,)), ('{a}', ()), ('{0.nope}', (1,))]:
    try: print(repr(s), f.format(s, *a))
    except Exception as e: print(repr(s), type(e).__name__, e)
class F(string.Formatter):
    def get_value(self, key, args, kwargs):
        return kwargs.get(key, '<%s>' % (key,)) if isinstance(key, str) else args[key]
    def check_unused_args(self, used, args, kwargs):
        print('used', sorted(map(str, used)))
    def format_field(self, v, spec):
        return '[' + super().format_field(v, spec) + ']'
    def convert_field(self, v, c):
        return super().convert_field(v, c)
print(F().format('{a} {b} {0:>3}', 7, a=1, c=3))
print(f.get_field('0.real', (5,), {}), f.get_field('x[1]', (), {'x': 'ab'}), f.get_value(0, (9,), {}))
print(f.convert_field('x', 'r'), f.convert_field('é', 'a'), f.format_field(3.14159, '.2f'))
try: f.convert_field(1, 'z')
except ValueError as e: print(e)
