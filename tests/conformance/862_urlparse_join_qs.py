# urllib.parse: urljoin (RFC 3986 dot segments, schemes), parse_qs/parse_qsl
# options, and the deprecated split* helpers with their warnings.
import warnings
import urllib.parse as up
from urllib.parse import urljoin, parse_qs, parse_qsl

base = 'http://a/b/c/d;p?q'
for rel in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x',
            'g;x', 'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../',
            '../../g', '../../../g', '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..',
            '..g', './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y',
            'g?y/./x', 'g?y/../x', 'g#s/./x', 'g#s/../x', 'http:g', 'http:', 'https:g',
            'a//b/../c', 'foo//bar', '//h2/p/../q']:
    print(repr(rel), urljoin(base, rel))
for b, r in [('http://a/b', ''), ('', 'x'), ('mailto:a@b', 'c'), ('svn+ssh://h/a/b', 'c'),
             ('git://h/a/b', '../c'), ('ftp://h/a/', 'b'), ('http://a/b/', '../../..'),
             ('http://a', 'b'), ('http://a/b/c', '#f'), ('http://a/b?q', '?'),
             ('https://x/a/b', 'http://y/'), ('tel:+1', 'x'), ('http://a/b', 'ws://c')]:
    print(repr(b), repr(r), repr(urljoin(b, r)))
print(urljoin(b'http://a/b/c', b'../d'), urljoin(b'http://a/b', b''))
print(urljoin('http://a/b/c', 'd', allow_fragments=False), urljoin('http://a/b#x', '#y', False))
try:
    urljoin('http://a/b', b'c')
except TypeError as e:
    print('TypeError', e)

for qs in ['', '&', 'a', 'a=', '=', '=a', 'a=1&a=2&b=3', 'a=a+b&b=b%20c', ';a=b',
           'a=1;b=2', 'k=%E2%82%AC', 'x=%ff', '&&a=1&&', b'a=1&b=', b'k=%41+b']:
    print(repr(qs), parse_qsl(qs), parse_qsl(qs, keep_blank_values=True), parse_qs(qs, True))
print(parse_qsl('a=1;b=2', separator=';'))
print(parse_qsl(b'a=1;b=2', separator=b';'))
print(parse_qs('a=1;a=2&b', separator=';'))
print(parse_qsl('k=%e9', encoding='latin-1'), parse_qsl('k=%ff', errors='ignore'))
print(parse_qsl('a=1&b=2', max_num_fields=2))
for args, kw in [(('a=1&b=2',), {'max_num_fields': 1}), (('a=1&&b',), {'strict_parsing': True}),
                 (('a=1&b',), {'strict_parsing': True}), (('a',), {'separator': None}),
                 (('a',), {'separator': ''}), (('a=1',), {'separator': 5}),
                 (('a=1&&',), {'strict_parsing': True, 'keep_blank_values': True})]:
    try:
        print(args, kw, parse_qsl(*args, **kw))
    except Exception as e:
        print(args, kw, type(e).__name__, e)
try:
    parse_qs('a=1&b=2&c', max_num_fields=2)
except ValueError as e:
    print('ValueError', e)

warnings.simplefilter('always')
calls = [('splittype', ('http://x/y',)), ('splittype', ('/path',)), ('splittype', ('HTTP:x',)),
         ('splithost', ('//h:80/p',)), ('splithost', ('//h?q',)), ('splithost', ('/p',)),
         ('splituser', ('u:p@h',)), ('splituser', ('h',)), ('splitpasswd', ('u:p',)),
         ('splitpasswd', ('u',)), ('splitport', ('h:80',)), ('splitport', ('h:',)),
         ('splitport', ('h:x',)), ('splitport', ('[::1]:8',)), ('splitnport', ('h:80',)),
         ('splitnport', ('h',)), ('splitnport', ('h:', 7)), ('splitnport', ('h:x',)),
         ('splitquery', ('/p?a?b',)), ('splitquery', ('/p',)), ('splittag', ('/p#a#b',)),
         ('splittag', ('/p',)), ('splitattr', ('/p;a=1;b',)), ('splitvalue', ('a=1=2',)),
         ('splitvalue', ('a',)), ('to_bytes', ('abc',)), ('to_bytes', ('\xe9',))]
for name, args in calls:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            r = getattr(up, name)(*args)
        except Exception as e:
            r = (type(e).__name__, str(e))
    print(name, args, repr(r), [(x.category.__name__, str(x.message)) for x in w])
print(up.unwrap('<URL:http://x/>'), up.unwrap(' <x> '), up.unwrap('URL:y'))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    q = up.Quoter
print(q is up._Quoter, w[0].category.__name__, str(w[0].message))
try:
    up.no_such_name
except AttributeError as e:
    print('AttributeError', e)
print(sorted(up.__all__))
print('ftp' in up.uses_netloc, 'mailto' in up.uses_relative, 'tel' in up.uses_params)
up.clear_cache()
