# ssl.SSLObject over MemoryBIO: a TLS client and server driven by hand,
# with no socket: handshakes, application data, pending(), unwrap, the
# errors of a bad handshake, and MemoryBIO itself.
import os
import ssl

CERTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tls_certs")


def cert(name):
    return os.path.join(CERTS, name)


def show(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


print("== MemoryBIO")
bio = ssl.MemoryBIO()
print(bio.pending, bio.eof)
print(bio.write(b"hello"), bio.write(bytearray(b" world")), bio.pending)
print(bio.read(3), bio.read(), bio.read(), bio.pending)
bio.write(b"x")
bio.write_eof()
print(bio.eof, bio.read(), bio.eof)
show("write after eof", lambda: bio.write(b"y"))
show("write a str", lambda: ssl.MemoryBIO().write("text"))


def ends(server_ctx, client_ctx, hostname="localhost"):
    bios = [ssl.MemoryBIO() for _ in range(4)]
    s = server_ctx.wrap_bio(bios[0], bios[1], server_side=True)
    c = client_ctx.wrap_bio(bios[2], bios[3], server_hostname=hostname)
    return s, c, bios


def pump(bios):
    # client's outgoing -> server's incoming, and back.
    bios[0].write(bios[3].read())
    bios[2].write(bios[1].read())


def handshake(s, c, bios):
    result = {}
    for _ in range(10):
        for name, end in (("client", c), ("server", s)):
            if name in result:
                continue
            try:
                end.do_handshake()
                result[name] = "ok"
            except ssl.SSLWantReadError:
                pass
            except ssl.SSLError as e:
                result[name] = "%s: %s" % (type(e).__name__, e)
        pump(bios)
        if len(result) == 2:
            break
    return result


sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
sctx.load_cert_chain(cert("server.crt"), cert("server.key"))
cctx = ssl.create_default_context(cafile=cert("ca.crt"))

print("== a handshake")
s, c, bios = ends(sctx, cctx)
print(type(c).__name__, c.server_side, s.server_side, c.server_hostname, c.context is cctx)
show("read before handshake", lambda: c.read(10))
show("cipher before handshake", c.cipher)
print(handshake(s, c, bios))
print(c.version(), s.version(), c.cipher()[0], c.getpeercert()["subject"][-1])
print(c.write(b"ping"), bios[3].pending > 0)
pump(bios)
print(s.pending(), s.read(2), s.pending(), s.read())
show("server read, nothing there", lambda: s.read())
print(s.write(b"pong" * 1000))
pump(bios)
got = b""
while len(got) < 4000:
    got += c.read(1500)
print(len(got), got[:8])
buf = bytearray(6)
s.write(b"abcdef")
pump(bios)
print(c.read(6, buf), buf)

print("== closing")
show("client unwrap", c.unwrap)
pump(bios)
show("server read after close_notify", lambda: s.read())
show("server unwrap", s.unwrap)
pump(bios)
show("client unwrap again", c.unwrap)

print("== failures")
s, c, bios = ends(sctx, ssl.create_default_context())
print(handshake(s, c, bios))
s, c, bios = ends(sctx, cctx, "example.com")
print(handshake(s, c, bios))
s, c, bios = ends(sctx, cctx)
c.do_handshake() if False else None
bios[0].write(b"GET / HTTP/1.1\r\n\r\n")
show("plain HTTP to the server", s.do_handshake)
s, c, bios = ends(sctx, cctx)
bios[2].write_eof()
show("EOF before the server spoke", c.do_handshake)
