# email: quoted-printable and base64 helpers, Charset, Header, MIME classes,
# policies and the generator.
import email
from email import quoprimime, base64mime, encoders, errors
from email.charset import Charset, add_charset, QP
from email.header import Header, decode_header, make_header
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.application import MIMEApplication
from email.mime.nonmultipart import MIMENonMultipart
from email.message import Message, EmailMessage
import email.policy
from email.generator import Generator, BytesGenerator
from io import StringIO, BytesIO

print(quoprimime.body_encode('x' * 100 + '\n'))
print(repr(quoprimime.body_encode('abcd \n1234', maxlinelen=6)))
print(repr(quoprimime.body_encode('hello   \n', eol='\r\n')))
print(repr(quoprimime.decode('soft line=\r\nbreak=3D=41 end  \r\n')))
print(quoprimime.header_encode(b'hello w\xf6rld', 'iso-8859-1'), quoprimime.header_decode('a_b=3Dc'))
print(quoprimime.header_length(b'h@llo '), quoprimime.body_length(b'a=\xff'))
try:
    quoprimime.body_encode('x', maxlinelen=3)
except ValueError as e:
    print(type(e).__name__, e)
print(repr(base64mime.body_encode(b'x' * 80, maxlinelen=40)), base64mime.header_encode('h\xe9', 'utf-8'))
print(base64mime.decode('aGVsbG8='), base64mime.header_length(b'abcd'))

for name in ('us-ascii', 'utf-8', 'iso-8859-1', 'latin_2', 'euc-jp', 'koi8-r', 'X-Unknown'):
    c = Charset(name)
    print(repr(c), c.input_charset, c.output_charset, c.header_encoding, c.body_encoding,
          c.get_body_encoding() if isinstance(c.get_body_encoding(), str) else 'fn')
print(Charset('utf-8').header_encode('caf\xe9'), Charset('iso-8859-1').body_encode('caf\xe9\n'))
print(Charset('utf-8') == 'UTF-8', Charset('us-ascii').header_encode('plain'))

print(decode_header('=?utf-8?q?caf=C3=A9?= and =?iso-8859-1?b?Y2Fm6Q==?= x'))
print(decode_header('plain text'), str(make_header(decode_header('=?utf-8?q?a?= =?utf-8?q?b?= c'))))
h = Header('hello', 'us-ascii')
h.append(' w\xf6rld', 'iso-8859-1')
print(str(h), h.encode())

msg = MIMEText('hello \xf8 world', _charset='iso-8859-1')
print(msg.as_string())
msg = MIMEText('plain text\n')
print(msg.get_charset(), msg['content-type'], msg['content-transfer-encoding'])
print(MIMEText('\u043a\u0438', _charset='utf-8').as_string())
app = MIMEApplication(b'\x00\x01\xfe\xff' * 10)
print(app.as_string())
app = MIMEApplication(b'abc', _encoder=encoders.encode_7or8bit)
print(app['content-transfer-encoding'], app.get_payload())
try:
    MIMENonMultipart('text', 'plain').attach(Message())
except errors.MultipartConversionError as e:
    print(type(e).__name__, e)

outer = MIMEMultipart(boundary='BOUNDARY')
outer['Subject'] = 'Two parts'
outer.preamble = 'preamble'
outer.attach(MIMEText('one'))
outer.attach(MIMEText('two', 'html'))
print(outer.as_string())
print(outer.as_string(policy=email.policy.SMTP).count('\r\n'))

m = email.message_from_string('From: a@b\nSubject: hi\n\nFrom the body\nline\n')
s = StringIO()
Generator(s, mangle_from_=True).flatten(m)
print(s.getvalue())
b = BytesIO()
BytesGenerator(b).flatten(m, linesep='\r\n')
print(b.getvalue())

p = email.policy.default
print(repr(p), repr(email.policy.SMTP), repr(email.policy.HTTP), repr(email.policy.compat32))
print(p.max_line_length, p.linesep == '\n', p.utf8, p.refold_source, p.mangle_from_, p.raise_on_defect)
p2 = p.clone(max_line_length=100)
print(p2.max_line_length, (p2 + email.policy.strict).raise_on_defect)
for bad in (lambda: setattr(p, 'linesep', 'x'), lambda: setattr(p, 'foo', 1),
            lambda: p.clone(bogus=1), lambda: email.policy.Policy()):
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
h = p.header_factory('Subject', 'hello')
print(type(h).__name__, h.name, h, h.defects, p.header_max_count('subject'))
em = EmailMessage()
em['Subject'] = 'test'
try:
    em['Subject'] = 'again'
except ValueError as e:
    print(type(e).__name__, e)
class Obj:
    defects = []
try:
    email.policy.strict.handle_defect(Obj(), errors.InvalidHeaderDefect('bad'))
except errors.InvalidHeaderDefect as e:
    print(type(e).__name__, e)
o = Obj()
email.policy.default.handle_defect(o, errors.NonPrintableDefect('\x01'))
print(o.defects[0], [c.__name__ for c in errors.InvalidBase64PaddingDefect.__mro__[:4]])
