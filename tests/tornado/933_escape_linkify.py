# tornado.escape: linkify (protocols, shortening, extra_params, www. links,
# punctuation and parentheses) and url_unescape with encodings.
from tornado.escape import linkify, url_unescape, url_escape, _unquote_to_bytes

cases = [
    ("hello http://world.com/!", {}),
    ("a http://x.com/a?b=1&c=2 b", {}),
    ("http://url.com/w(aaaaaaaaaaaa", {}),
    ("http://url.com/withmany......", {}),
    ("(see http://foo.com/blah_(wiki))", {}),
    ("http://foo.com/blah_blah, and http://foo.com/x.", {}),
    ("<http://foo.com/blah>", {}),
    ("www.example.com is nice", {}),
    ("www.example.com is nice", {"require_protocol": True}),
    ("ftp://files.example.com/x", {}),
    ("ftp://files.example.com/x", {"permitted_protocols": ["ftp"]}),
    ("mailto:/x", {"permitted_protocols": ["mailto"]}),
    ("http://user:pw@example.com:8080/p", {}),
    ("A http://reallylong.com/link/that/exceedsthelenglimit.html", {"shorten": True}),
    ("A http://reallylongdomainnamethatwillbetoolong.com/hi!", {"shorten": True}),
    ("http://short.com/a", {"shorten": True}),
    ("http://example.com/a/b?x=1&y=2&z=3&w=4&v=5", {"shorten": True}),
    ("www.a.com and www.b.com/x", {"extra_params": 'rel="nofollow"'}),
    ("www.a.com and www.b.com/x", {"extra_params": lambda href: "  class=%s  " % href[7:12]}),
    ("no links here & <b>", {}),
    (b"bytes http://b.com", {}),
    ("http://\u27a1.ws/\u4a39 unicode", {}),
]
for text, kwargs in cases:
    print(linkify(text, **kwargs))

for value, encoding, plus in [
    ("%C3%A9+x", "utf-8", True),
    ("%C3%A9+x", "latin1", True),
    ("%C3%A9+x", None, True),
    ("%C3%A9+x", "utf-8", False),
    (b"%E9%20a", "latin1", False),
    ("caf\u00e9%20ok", "latin1", False),
    ("%FF", "utf-8", True),
]:
    print(repr(url_unescape(value, encoding, plus)))
print(url_escape("a b/\u00e9"), url_escape("a b/\u00e9", plus=False))
for data in [b"", b"%41%3d", b"%%41", b"%zz%4", b"a%", b"%\r\n"]:
    print(_unquote_to_bytes(data))
