# email.utils: dates (parse and format) and addresses (parse, format, quote).
import email.utils as u
for s in ["Mon, 20 Nov 1995 19:12:08 -0500", "20 Nov 1995 19:12:08 GMT", "Nov 20 1995 19:12 EST", "Mon, 20 Nov 95 19:12:08 -0000","Mon,20 Nov 1995 19:12:08+0130", "", "garbage", "1 Jan 2000 00:00:00", "Tue, 1 January 2000 1:2:3 +0000", "31 Feb 2000 10:00:00 XYZ", "20-Nov-1995 10:00:00", "10:00:00 20 Nov 1995", "Thu, 01 Jan 1970 00:00:00 GMT", "Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994"]:
    print(repr(s), u.parsedate_tz(s), u.parsedate(s))
print(u.parsedate_to_datetime("Mon, 20 Nov 1995 19:12:08 -0500"))
print(u.parsedate_to_datetime("Mon, 20 Nov 1995 19:12:08 -0000"))
try: u.parsedate_to_datetime("x")
except Exception as e: print(type(e).__name__, e)
print(u.mktime_tz(u.parsedate_tz("Mon, 20 Nov 1995 19:12:08 -0500")))
print(u.mktime_tz(u.parsedate_tz("Mon, 29 Feb 2000 19:12:08 +0100")))
print(u.formatdate(0), u.formatdate(0, usegmt=True), u.formatdate(1e9, localtime=True))
import datetime
print(u.format_datetime(datetime.datetime(2000,1,2,3,4,5)), u.format_datetime(datetime.datetime(2000,1,2,3,4,5,tzinfo=datetime.timezone.utc), usegmt=True))
print(u.format_datetime(datetime.datetime(2000,1,2,3,4,5,tzinfo=datetime.timezone(datetime.timedelta(hours=5,minutes=30)))))
try: u.format_datetime(datetime.datetime(2000,1,2,3,4,5), usegmt=True)
except Exception as e: print(type(e).__name__, e)
for a in ['John Doe <jdoe@example.com>', '"Doe, John" <jdoe@example.com>', 'jdoe@example.com (John Doe)', 'jdoe@example.com', '', 'garbage', '<>', 'A <a@b>, B <b@c>', '"quoted \\"x\\"" <q@x.org>', 'John (comment) <j@x.org>', '<@route,@r2:user@host>', 'user @ host . com', 'Group: a@b, c@d;', 'a.b.c@x.y', '"a b"@example.com', 'x@[1.2.3.4]', 'Name <a@b', 'foo bar', 'Foo <foo@bar>>']:
    print(repr(a), u.parseaddr(a), u.getaddresses([a]))
print(u.getaddresses(['a@b, C <c@d>', 'e@f']))
for p in [('John', 'j@x'), ('Doe, John', 'j@x'), ('', 'j@x'), ('Q "x"', 'q@x'), ('Jöhn', 'j@x'), ('a.b', 'x@y')]:
    print(u.formataddr(p))
print(u.quote('a"b\\c'), u.unquote('"a\\"b"'), u.unquote('<x>'), u.unquote('x'))
print(u.decode_rfc2231("us-ascii'en'hello"), u.encode_rfc2231('hello world', 'utf-8', 'en'), u.encode_rfc2231('a b'))
m = u.make_msgid(domain='example.com'); print(m.startswith('<'), m.endswith('@example.com>'))
for a in ['a@b (unclosed', 'a@b) x', '"x (y" <a@b>', 'Foo <foo@bar>, bar@baz', 'a@b, c@d', '"Doe, J" <j@x>, k@y', 'x@[bad']:
    print(repr(a), u.parseaddr(a), u.getaddresses([a]), u.parseaddr(a, strict=False), u.getaddresses([a], strict=False))
print(u.getaddresses(['a@b', 'c (d', 'e@f']), u.parseaddr(['x@y', 'z']), u.parseaddr(5))
