# Long Subject lines (unstructured headers) folded under policy.default
# (token tree, encoded words) and compat32 (email.header.Header.encode with
# its split characters, charsets and continuation whitespace).
import email
from email import policy
from email.header import Header
from email.charset import Charset
from email.message import Message

h = policy.default.header_factory
subjects = [
    'Short',
    'This is a long subject line that will need to be folded because it '
    'is far too long to fit on one line of the default length',
    'Averyveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryvery'
    'longwordwithoutanyspaceatall and then more',
    'Non-ASCII ünïcödé in a subject that is rather long to force the folder'
    ' into encoded words across several lines',
    'Mixed: plain words then 日本語のテキスト and plain words again at end',
    '=?utf-8?q?already_encoded_=C3=A9?= and =?iso-8859-1?q?more_=E9?= text',
    '=?utf-8?q?bad?encoded?= word',
    'tabs\tand  runs   of    spaces     kept',
    'line\nbreak',
    '',
]
pols = [('default', policy.default), ('SMTP', policy.SMTP),
        ('w30', policy.default.clone(max_line_length=30)),
        ('utf8', policy.default.clone(utf8=True))]
for s in subjects:
    t = h('Subject', s)
    print(repr(s), repr(str(t)), t.defects)
    for name, pol in pols:
        print('  %-7s' % name, repr(t.fold(policy=pol)))

# compat32: Header.encode.
long = ('wasnipoop; giraffes="very-long-necked-animals"; spooge="yummy"; '
        'hippos="gargantuan"; marshmallows="gooey"')
hd = Header(long, header_name='X-Foobar-Spoink-Defrobnit')
print(hd.encode())
print(hd.encode(splitchars=' '))
print(hd.encode(maxlinelen=40))
print(hd.encode(maxlinelen=0))
print(Header(long, header_name='X-Foobar', continuation_ws='\t').encode())
print(Header('x' * 100, header_name='Subject').encode())
print(Header('short words ' + 'y' * 90 + ' end', header_name='Subject')
      .encode())
print(Header('a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u,'
             ' v, w, x, y, z, aa, bb, cc, dd', header_name='To').encode())
g = Header('Die Mieter treten hier ein werden mit einem Foerderband '
           'komfortabel den Korridor entlang, an südlündischen Wandgemälden '
           'vorbei', Charset('iso-8859-1'), header_name='Subject')
print(g.encode())
g.append(' plain ascii tail that is fairly long as well', 'us-ascii')
g.append('ütf-8 text', 'utf-8')
print(g.encode())
print(g.encode(maxlinelen=50, linesep='\r\n').replace('\r\n', '|'))
print(str(g))
print(Header('multi\nline\n  value here', header_name='X').encode())
try:
    Header('bad\nX-Injected: yes').encode()
except Exception as e:
    print(type(e).__name__, e)

m = Message()
m['Subject'] = ('This is a long subject line that will need to be folded '
                'because it is far too long to fit on one line')
m['X-List'] = 'one;two;three;four;five;six;seven;eight;nine;ten;eleven;twelve;'
m['X-8bit'] = Header('Ünïcödé ' * 12, 'utf-8')
print(m.as_string())
src = ('Subject: ' + 'word ' * 30 + '\n\nbody\n')
print(email.message_from_string(src).as_string())
print(email.message_from_string(src, policy=policy.default).as_string())

# compat32 header parameters (Message.get_params/get_param/set_param): the
# first part may be a name=value too; bare names keep their case.
for v in ['Text/Plain', 'text/plain;', 'a;;b=1', 'foo=one; BAR=two; Baz',
          ' x ; y = "a;b" ; z="q\\"; r"; w=1', 'a; b*0=x; b*1=y',
          "a; t*=utf-8''%C3%A9", ';', 'a; =v; b']:
    m = email.message_from_string('X-H: %s\nContent-Type: %s\n\n' % (v, v))
    print(repr(v), m.get_params(header='x-h'),
          m.get_params(header='x-h', unquote=False))
    print('  ', m.get_param('b', header='x-h'), m.get_param('BAR', header='x-h'),
          m.get_content_type())
m = Message()
m.set_param('charset', 'iso-9999-xx', header='X-Jimmy')
print(m.items(), m.get_param('charset', header='X-Jimmy'))
m.set_param('x', 'y', header='X-Jimmy')
print(m.items())

# compat32 generator with undecodable (8-bit) bodies: a text Generator
# re-encodes them for their charset without changing the message.
from io import StringIO, BytesIO
from email.generator import Generator, BytesGenerator
raw = ('From: foo@bar.com\nTo: baz\nMime-Version: 1.0\n'
       'Content-Type: text/plain; charset="utf-8"\n'
       'Content-Transfer-Encoding: 8bit\n\nДа, они летят.\n').encode('utf-8')
m = email.message_from_bytes(raw)
print(repr(m.get_payload()))
out = StringIO()
Generator(out).flatten(m)
print(repr(out.getvalue()))
b = BytesIO()
BytesGenerator(b).flatten(m)
print(b.getvalue() == raw, repr(m['content-transfer-encoding']))

# Feeding a message in pieces; BufferedSubFile hands out whole lines.
import email.feedparser as fp
p = fp.BytesFeedParser()
for i in range(0, len(raw), 7):
    p.feed(raw[i:i + 7])
print(repr(str(p.close())))
bsf = fp.BufferedSubFile()
for piece in ['a\r \n', 'b', 'c\n', '', 'd\r\n', 'e\r', '\nf', '\r\n', 'g\rh']:
    bsf.push(piece)
    print(repr(piece), [l for l in iter(bsf.readline, fp.NeedMoreData)])
bsf.close()
print(list(bsf), repr(bsf.readline()))
