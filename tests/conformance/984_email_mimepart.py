# email.message.MIMEPart / EmailMessage: multipart building (make_*,
# add_*), get_body, iter_attachments, iter_parts, clear, clear_content.
from email import policy
from email.message import EmailMessage, MIMEPart, Message
import email


def tree(part, indent=0):
    disp = part.get_content_disposition()
    print(' ' * indent + part.get_content_type(), disp or '',
          part.get_filename() or '', part.is_attachment())
    for sub in part.iter_parts():
        tree(sub, indent + 2)


print(issubclass(EmailMessage, MIMEPart), issubclass(MIMEPart, Message))
m = EmailMessage()
m['Subject'] = 'Hello'
m['To'] = 'a@example.com'
m.set_content('plain body')
m.add_alternative('<p>html body</p>', subtype='html')
m.add_attachment(b'\x00\x01', maintype='application', subtype='octet-stream',
                 filename='data.bin')
m.add_attachment('notes', filename='notes.txt')
tree(m)
print(m.keys())
body = m.get_body()
print(body.get_content_type(), repr(body.get_content()))
print(m.get_body(('plain',)).get_content_type())
print(m.get_body(('related',)))
print([p.get_filename() for p in m.iter_attachments()])
print([p.get_content_type() for p in m.iter_parts()])
print(m['MIME-Version'], m.is_multipart())

r = MIMEPart()
r.set_content('<img src="cid:x">', subtype='html')
r.add_related(b'PNG', 'image', 'png', cid='<x>')
tree(r)
print(r.get_body().get_content_type(), r.get_body(('related', 'html')).get_content_type())
print([p['Content-ID'] for p in r.iter_attachments()])

for maker, start in (('make_related', 'text/plain'), ('make_alternative', 'multipart/related'),
                     ('make_mixed', 'multipart/alternative'), ('make_related', 'multipart/mixed'),
                     ('make_alternative', 'multipart/mixed'), ('make_mixed', 'multipart/mixed')):
    p = MIMEPart()
    p['Content-Type'] = start
    p['X-Other'] = 'kept'
    try:
        getattr(p, maker)(boundary='BOUNDARY')
        print(maker, start, '->', p['Content-Type'], [s.get_content_type() for s in p.iter_parts()], p.keys())
    except ValueError as e:
        print(maker, start, 'ValueError', e)

p = MIMEPart()
p.make_mixed()
print(p.get_payload(), p['Content-Type'])

c = EmailMessage()
c['To'] = 'x@y'
c.set_content('text')
c.clear_content()
print(c.keys(), c.get_payload())
c.clear()
print(c.keys(), c.get_payload())

msg = email.message_from_string("""\
To: a@b
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="XX"

--XX
Content-Type: multipart/alternative; boundary="YY"

--YY
Content-Type: text/plain

plain
--YY
Content-Type: text/html

<b>html</b>
--YY--
--XX
Content-Type: text/plain
Content-Disposition: attachment; filename="a.txt"

attached
--XX
Content-Type: image/gif

GIF
--XX--
""", policy=policy.default)
print(type(msg).__name__)
tree(msg)
print(repr(msg.get_body().get_content()), repr(msg.get_body(('plain',)).get_content()))
print([a.get_content_type() for a in msg.iter_attachments()])
print([repr(a.get_content()) for a in msg.iter_attachments()])
print(msg.get_body(('xml',)))
print(list(MIMEPart().iter_attachments()), list(MIMEPart().iter_parts()))
s = MIMEPart()
s['Content-Type'] = 'multipart/related; start="<b>"'
for cid in ('<a>', '<b>', '<c>'):
    part = MIMEPart()
    part['Content-ID'] = cid
    part['Content-Type'] = 'text/html'
    s.attach(part)
print([p['Content-ID'] for p in s.iter_attachments()], s.get_body()['Content-ID'])
