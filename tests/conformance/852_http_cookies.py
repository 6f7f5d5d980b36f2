# http.cookies: SimpleCookie/BaseCookie/Morsel output, quoting, loading headers, errors.
from http import cookies
import pickle
c = cookies.SimpleCookie()
c["session"] = "abc123"
c["session"]["path"] = "/"
c["session"]["httponly"] = True
c["session"]["max-age"] = 3600
c["pref"] = 'has "quotes", spaces; and \\ slash é'
c["pref"]["domain"] = "example.com"
c["pref"]["secure"] = True
c["pref"]["samesite"] = "Lax"
c["pref"]["comment"] = "a comment; really"
c["num"] = 42
print(c)
print(repr(c))
print(c.output(header="Cookie:"), "|", c.output(attrs=["path"], sep="\n"))
print(repr(c["session"]), c["session"].key, c["session"].value, c["session"].coded_value, c["pref"].coded_value)
print(c["session"].OutputString(), c["num"].value, type(c["num"].value))
for src in ['a=1; b="two words"; c=3', 'keebler="E=mc2; L=\\"Loves\\"; fudge=\\012;";', 'chips=ahoy; vienna=finger',
            'a=b; Path=/; Secure; HttpOnly; Max-Age=10; expires=Wed, 21 Oct 2015 07:28:00 GMT', 'Path=/; a=1', 'a=1; bad',
            '$Version=1; a=1; $Path=/x', 'a=1; domain', 'x=[1,2]; y=q=r', '', 'a="\\101\\102"']:
    k = cookies.SimpleCookie()
    k.load(src)
    print(repr(src), repr(k), [(n, dict((a, v) for a, v in m.items() if v)) for n, m in sorted(k.items())])
m = cookies.Morsel()
for bad in [lambda: m.__setitem__("bogus", 1), lambda: m.set("path", "v", "v"), lambda: m.set("bad key", "v", "v"), lambda: m.setdefault("nope", 1), lambda: m.update({"x": 1})]:
    try:
        bad()
    except cookies.CookieError as e:
        print(type(e).__name__, e)
m.set("k", "v", "v")
m2 = m.copy()
print(m == m2, m != m2, m2.key, m.isReservedKey("Path"), m.isReservedKey("k"), m.setdefault("path", "/p"), m["path"])
m2["path"] = "/other"
print(m == m2)
m.update({"Domain": "x.org", "max-age": "5"})
print(m.OutputString(), m.output(), str(m))
b = cookies.BaseCookie({"x": "a b", "y": 1})
print(b, repr(b), b["x"].coded_value)
print(cookies._quote("plain"), cookies._quote("a b"), cookies._quote("a\nb"), cookies._unquote('"a\\"b"'), cookies._unquote("x"))
p = pickle.loads(pickle.dumps(c))
print(p == c, repr(p))
print(sorted(cookies.Morsel._reserved), cookies.SimpleCookie().output())
