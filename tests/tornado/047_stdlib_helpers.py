# The stdlib pieces Tornado programs lean on: urllib.parse and hashlib.
import hashlib
from urllib.parse import (parse_qs, parse_qsl, quote, quote_plus, unquote, unquote_plus,
                          urlencode, urljoin, urlparse, urlsplit)

print(quote("a b/c?d"), quote("a b/c", safe=""), quote_plus("a b&c=d/e"))
print(unquote("caf%C3%A9%20x"), unquote_plus("a+b%2Bc"))
print(urlencode({"q": "tornado web", "n": 5}), urlencode([("a", [1, 2])], doseq=True))
print(parse_qs("a=1&a=2&b=3"), parse_qsl("x=1&y=&z=2", keep_blank_values=True))
u = urlsplit("http://user@example.com:8080/path/to?x=1#frag")
print(u.scheme, u.netloc, u.path, u.query, u.fragment, u.hostname, u.port)
p = urlparse("https://example.com/a/b;params?q=1")
print(p.scheme, p.netloc, p.path, p.params, p.query)
for base, ref in [("http://a/b/c/d", "../e"), ("http://a/b/c/", "f?g=1"), ("http://a/b", "//other/x"),
                  ("http://a/b/c", "/root")]:
    print(urljoin(base, ref))
for name in ["md5", "sha1", "sha256"]:
    h = hashlib.new(name) if False else getattr(hashlib, name)()
    h.update(b"hello ")
    h.update(b"world")
    print(name, h.hexdigest(), len(h.digest()), h.digest_size)
print(hashlib.sha1(b"").hexdigest())
print(hashlib.md5(b"a" * 200).hexdigest())
