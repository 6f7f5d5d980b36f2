# email._encoded_words: RFC 2047 encoded words decoded (with defects) and
# encoded (q or b, chosen by length).
from email import _encoded_words as ew


def names(defects):
    return [type(d).__name__ for d in defects]


for src in (b'foobar', b'foo=20bar=20', b'foo_bar_', b'foo=20=20=21=2Cbar', b'a=4', b'=3d=3D'):
    r, d = ew.decode_q(src)
    print('q', src, r, names(d))
for src in (b'Zm9v', b'dmk', b'dg', b'dm\x01k===', b'dm\x01k', b'abcde', b'', b'Zm9vYg==', b'Zm9vYg=', b'Zm9vYg'):
    r, d = ew.decode_b(src)
    print('b', src, r, names(d))
for word in ('=?us-ascii?q?foo?=', '=?us-ascii?b?dmk=?=', '=?us-ascii?Q?foo?=',
             '=?latin-1?q?=20F=fcr=20Elise=20?=', '=?us-ascii*jive?q?test?=',
             '=?unknown-8bit?q?foo=ACbar?=', '=?foobar?q?foo=ACbar?=',
             '=?utf-8?q?=C3=89ric?=', '=?utf-8?b?w4lyaWM=?=', '=?us-ascii?b?dmk?=',
             '=?utf-8?q?=FF?=', '=?badone?=', '=?', '', '=?utf-8?X?v?='):
    try:
        text, charset, lang, d = ew.decode(word)
        print(repr(word), repr(text), charset, repr(lang), names(d), [str(x) for x in d])
    except (ValueError, KeyError) as e:
        print(repr(word), type(e).__name__)
for b in (b'foobar', b'foo bar ', b'foo  ,,bar', b'\xff\x00='):
    print(ew.encode_q(b), ew.len_q(b), ew.encode_b(b), ew.len_b(b))
for args, kw in ((('foo', 'utf-8', 'q'), {}), (('foo', 'utf-8', 'b'), {}),
                 (('foo', 'utf-8'), {}), (('vi.', 'utf-8'), {}),
                 (('.....', 'utf-8'), {}), (('vi.vi.vi.vi.vi.', 'utf-8'), {}),
                 (('vi vi vi.vi ', 'utf-8'), {}), (('foo',), {}),
                 (('foo',), {'lang': 'jive'}), (('foo\udcacbar',), {'charset': 'unknown-8bit'}),
                 (('Éric Über',), {}), (('Für',), {'charset': 'latin-1'})):
    print(ew.encode(*args, **kw))
try:
    ew.encode('x', 'utf-8', 'z')
except KeyError as e:
    print('KeyError', e)
