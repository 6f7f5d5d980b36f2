# MIME parameters in Content-Type / Content-Disposition under the modern
# policies: RFC 2231 sections and charsets, quoted and malformed values,
# encoded words in quoted values, and the defects CPython reports.
from email import policy

h = policy.default.header_factory
values = [
    'blarg; baz; boo',
    'text/plain; NAME*0*=english_is_the_default.html',
    "text/plain; charset*=ascii''utf-8%F1%F2%F3",
    "text/plain; charset*=ascii''utf-8%E2%80%9D",
    'application/x-foo;\tname*0=us-ascii\'en-us\'My;\tname*1*=" Document";\tname*2*=" For You"',
    'application/x-foo; name*0*="us-ascii\'en-us\'My"; name*1=" Document"',
    'text/plain; a=b; c',
    'text/plain; name*="abc"',
    'text/plain; name*="us-ascii\'\'a%20b"',
    "text/plain; name*0=us-ascii''y%20z",
    'text/plain; name*=abc',
    "inline; filename*=utf-8''b%C3%A1r.txt",
    'text/plain; name*0=abc; name*1=def',
    'text/plain;\tname*0*="\'\'This%20is%20even%20more%20";\tname*1*="%2A%2A%2Afun%2A%2A%2A%20";\tname*2="is it.pdf"',
    "text/plain; name*0*=bogus'xx'ascii_is_the_default",
    'attachment; filename="=?UTF-8?Q?Schulbesuchsbest=C3=A4ttigung=2E?=               =?UTF-8?Q?pdf?="',
    'attachment; filename="File =?utf-8?q?Name?= With Spaces.pdf"',
    'attachment; filename="x=?utf-8?q?a?=y"',
    'Multipart/mixed; boundary = "CPIMSSMTPC06p5f3tG"',
    'text/plain; charset=us-ascii (Plain text)',
    'message/external-body; access-type=local-file; name="/u/nsb/Me.gif"',
]
for value in values:
    for name in ('Content-Type', 'Content-Disposition'):
        x = h(name, value)
        print(name, repr(str(x)), sorted(x.params.items()),
              [(type(d).__name__, str(d)) for d in x.defects])
        print('  ', repr(x.fold(policy=policy.default)))
    print('  ', getattr(h('Content-Type', value), 'content_type'),
          h('Content-Disposition', value).content_disposition)
