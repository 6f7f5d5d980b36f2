# email._header_value_parser: MIME headers (Content-Type,
# Content-Disposition, Content-Transfer-Encoding, MIME-Version, RFC 2231
# parameters) and Message-ID.
from email import _header_value_parser as p


def defects(tok):
    return [type(d).__name__ for d in tok.all_defects]


for text in ['text/plain', 'text/html; charset="utf-8"',
             'multipart/mixed; boundary=abc; charset=us-ascii',
             'TEXT/Plain (comment) ; format=flowed', '', 'text', 'text/',
             'text/plain junk; a=b', '/plain',
             "application/x-foo; name*0*=us-ascii'en'This%20is%20;"
             " name*1*=%2A%2A%2Afun%2A%2A%2A; name*2=\"isn't it!\""]:
    ct = p.parse_content_type_header(text)
    print(repr(text), repr(str(ct)), repr(ct.value), ct.maintype, ct.subtype,
          list(ct.params), defects(ct))

for text in ['attachment; filename="abc.py"', 'inline', ';attachment',
             'attachment; filename*=utf-8\'\'%C3%A9t%C3%A9.txt', '']:
    cd = p.parse_content_disposition_header(text)
    print(repr(text), repr(str(cd)), cd.content_disposition, list(cd.params),
          defects(cd))

for text in ['base64', ' 7BIT (c)', ';foo', '', 'quoted-printable x']:
    cte = p.parse_content_transfer_encoding_header(text)
    print(repr(text), repr(str(cte)), cte.cte, defects(cte))

for text in ['1.0', '1.0 (produced by MetaSend Vx.x)',
             '(produced by MetaSend Vx.x) 1.0', '1.(produced by x)0', '',
             '1', '1.', 'x.y', '1.0 junk']:
    mv = p.parse_mime_version(text)
    print(repr(text), repr(str(mv)), repr(mv.value), mv.major, mv.minor,
          defects(mv))

params = [
    'filename="abc.py"; xyz=abc',
    "filename*0*=iso-8859-1''%32%30%31%2E; filename*1*=%74%69%66",
    'filename=abc.gif; filename=def.tiff',
    "filename*0*=iso-8859-1''%32%30%31%2E; filename*3*=%74%69%66;"
    " filename*3*=abc.gif",
    "filename=abc.gif;  filename*2*=iso-8859-1''%32%30%31%2E;"
    " filename*3*=%74%69%66",
    'r*="\'a\'\\"',
    'a=1;; b=2', 'x', 'name=',
]
for text in params:
    mp = p.parse_mime_parameters(text)
    s = str(mp)
    print(repr(text), repr(s), repr(mp.value), list(mp.params), defects(mp))

for text in ['<aperson@somedomain>', '<validmessageid@example>thensomething',
             '935-XPB-567:0:45327:9:90305:17843586-40@example.com',
             '<"simeple.local"@example.com>', '<simplelocal@(old)example.com>',
             '<simplelocal>', '<simplelocal@domain', '<a@[literal.domain]>',
             '']:
    mid = p.parse_message_id(text)
    print(repr(text), mid.token_type, repr(str(mid)), repr(mid.value),
          [str(d) if 'Unexpected' in str(d) else type(d).__name__
           for d in mid.all_defects])
