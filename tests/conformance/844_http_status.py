# http: HTTPStatus and HTTPMethod members, phrases and descriptions.
import http
import http.client

for s in http.HTTPStatus:
    print(s.value, s.name, repr(s.phrase), repr(s.description))
print([(m.name, m.description) for m in http.HTTPMethod])
print(repr(http.HTTPStatus.OK), str(http.HTTPStatus.OK), repr(http.HTTPMethod.GET), str(http.HTTPMethod.GET), f"{http.HTTPStatus.OK}")
print(http.HTTPStatus(404), http.HTTPStatus["NOT_FOUND"].phrase, http.HTTPStatus.OK == 200, http.HTTPMethod("POST"))
print("%d %s" % (http.HTTPStatus.NOT_FOUND, http.HTTPStatus.NOT_FOUND.phrase))
try:
    http.HTTPStatus(999)
except ValueError as e:
    print(type(e).__name__, e)
print(http.client.responses[200], http.client.responses[404], http.client.OK, http.client.NOT_FOUND == 404)
print(http.client.HTTP_PORT, http.client.HTTPS_PORT)
for exc in [http.client.IncompleteRead(b"abc", 5), http.client.IncompleteRead(b"ab"),
            http.client.BadStatusLine(""), http.client.BadStatusLine("junk"),
            http.client.LineTooLong("header line"), http.client.UnknownProtocol("HTTP/2"),
            http.client.RemoteDisconnected("gone"), http.client.ResponseNotReady("Idle"),
            http.client.CannotSendRequest(), http.client.InvalidURL("nonnumeric port: 'x'")]:
    print(type(exc).__name__, repr(exc), str(exc), isinstance(exc, http.client.HTTPException))
print(issubclass(http.client.RemoteDisconnected, ConnectionResetError),
      issubclass(http.client.CannotSendHeader, http.client.ImproperConnectionState))
for host, port in [("example.com", None), ("example.com:8080", None), ("[::1]:81", None), ("[::1]", None), ("h:", None), ("h", 99)]:
    c = http.client.HTTPConnection(host, port)
    print(host, port, c.host, c.port)
try:
    http.client.HTTPConnection("example.com:abc")
except http.client.InvalidURL as e:
    print(type(e).__name__, e)
print(http.client.HTTPConnection._get_content_length(None, "POST"),
      http.client.HTTPConnection._get_content_length(None, "GET"),
      http.client.HTTPConnection._get_content_length(b"abc", "POST"),
      http.client.HTTPConnection._get_content_length("abcd", "PUT"),
      http.client.HTTPConnection._get_content_length(iter([b"a"]), "PUT"))
import io
msg = http.client.parse_headers(io.BytesIO(b"Content-Type: text/html\r\nX-Multi: 1\r\nx-multi: 2\r\n\r\nbody"))
print(type(msg).__name__, msg.items(), msg.get_all("X-MULTI"), msg.get_content_type())
c = http.client.HTTPConnection("example.com")
try:
    c.putheader("X", "y")
except http.client.CannotSendHeader as e:
    print(type(e).__name__, repr(e))
try:
    c.getresponse()
except http.client.ResponseNotReady as e:
    print(type(e).__name__, e)
