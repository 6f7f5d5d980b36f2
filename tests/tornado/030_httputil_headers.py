# tornado.httputil.HTTPHeaders: case-insensitive, multi-valued.
from tornado.httputil import HTTPHeaders

h = HTTPHeaders({"content-type": "text/html"})
h.add("Set-Cookie", "A=B")
h.add("set-cookie", "C=D")
h["X-Custom"] = "1"
print(h["Content-Type"], h["CONTENT-TYPE"], h.get("content-type"))
print(h["Set-Cookie"], h.get_list("SET-COOKIE"))
print(sorted(h.get_all()))
print(sorted(h.keys()), len(h), "x-custom" in h, "missing" in h)
print(h.get("Missing"), h.get("Missing", "default"), h.get_list("Missing"))
del h["x-custom"]
print("X-Custom" in h, sorted(h))
parsed = HTTPHeaders.parse("Content-Type: text/plain\r\nContent-Length: 5\r\nX-A: 1\r\nX-A: 2\r\n\r\n")
print(sorted(parsed.items()))
print(parsed.get_list("x-a"))
copy = parsed.copy()
copy["X-A"] = "replaced"
print(parsed["X-A"], copy["X-A"])
print(str(HTTPHeaders({"A": "1"})), end="")
print(HTTPHeaders(a="1") == HTTPHeaders({"A": "1"}))
try:
    h["nope"]
except KeyError as e:
    print("KeyError", e)
h2 = HTTPHeaders()
h2.update({"k": "v"}, other="o")
print(sorted(h2.items()))
print(h2.pop("K"), list(h2))
