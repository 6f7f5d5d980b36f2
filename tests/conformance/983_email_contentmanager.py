# email.contentmanager: raw_data_manager's getters and setters, and
# ContentManager's lookup order and errors.
from email import policy
from email.message import EmailMessage, MIMEPart
from email.contentmanager import ContentManager, raw_data_manager
import email

pol = policy.default.clone(max_line_length=60)


def show(m):
    print(str(m).replace('\n', '|'))


def attempt(f, *a, **kw):
    try:
        r = f(*a, **kw)
        print('ok', repr(r)[:70])
    except Exception as e:
        print(type(e).__name__, e)


m = EmailMessage(policy=pol)
m.set_content("Simple message.\n")
show(m)
print(repr(m.get_content()), m.get_content_type(), dict(m['Content-Type'].params))

m = MIMEPart(policy=pol)
m.set_content("<p>hi</p>", subtype='html', charset='latin-1')
show(m)
print(repr(m.get_content()))

m = MIMEPart(policy=pol)
m.set_content("Simple but long message that is over 78 characters long to force transfer encoding.\n")
show(m)
print(repr(m.get_content()))

m = MIMEPart(policy=pol)
m.set_content("áàäéèęöőáàäéèęöőáàäéèęöőáàäéèęöőáàäéèęöőáàäéèęöőáàäéèęöő.\n")
print(bytes(m).decode('ascii', 'replace').replace('\n', '|'))
print(repr(m.get_content()))

m = MIMEPart(policy=pol)
m.set_content(b'bogus content', 'image', 'jpeg')
show(m)
print(m.get_content())
m = MIMEPart(policy=pol)
m.set_content(bytearray(b'abc\x00\xff'), 'application', 'octet-stream', cte='quoted-printable')
show(m)
print(m.get_content())

m = MIMEPart(policy=pol)
m.set_content('foo', disposition='inline', filename='bar.txt', cid='<x@y>',
              params={'format': 'flowed'})
show(m)
print(m['Content-Disposition'].content_disposition, dict(m['Content-Disposition'].params))
print(m.is_attachment(), m.get_filename())
m = MIMEPart(policy=pol)
m.set_content('foo', filename='bar.txt')
print(m['Content-Disposition'], m.is_attachment())

m = MIMEPart(policy=pol)
m.set_content('body', headers=('X-Foo: foo', 'X-Bar: bar'))
show(m)
attempt(m.set_content, 'body', headers=('Content-Type: foo/bar',))

inner = EmailMessage(policy=pol)
inner['Subject'] = 'inner'
inner.set_content('Inner body.')
outer = EmailMessage(policy=pol)
outer['Subject'] = 'outer'
outer.set_content(inner)
show(outer)
print(type(outer.get_content()).__name__, outer.get_content()['subject'])
for cte in ('base64', 'quoted-printable'):
    attempt(outer.set_content, inner, cte=cte)
attempt(outer.set_content, inner, 'external-body', cte='8bit')
attempt(outer.set_content, inner, 'partial')

for ct in ('text/plain; charset="latin-1"', 'image/png', 'multipart/mixed; boundary="x"'):
    m = email.message_from_string('Content-Type: %s\nContent-Transfer-Encoding: base64\n\nQmFz7GMK\n' % ct, policy=pol)
    attempt(raw_data_manager.get_content, m)
m = email.message_from_string('Content-Type: text/plain\n\nabc\n', policy=pol)
attempt(raw_data_manager.get_content, m, foo=1)
m = email.message_from_string('Content-Type: message/rfc822\n\nTo: a@b\nSubject: s\n\nbody\n', policy=pol)
sub = raw_data_manager.get_content(m)
print(type(sub).__name__, sub['to'], repr(sub.get_content()))

# ContentManager: lookups and errors.
cm = ContentManager()
m = MIMEPart(policy=pol)
m['Content-Type'] = 'text/plain'
attempt(cm.get_content, m)
for key in ('', 'text', 'text/plain'):
    cm.add_get_handler(key, lambda msg, key=key: key)
    print(repr(cm.get_content(m)))


class Thing(str):
    pass


m = MIMEPart(policy=pol)
attempt(cm.set_content, m, Thing('x'))
for key in (None, 'str', 'builtins.str', str, 'Thing', '__main__.Thing', Thing):
    cm.add_set_handler(key, lambda msg, obj, key=key: msg.__setitem__('X-Key', repr(key)))
    m = MIMEPart(policy=pol)
    cm.set_content(m, Thing('x'))
    print(m['X-Key'])
m = MIMEPart(policy=pol)
m['Content-Type'] = 'multipart/mixed'
attempt(cm.set_content, m, 'x')
m = MIMEPart(policy=pol)
m['Content-Foo'] = 'bar'
m['To'] = 'a@b'
m.set_payload('old')
m.set_content('new', content_manager=cm)
print(m.keys(), m.get_payload())
