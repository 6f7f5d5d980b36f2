# Folding structured headers under the modern policies: address lists (the
# list, else each address, moved whole; non-ASCII display names as encoded
# words; quoted names kept), MIME parameters (RFC 2231 sections when too
# long), MIME types that stay put, and Message-ID that is never split.
from email import policy
from email.headerregistry import Address, Group

h = policy.default.header_factory
addresses = [
    'Foo <a@b>,c@d', '"Foo" <a@b>,   c@d', 'Foo Bar, España <a@b.com>',
    '"Foo Bar, España" <a@b.com>', 'Jö <j@x>, "A B" <c@d>', 'g: a@b, c@d;',
    '"Theodore H. Perfect" <yes@man.com>, "My address is very long because my name is long" <foo@bar.com>, "Only A. Friend" <no@yes.com>',
    'Jörg Schmidt <js@example.com>, Zoë <z@example.org>', 'a@b', '',
    'whom_it_may_concern@example.com', 'undisclosed-recipients:;',
]
for value in addresses:
    for maxlen in (78, 40, 20):
        print(repr(h('To', value).fold(policy=policy.default.clone(max_line_length=maxlen))))
print(repr(h('To', [Address('Foo Bar, España', 'a', 'b.com')]).fold(policy=policy.default)))
print(repr(h('Cc', [Address('A very long display name that goes on and on', 'averylongusername', 'example.com'),
                    Address('Other', 'x', 'y.z'), Group('Team', [Address('Third person here', 't', 'u.v')])]).fold(policy=policy.default)))
print(repr(h('From', 'Jö <j@x>').fold(policy=policy.SMTPUTF8)))

params = [
    ('Content-Disposition', 'attachment; filename="afilenamelongenoghtowraphere"'),
    ('Content-Type', 'text/plain; charset="utf-8"'),
    ('Content-Disposition', 'inline; filename="bár.txt"'),
    ('Content-Type', 'text/plain'),
    ('Content-Type', 'application/x-foo; name="' + 'with spaces' * 8 + '"'),
    ('Content-Type', 'multipart/mixed; boundary="===============1234567890123456789=="; charset=utf-8'),
    ('Content-Disposition', 'attachment'),
]
for name, value in params:
    for maxlen in (78, 33, 20):
        print(repr(h(name, value).fold(policy=policy.default.clone(max_line_length=maxlen))))
for name, value in (('MIME-Version', '  1.0  '),
                    ('Message-ID', '<somemessageidlongerthan@maxlinelength.com>'),
                    ('Message-ID', '<ईमेलfromMessage@wők.com>'), ('Message-ID', '<ईमेल@wők.com>'),
                    ('Date', 'Mon, 07 Dec 2026 10:00:00 +0100')):
    for maxlen in (78, 30, 20):
        print(repr(h(name, value).fold(policy=policy.default.clone(max_line_length=maxlen))))
