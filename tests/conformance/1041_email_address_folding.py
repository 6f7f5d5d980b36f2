# Folding address headers from the token tree: the default policy, SMTP,
# narrow lines, utf8, linesep, refold_source, and objects as values.
import email
from email import policy
from email.headerregistry import Address, Group

h = policy.default.header_factory
narrow = policy.default.clone(max_line_length=40)
policies = [
    ('default', policy.default),
    ('SMTP', policy.SMTP),
    ('narrow', narrow),
    ('utf8', policy.default.clone(utf8=True)),
    ('nofold', policy.default.clone(max_line_length=None)),
]

values = [
    'Fred Bloggs <fred@example.com>',
    'Fred Bloggs <fred@example.com>, "Doe, Jane" <jane.doe@example.org>, '
    'Someone Else Entirely <someone.else@a.rather.long.domain.example.net>',
    'The Whole Team: alice@example.com, "Bob B." <bob@example.com>, '
    'carol@example.com, dave@example.com;, eve@example.com',
    'Jörg Müller <joerg@example.de>, Zoë Ångström <zoe@example.se>, '
    'Łukasz Ręka <lukasz@example.pl>',
    '=?utf-8?q?J=C3=B6rg?= <joerg@example.de>',
    '(a comment that is rather long and sits in front) '
    'person@example.com (and another comment at the very end of it)',
    'averyveryveryveryveryveryveryveryveryverylonglocalpart@'
    'averyveryveryveryverylongdomain.example.com',
    '"A quoted display name that is long enough to need folding" '
    '<quoted@example.com>',
    'undisclosed-recipients:;',
]
for value in values:
    t = h('To', value)
    print(repr(value))
    for name, pol in policies:
        print('  %-8s' % name, repr(t.fold(policy=pol)))

# Objects fold as the text they stand for.
t = h('Cc', [Address('Jöe Q. Public', 'joe', 'example.com'),
             Group('grp', [Address(addr_spec='a@b.c')])])
for name, pol in policies:
    print(name, repr(t.fold(policy=pol)))

# A whole message: parsed headers are refolded only when refold_source
# says so.
src = ('From: Fred Bloggs <fred@example.com>\n'
       'To: first@example.com, second@example.com, third@example.com, '
       'fourth@example.com\n'
       'Cc: a@b.c,\n   d@e.f\n'
       'Subject: hi\n\nbody\n')
for rs in ('none', 'long', 'all'):
    pol = policy.default.clone(refold_source=rs)
    m = email.message_from_string(src, policy=pol)
    print(rs, repr(m.as_string()))
m = email.message_from_string(src, policy=policy.SMTP)
print(repr(m.as_bytes()))
m = email.message.EmailMessage()
m['To'] = 'Zoë <zoe@example.com>, ' * 3 + 'last@example.com'
print(repr(m.as_string()))
print(repr(m.as_string(policy=policy.default.clone(utf8=True))))

# The parts of a multipart/digest default to message/rfc822.
digest = ('From: a@b.c\nMIME-Version: 1.0\n'
          'Content-Type: multipart/digest; boundary=B\n\n'
          '--B\n\nTo: x@y.z\nSubject: one\n\nmessage 1\n'
          '--B\nContent-Type: text/plain\n\nplain part\n'
          '--B--\n')
for pol in (policy.compat32, policy.default):
    m = email.message_from_string(digest, policy=pol)
    for part in m.get_payload():
        print(part.get_default_type(), part.get_content_type(),
              part.is_multipart())
        if part.is_multipart():
            inner = part.get_payload(0)
            print('  ', inner.get_default_type(), inner['subject'],
                  repr(inner.get_payload()))
    print(repr(m.as_string()))

# Boundaries in a row start no empty parts.
double = ('Content-Type: multipart/mixed; boundary=B\n\n'
          '--B\n--B\nContent-Type: text/x-one\n\none\n'
          '--B\n--B\n--B\nContent-Type: text/x-two\n\ntwo\n'
          '--B\n\n--B--\n')
m = email.message_from_string(double)
print([p.get_content_type() for p in m.get_payload()],
      [p.get_payload() for p in m.get_payload()])
