# urllib.parse: urlsplit/urlparse/urlunsplit/urlunparse, result classes,
# netloc attributes, bytes in and out, WHATWG stripping, IPv6 netlocs.
from urllib.parse import (urlsplit, urlparse, urlunsplit, urlunparse, urldefrag,
                          SplitResult, ParseResult, DefragResult,
                          SplitResultBytes, ParseResultBytes, DefragResultBytes)

def show(f, *args):
    try:
        print(f.__name__, repr(args), '->', repr(f(*args)))
    except Exception as e:
        print(f.__name__, repr(args), '!!', type(e).__name__, e)

urls = [
    'http://www.python.org/path;params?query#frag',
    'HTTP://User:Pass@Example.COM:8080/a/b;c?d=e#f',
    'file:///tmp/junk.txt',
    'imap://mail.python.org/mbox1',
    'mms://wms.sys.hinet.net/cts/Drama/09006251100.asf',
    'nfs://server/path/to/file.txt',
    'svn+ssh://svn.zope.org/repos/main/ZConfig/trunk/',
    'git+ssh://git@github.com/user/project.git',
    'mailto:someone@example.com',
    'tel:+31-641044153',
    'path/only?x=1',
    '//netloc/only',
    '',
    'http://[::1]:5432/foo/',
    'http://[dead:beef::1%eth0]/x',
    'http://a/b/c;p1;p2/d;p3',
    'x-y.z+w:opaque',
    '1http://notascheme',
    ' \x00\x1f http://stripped.example/ \t',
    'ht\ttp://exa\nmple.com/pa\rth',
    'http://a b/',
]
for u in urls:
    show(urlsplit, u)
    show(urlparse, u)
    s = urlsplit(u)
    print('  roundtrip', repr(s.geturl()), repr(urlparse(u).geturl()))

show(urlsplit, 'path', 'https')
show(urlsplit, 'http://x/p#f', '', False)
show(urlparse, 'http://x/p;q#f', '', False)
show(urlsplit, b'http://host/path?q#f')
show(urlparse, b'https://u:p@h:1/p;x?q#f')
show(urlsplit, 'http://x', b'')
show(urlsplit, b'http://x', 'http')
show(urlsplit, 'http://[::1/')
show(urlsplit, 'http://::1]/')
show(urlsplit, 'http://[192.0.2.1]/')
show(urlsplit, 'http://[v1.fe]/')
show(urlsplit, 'http://[vz.fe]/')
show(urlsplit, 'http://[1:2:3]/')
for nl in ['prefix.[::1]', '[::1]:a', '[::1]:', '[v1.x]', 'a[b]c@[::1]', '[::1]@x',
           '[::1]x:1', 'u@[::1].s', '[::1]:1:2', 'h:[::1]', '[::1]]', '[::1]@xyz:80',
           '[::1]@x]', '[::1]@[x', '[::1]@[::2]:8', '[::1]@x:[', '[::1]@:1', '[::1]@',
           'x[::1]', '[::1]:8]', '[[::1]]', '[::1][::2]', '[::1]:[::2]', '[::1]ab',
           '[::ffff:1.2.3.4]', '[1:2:3:4:5:6:7:8]', '[1:2:3:4:5:6:7:8:9]', '[::1.2.3]',
           '[1::2::3]', '[:1::2]', '[1::2:]', '[::]', '[fe80::1%]', '[12345::]',
           '[1:2:3:4:5:6:1.2.3.4]', '[1:2:3:4:5:6:7:1.2.3.4]', '[::01.2.3.4]']:
    show(urlsplit, 'http://' + nl + '/p')
show(urlsplit, 'http://\uff03netloc/')
show(urlsplit, 'http://\u2100/')

for nl in ['user:pw@Host.Example:80', 'user@host', ':@host:', '[::1]:8080',
           'HOST', 'host:0', 'host:65535', 'host:65536', 'host:-1', 'host:abc',
           'host: 80', 'host:\u0661', '[FE80::1%Eth0]:1', '']:
    r = urlsplit('http://' + nl + '/p')
    for attr in ['username', 'password', 'hostname', 'port']:
        try:
            print(repr(nl), attr, repr(getattr(r, attr)))
        except ValueError as e:
            print(repr(nl), attr, 'ValueError', e)

rb = urlsplit(b'http://U:P@HOST:99/x')
print(rb, rb.username, rb.password, rb.hostname, rb.port)
print(rb.decode())
print(urlsplit('http://h/p').encode())
print(urlparse('http://h/p;a').encode('ascii'))
print(urlparse(b'http://h/p;a').decode())
print(type(urlsplit('a').encode()).__name__, type(urlparse(b'a').decode()).__name__)
r = SplitResult('http', 'h', '/p', 'q', 'f')
print(r, r.geturl(), r._replace(query='z').geturl())
print(ParseResult(scheme='a', netloc='b', path='c', params='d', query='e', fragment='f').geturl())
print(urlsplit('http://x/y')._fields, urlparse('http://x/y')._fields)
print(isinstance(r, tuple), len(r), r[1], r.netloc)
try:
    urlsplit('http://x').encode('ascii').scheme.foo
except AttributeError as e:
    print('AttributeError', type(e).__name__)

for u in ['http://a/b#frag', 'http://a/b', 'http://a/b;p?q#', b'http://a/#x', '#only']:
    d = urldefrag(u)
    print(repr(u), d, repr(d.url), repr(d.fragment), repr(d.geturl()))
print(DefragResult('a', '').geturl(), DefragResultBytes(b'a', b'b').geturl())
print(DefragResult('u', 'f').encode(), DefragResultBytes(b'u', b'f').decode())

for parts in [('http', 'h', 'p', 'q', 'f'), ('', '', '//p', '', ''), ('file', '', '/tmp', '', ''),
              ('mailto', '', 'x@y', '', ''), ('http', '', 'p', '', ''), (b'http', b'h', b'/p', b'', b'')]:
    show(urlunsplit, parts)
for parts in [('http', 'h', '/p', 'a', 'q', 'f'), ('', '', 'p', 'x', '', ''),
              (b'http', b'h', b'/p', b'a', b'', b'')]:
    show(urlunparse, parts)
show(urlunsplit, ('http', b'h', '/p', '', ''))
