# urllib.parse quoting: quote/quote_plus/quote_from_bytes/unquote/
# unquote_plus/unquote_to_bytes with safe/encoding/errors, urlencode.
from urllib.parse import (quote, quote_plus, quote_from_bytes, unquote, unquote_plus,
                          unquote_to_bytes, urlencode)

def show(f, *args, **kw):
    shown = {k: getattr(v, '__name__', v) for k, v in kw.items()}
    try:
        print(f.__name__, repr(args), repr(shown), '->', repr(f(*args, **kw)))
    except Exception as e:
        print(f.__name__, repr(args), repr(shown), '!!', type(e).__name__, e)

for s in ['', 'abc', 'a b/c?d=e&f', '~_.-', 'caf\xe9', '\u20ac/\U0001f600', '%', '/\x00\x7f']:
    show(quote, s)
    show(quote, s, safe='')
    show(quote_plus, s)
    show(quote_plus, s, safe='/')
show(quote, 'caf\xe9', encoding='latin-1')
show(quote, '\u20ac', encoding='latin-1')
show(quote, '\u20ac', encoding='latin-1', errors='replace')
show(quote, '\u20ac', encoding='ascii', errors='xmlcharrefreplace')
show(quote, b'a b\xff')
show(quote, b'a b', safe=b' ')
show(quote, b'abc', encoding='utf-8')
show(quote, b'abc', errors='strict')
show(quote, 'a&b', safe='&')
show(quote, 'a&b\xe9', safe='&\xe9')
show(quote, None)
show(quote, 123)
show(quote_plus, b'a b+c')
show(quote_plus, b'a b', safe=b'/')
show(quote_plus, 'a b', safe=b'/')
show(quote_from_bytes, b'')
show(quote_from_bytes, b'abc def')
show(quote_from_bytes, bytearray(b'/x y'))
show(quote_from_bytes, b'/x y', safe='')
show(quote_from_bytes, b'/x y', safe=b' \xff')
show(quote_from_bytes, 'abc')

for s in ['', 'abc', '%41%42%43', '%e2%82%ac', '%E2%82%AC', '%zz%4', '%', '%4',
          'a+b%20c', '%ff%fe', 'caf\xe9%20x', '%C3%A9\u20ac%C3', b'%41b%ff']:
    show(unquote, s)
    show(unquote_plus, s) if not isinstance(s, bytes) else None
    show(unquote_to_bytes, s)
show(unquote, '%e9', encoding='latin-1')
show(unquote, '%ff', errors='strict')
show(unquote, '%ff', errors='ignore')
show(unquote, '%ff', encoding=None, errors=None)
show(unquote_plus, 'a+%2B', encoding='ascii')
show(unquote, None)
show(unquote_to_bytes, None)
show(unquote_to_bytes, bytearray(b'%41'))

show(urlencode, {'a': 1, 'b': 'x y', 'c': b'\xff&', 'd': None})
show(urlencode, [('a', 1), ('a', 2), (b'k', b'v')])
show(urlencode, [])
show(urlencode, {'a': [1, 2], 'b': ('x', 'y z')})
show(urlencode, {'a': [1, 2], 'b': ('x', 'y z'), 'c': 'str', 'd': b'by', 'e': 5}, doseq=True)
show(urlencode, {'a': [b'\xff', 'x/y']}, True)
show(urlencode, {'a': 'x/y z'}, safe='/')
show(urlencode, {'a': 'x/y z'}, quote_via=quote)
show(urlencode, {'a': 'x/y z'}, safe='/', quote_via=quote)
show(urlencode, {'\xe9': '\xe9'}, encoding='latin-1')
show(urlencode, {'\u20ac': 1}, encoding='ascii', errors='replace')
show(urlencode, 'abc')
show(urlencode, ['ab'])
show(urlencode, 5)
show(urlencode, [('a', 'b', 'c')])
