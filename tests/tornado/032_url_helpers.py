# url_concat, parse_qs_bytes, format_timestamp, HTTPServerRequest without a server.
from tornado import httputil
from tornado.escape import parse_qs_bytes

print(httputil.url_concat("http://example.com/foo", dict(c="d")))
print(httputil.url_concat("http://example.com/foo?a=b", dict(c="d")))
print(httputil.url_concat("http://example.com/foo?a=b", [("c", "d"), ("c", "d2")]))
print(httputil.url_concat("http://example.com/foo", None))
print(parse_qs_bytes("a=1&b=%C3%A9&a=x+y&c=", keep_blank_values=True))
print(parse_qs_bytes("a=1&b=&c"))
print(httputil.format_timestamp(1359312200.503611))
print(httputil.format_timestamp(0))
print(httputil.format_timestamp((2013, 1, 27, 18, 43, 20, 6, 27, 0)))
req = httputil.HTTPServerRequest(method="GET", uri="/path/x?a=1&b=2&a=3",
                                 headers=httputil.HTTPHeaders({"Host": "example.com:8080"}))
print(req.method, req.path, req.query, req.host, req.protocol)
print(sorted(req.arguments.items()), sorted(req.query_arguments.items()))
print(req.full_url())
print(repr(req))
print(httputil.split_host_and_port("example.com:8080"), httputil.split_host_and_port("example.com"))
print(httputil.parse_cookie('a=1; b="quoted"; c'))
print(httputil.responses[200], httputil.responses[404], httputil.responses[503])
try:
    httputil.url_concat("http://x", "bad")
except TypeError as e:
    print("TypeError:", e)
