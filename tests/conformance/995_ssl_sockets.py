# ssl over socket pairs in one process: contexts, non-blocking handshakes,
# data both ways, certificates, ALPN, verification failures, client
# certificates, unwrap. Certificates: tests/conformance/tls_certs (a test
# CA, a server certificate for localhost, a client certificate, a
# self-signed certificate).
import os
import socket
import ssl

CERTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tls_certs")


def cert(name):
    return os.path.join(CERTS, name)


def show(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


def pair(server_ctx, client_ctx, hostname="localhost"):
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    s = server_ctx.wrap_socket(a, server_side=True, do_handshake_on_connect=False)
    c = client_ctx.wrap_socket(b, server_hostname=hostname, do_handshake_on_connect=False)
    return s, c


def handshake(s, c):
    """Steps both ends until each is done or failed."""
    result = {}
    for _ in range(50):
        pending = False
        for name, end in (("client", c), ("server", s)):
            if name in result:
                continue
            try:
                end.do_handshake()
                result[name] = "ok"
            except (ssl.SSLWantReadError, ssl.SSLWantWriteError):
                pending = True
            except Exception as e:
                result[name] = "%s: %s" % (type(e).__name__, e)
        if not pending:
            break
    return result


def server_context(certfile="server.crt", keyfile="server.key"):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert(certfile), cert(keyfile))
    return ctx


def client_context():
    return ssl.create_default_context(cafile=cert("ca.crt"))


print("== constants")
print(repr(ssl.CERT_NONE), repr(ssl.CERT_OPTIONAL), repr(ssl.CERT_REQUIRED))
print(repr(ssl.PROTOCOL_TLS_CLIENT), repr(ssl.PROTOCOL_TLS_SERVER))
print(repr(ssl.TLSVersion.TLSv1_2), repr(ssl.TLSVersion.TLSv1_3))
print(ssl.HAS_SNI, ssl.HAS_ALPN, ssl.HAS_TLSv1_3)
print(ssl.SSL_ERROR_WANT_READ, ssl.SSL_ERROR_WANT_WRITE, ssl.SSL_ERROR_EOF)
print([c.__name__ for c in ssl.SSLCertVerificationError.__mro__])
print([c.__name__ for c in ssl.SSLWantReadError.__mro__])
print(ssl.CertificateError is ssl.SSLCertVerificationError)
print(issubclass(ssl.SSLEOFError, ssl.SSLError), issubclass(ssl.SSLZeroReturnError, OSError))
print(ssl.Purpose.SERVER_AUTH.oid, ssl.Purpose.CLIENT_AUTH.shortname)
print(hasattr(ssl, "match_hostname"))

print("== contexts")
cctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
print(cctx.protocol, cctx.verify_mode, cctx.check_hostname)
sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
print(sctx.protocol, sctx.verify_mode, sctx.check_hostname)
sctx.check_hostname = True
print(sctx.verify_mode)
show("verify_mode NONE with check_hostname", lambda: setattr(cctx, "verify_mode", ssl.CERT_NONE))
cctx.check_hostname = False
cctx.verify_mode = ssl.CERT_NONE
print(cctx.verify_mode, cctx.check_hostname)
print(cctx.minimum_version, cctx.maximum_version)
d = ssl.create_default_context()
print(d.protocol, d.verify_mode, d.check_hostname)
d2 = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
print(d2.protocol, d2.verify_mode, d2.check_hostname)
e = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
print(e.cert_store_stats(), e.get_ca_certs())
e.load_verify_locations(cert("ca.crt"))
print(e.cert_store_stats())
print(e.get_ca_certs()[0]["subject"])
e.load_verify_locations(cert("ca.crt"))
print(e.cert_store_stats())
show("load_verify_locations()", lambda: e.load_verify_locations())
show("load_verify_locations(key)", lambda: e.load_verify_locations(cert("server.key")))
show("load_verify_locations(missing)", lambda: e.load_verify_locations(cert("missing.crt")))
show("load_cert_chain(missing)", lambda: ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER).load_cert_chain(cert("missing.crt")))
show("load_cert_chain(key as cert)", lambda: ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER).load_cert_chain(cert("server.key")))
show("load_cert_chain(other key)", lambda: ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER).load_cert_chain(cert("server.crt"), cert("selfsigned.key")))
show("load_cert_chain(other key type)", lambda: ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER).load_cert_chain(cert("client.crt"), cert("server.key")))
show("load_cert_chain(pem)", lambda: sctx.load_cert_chain(cert("server.pem")))
show("alpn too long", lambda: e.set_alpn_protocols(["x" * 256]))
show("alpn empty", lambda: e.set_alpn_protocols([""]))
show("wrap needs hostname", lambda: d.wrap_socket(socket.socket()))
show("hostname on server side",
     lambda: sctx.wrap_socket(socket.socket(), server_side=True, server_hostname="x"))

print("== a handshake")
s, c = pair(server_context(), client_context())
show("recv before handshake", lambda: c.recv(10))
show("getpeercert before handshake", lambda: c.getpeercert())
print(c.version(), c.cipher(), c.server_side, s.server_side, c.server_hostname)
print(handshake(s, c))
print(c.version(), s.version(), c.cipher(), s.cipher())
print(c.selected_alpn_protocol(), s.selected_alpn_protocol())
peer = c.getpeercert()
for key in peer:
    print(" ", key, peer[key])
