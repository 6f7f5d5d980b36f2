# Address and Group objects: construction from parts and from addr_spec
# (read by the token-tree parser), quoting, errors; formataddr with
# charsets; Date headers folded as text.
from email.headerregistry import Address, Group
from email import policy, utils
from email.charset import Charset
import datetime

for kw in [
    dict(display_name='Fred', username='fred', domain='example.com'),
    dict(display_name='Fred, Jr.', username='fred', domain='x.org'),
    dict(display_name='A "quoted" name', username='a', domain='x.org'),
    dict(username='with space', domain='x.org'),
    dict(username='dot.ted', domain='x.org'),
    dict(username='.lead', domain='x.org'),
    dict(addr_spec='joe@example.com'),
    dict(addr_spec='"joe smith"@example.com'),
    dict(addr_spec='joe'),
    dict(addr_spec='joe@[1.2.3.4]'),
    dict(display_name='Only Name'),
]:
    try:
        a = Address(**kw)
        print(repr(a), '|', str(a), '|', a.addr_spec)
    except Exception as e:
        print(kw, type(e).__name__, e)

for kw in [
    dict(addr_spec='joe@example.com extra'),
    dict(addr_spec='joe@@example.com'),
    dict(addr_spec='@example.com'),
    dict(addr_spec='<joe@example.com>'),
    dict(addr_spec='jo e@example.com'),
    dict(username='a', addr_spec='a@b'),
    dict(display_name='x\ny', username='a', domain='b'),
    dict(addr_spec='a@b\r'),
]:
    try:
        a = Address(**kw)
        print('ok', repr(a))
    except Exception as e:
        print(sorted(kw.items()), type(e).__name__, e)

g = Group('Team: A', [Address('A', 'a', 'x.org'), Address(addr_spec='b@x.org')])
print(str(g), repr(g.display_name))
print(str(Group(None, [Address('A', 'a', 'x.org')])))
print(str(Group('nobody')), str(Group('n', [])))

name = 'Häns Würst'
print(utils.formataddr((name, 'person@dom.ain')))
print(utils.formataddr((name, 'person@dom.ain'), 'iso-8859-1'))
print(utils.formataddr((name, 'person@dom.ain'), Charset('utf-8')))
print(utils.formataddr(('John X. Doe', 'jxd@example.com')))
print(utils.formataddr(('Back\\slash "q"', 'b@x')))
print(utils.formataddr(('', 'bare@x')))

h = policy.default.header_factory
d = h('Date', datetime.datetime(2001, 11, 9, 1, 8, 47,
                                 tzinfo=datetime.timezone.utc))
print(repr(str(d)), repr(d.fold(policy=policy.default)))
d = h('Date', 'Fri, 09 Nov 2001 01:08:47 -0000')
print(repr(str(d)), d.datetime, repr(d.fold(policy=policy.SMTP)))
d = h('Date', 'not a date')
print(repr(str(d)), d.datetime, [type(x).__name__ for x in d.defects],
      repr(d.fold(policy=policy.default)))
d = h('Date', '')
print(repr(str(d)), [type(x).__name__ for x in d.defects],
      repr(d.fold(policy=policy.default)))

# email.utils' own address reader (parseaddr/getaddresses), strict and not.
for value in ['John X. Doe <jxd@example.com>', '"John X. Doe" <jxd@example.com>',
              'merwok  wok@xample.com', ' merwok  wok  @xample.com',
              'merwok. wok .  wok@xample.com', 'alice@example.org@<bob@example.com>',
              'alice@example.org (Alice)', 'alice@example.org )Alice(',
              '"Alice, alice@example.org" <bob@example.com>', 'a@[1.2.3.4]',
              'a@b, c@d', '"unclosed <x@y>', 'x@y (nested (comment))']:
    print(repr(value), utils.parseaddr(value), utils.parseaddr(value, strict=False))
    print('  ', utils.getaddresses([value]), utils.getaddresses([value], strict=False))
print(utils.parseaddr(['listed@x.org'], strict=False), utils.supports_strict_parsing)
