# email.headerregistry: Address and Group, and the structured headers the
# default policy makes (addresses, MIME types with parameters, MIME-Version,
# Content-Transfer-Encoding, dates).
from email.headerregistry import (Address, Group, HeaderRegistry,
                                  ContentTypeHeader, UnstructuredHeader)
from email import policy
import datetime

a = Address('Fred Bloggs', 'fred', 'example.com')
print(repr(a), str(a), a.addr_spec)
print(str(Address('Fred.Bloggs', 'fred bloggs', 'example.com')))
print(str(Address(addr_spec='joe@example.org')), repr(Address(addr_spec='joe@example.org')))
print(str(Address()), str(Address('x')), str(Address(username='u')))
print(a == Address('Fred Bloggs', 'fred', 'example.com'), a == Address('x', 'fred', 'example.com'), a == 'x')
for args, kw in ((('x', 'a@b'), {}), ((), {'username': 'u', 'addr_spec': 'a@b'}),
                 ((), {'display_name': 'a\nb'}), ((), {'addr_spec': 'a@b c'})):
    try:
        Address(*args, **kw)
    except Exception as e:
        print(type(e).__name__, e)
g = Group('friends', [a, Address('', 'bob', 'x.org')])
print(repr(g))
print(str(g), str(Group()), str(Group(None, [a])), str(Group('a.b', [])))
print(g == Group('friends', [a, Address('', 'bob', 'x.org')]), g.addresses[1])

h = policy.default.header_factory
for value in ('foo@example.com', '"Foo Bar" <foo@x.com>', 'Foo <a@b>, c@d',
              'grp: a@b, C <c@d>;, e@f', 'undisclosed:;', 'x (comment) <y@z>',
              '=?utf-8?q?J=C3=B6?= <j@x>'):
    t = h('To', value)
    print(repr(str(t)), t.name, [str(x) for x in t.addresses], [g.display_name for g in t.groups])
t = h('From', [a, Group('team', [Address('', 'z', 'q.org')])])
print(str(t), len(t.addresses))
s = h('Sender', 'a@b')
print(s.address, type(s).__name__)
try:
    h('Sender', 'a@b, c@d').address
except ValueError as e:
    print('ValueError', e)

for value in ('text/plain', 'TEXT/Plain; Charset="utf-8"', 'text/plain;charset=utf-8',
              'text/plain; name*0=abc; name*1=def', 'text/plain; (comment) charset=x',
              "text/plain; title*=us-ascii'en'This%20is%20fun", 'foo', '',
              'multipart/mixed; boundary="==="', 'application/x-foo; name*0*="us-ascii\'en-us\'My"; name*1=" Document"'):
    c = h('Content-Type', value)
    print(repr(str(c)), c.content_type, c.maintype, c.subtype, dict(c.params), [type(d).__name__ for d in c.defects])
for value in ('inline', 'attachment; filename="a b.txt"', "inline; filename*=utf-8''b%C3%A1r.txt", ''):
    c = h('Content-Disposition', value)
    print(repr(str(c)), c.content_disposition, dict(c.params), [type(d).__name__ for d in c.defects])
for value in (' Base64 ', '7bit', 'quoted-printable (x)'):
    c = h('Content-Transfer-Encoding', value)
    print(repr(str(c)), c.cte)
for value in ('1.0', '1.0 (produced by x)', '2.1'):
    v = h('MIME-Version', value)
    print(repr(str(v)), v.version, v.major, v.minor)
d = h('Date', 'Mon, 07 Dec 2026 10:00:00 +0100')
print(str(d), d.datetime.isoformat())
d = h('Date', datetime.datetime(2020, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc))
print(str(d))
d = h('Date', 'not a date')
print(repr(str(d)), d.datetime, [type(x).__name__ for x in d.defects])
for name in ('Subject', 'To', 'Content-Type', 'Date', 'X-Custom', 'Resent-To', 'MIME-Version'):
    cls = h[name]
    print(name, cls.__name__, [b.__name__ for b in cls.__bases__], cls.max_count)
reg = HeaderRegistry(use_default_map=False)
print(type(reg('To', 'a@b')).__name__)
reg.map_to_type('X-Type', ContentTypeHeader)
print(reg('x-type', 'image/png').content_type)
print(policy.default.header_max_count('to'), policy.default.header_max_count('x-foo'))

for name, value, pol in (('Subject', 'We the willing led by the unknowing are doing the impossible for the ungrateful.', policy.default.clone(max_line_length=40)),
                         ('To', 'whom_it_may_concern@example.com', policy.default.clone(max_line_length=20)),
                         ('Content-Disposition', 'attachment; filename="bár.txt"', policy.default),
                         ('Subject', 'Hello', policy.SMTP)):
    print(repr(h(name, value).fold(policy=pol)))

# Local parts and display names the reader repairs, with CPython's defects.
for value in ('merwok  wok  @example.com', 'merwok. wok .  wok@example.com',
              '"=?utf-8?q?=C3=89ric?=" <foo@example.com>', '""example" example"@example.com',
              'a@fairly@@invalid@address', 'Fred.Bloggs <fb@x>', 'foo@bar.com (comment)',
              '"John Doe" <john@x>, Mary <mary@y>', 'grp: "=?utf-8?q?A?= b" <a@b>;'):
    t = h('To', value)
    print(repr(str(t)), [(a.display_name, a.username, a.domain) for a in t.addresses],
          [(type(d).__name__, str(d)) for d in t.defects])
for spec in ('wők@example.com', 'a b@c', '@x'):
    try:
        print(Address(addr_spec=spec))
    except Exception as e:
        print(type(e).__name__, e)