print(s.getpeercert(), s.getpeercert(True))
der = c.getpeercert(True)
print(type(der).__name__, der == ssl.PEM_cert_to_DER_cert(open(cert("server.crt")).read()))
print(c.send(b"hello, server"), s.recv(100))
print(s.send(b"hello, client"), c.recv(5), c.pending(), c.recv(100))
show("server recv, nothing there", lambda: s.recv(100))
try:
    s.recv(100)
except ssl.SSLWantReadError as e:
    print(e.errno, e.strerror, e.args)
buf = bytearray(8)
c.send(b"into a buffer")
print(s.recv_into(buf), buf)
print(s.recv(100))
big = bytes(range(256)) * 400
sent = 0
got = b""
while len(got) < len(big):
    if sent < len(big):
        try:
            sent += c.send(big[sent:])
        except ssl.SSLWantWriteError:
            pass
    try:
        got += s.recv(65536)
    except ssl.SSLWantReadError:
        pass
print(len(got), got == big)
c.close()
print(s.recv(10))
s.close()

print("== ALPN")
sa = server_context()
sa.set_alpn_protocols(["h2", "http/1.1"])
ca = client_context()
ca.set_alpn_protocols(["spdy/3", "http/1.1"])
s, c = pair(sa, ca)
print(handshake(s, c), c.selected_alpn_protocol(), s.selected_alpn_protocol())
s.close(); c.close()

print("== TLS 1.2")
c12 = client_context()
c12.maximum_version = ssl.TLSVersion.TLSv1_2
s, c = pair(server_context(), c12)
print(handshake(s, c), c.version(), s.version(), c.cipher()[1:])
s.close(); c.close()

print("== verification failures")
s, c = pair(server_context(), ssl.create_default_context())
print(handshake(s, c))
try:
    c.do_handshake()
except Exception as e:
    print(type(e).__name__, e)
s.close(); c.close()
s, c = pair(server_context(), client_context(), "example.com")
r = handshake(s, c)
print(r)
s.close(); c.close()
s, c = pair(server_context("selfsigned.crt", "selfsigned.key"), client_context())
print(handshake(s, c))
s.close(); c.close()
a, b = socket.socketpair()
b.setblocking(False)
c = client_context().wrap_socket(b, server_hostname="localhost", do_handshake_on_connect=False)
while True:
    try:
        c.do_handshake()
    except ssl.SSLWantReadError:
        break
hello = a.recv(65536)
print("client hello record:", hello[:1], hello[1:2])
s, c = pair(server_context(), client_context(), "example.com")
try:
    for _ in range(5):
        try:
            c.do_handshake()
        except ssl.SSLWantReadError:
            pass
        try:
            s.do_handshake()
        except ssl.SSLWantReadError:
            pass
except ssl.SSLCertVerificationError as e:
    print(e.verify_code, e.verify_message, e.library, e.reason, e.errno)
s.close(); c.close()
a.close(); b.close()

print("== not TLS")
a, b = socket.socketpair()
s = server_context().wrap_socket(a, server_side=True, do_handshake_on_connect=False)
b.sendall(b"GET / HTTP/1.0\r\n\r\n")
show("plain HTTP to a TLS server", s.do_handshake)
s.close(); b.close()
a, b = socket.socketpair()
c = client_context().wrap_socket(b, server_hostname="localhost", do_handshake_on_connect=False)
a.sendall(b"HTTP/1.0 200 OK\r\n\r\n")
show("plain HTTP answering a TLS client", c.do_handshake)
c.close(); a.close()

print("== client certificates")
sreq = server_context()
sreq.verify_mode = ssl.CERT_REQUIRED
sreq.load_verify_locations(cert("ca.crt"))
s, c = pair(sreq, client_context())
print(handshake(s, c))
show("client recv", lambda: c.recv(10))
s.close(); c.close()
cc = client_context()
cc.load_cert_chain(cert("client.crt"), cert("client.key"))
s, c = pair(sreq, cc)
print(handshake(s, c))
print(s.getpeercert()["subject"], s.getpeercert()["subjectAltName"])
s.close(); c.close()
sopt = server_context()
sopt.verify_mode = ssl.CERT_OPTIONAL
sopt.load_verify_locations(cert("ca.crt"))
s, c = pair(sopt, client_context())
print(handshake(s, c), s.getpeercert())
s.close(); c.close()

print("== CERT_NONE client")
cn = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
cn.check_hostname = False
cn.verify_mode = ssl.CERT_NONE
s, c = pair(server_context("selfsigned.crt", "selfsigned.key"), cn, None)
print(handshake(s, c), c.getpeercert(), len(c.getpeercert(True)) > 100)
c.send(b"ping")
print(s.recv(4))
s.close(); c.close()

print("== helpers")
pem = open(cert("ca.crt")).read()
der = ssl.PEM_cert_to_DER_cert(pem)
print(der[:2], ssl.DER_cert_to_PEM_cert(der) == pem)
show("PEM without header", lambda: ssl.PEM_cert_to_DER_cert("junk"))
print(ssl.cert_time_to_seconds("Jan  5 09:34:43 2018 GMT"))
print(ssl.get_default_verify_paths()._fields)
